// Serves the self-hosted GraphiQL bundle (built by `npm run build:graphiql` into dist/graphiql),
// so the IDE works with no internet. Only files inside that folder are served.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

export const GRAPHIQL_DIR = fileURLToPath(new URL('../../dist/graphiql/', import.meta.url));
export const GRAPHIQL_PREFIX = '/graphiql';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Answers a GET under /graphiql; false when `pathname` is not under it. */
export async function serveGraphiql(pathname: string, res: ServerResponse, dir = GRAPHIQL_DIR): Promise<boolean> {
  if (pathname !== GRAPHIQL_PREFIX && !pathname.startsWith(GRAPHIQL_PREFIX + '/')) return false;
  const rel = pathname.slice(GRAPHIQL_PREFIX.length).replace(/^\/+/, '') || 'index.html';
  const file = normalize(join(dir, decodeURIComponent(rel)));
  if (!file.startsWith(normalize(dir + sep))) {
    res.writeHead(404).end();
    return true;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Hashed asset names never change; the page itself is revalidated.
      'cache-control': rel === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(body);
  } catch {
    const missing = rel === 'index.html';
    res.writeHead(missing ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(missing ? 'GraphiQL is not built: run `npm run build:graphiql`.\n' : 'Not found.\n');
  }
  return true;
}
