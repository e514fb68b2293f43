// The HTTP server: Apollo Server behind a small node:http handler (Apollo's integration API,
// `executeHTTPGraphQLRequest`), so we control routing, body limits and shutdown without a framework.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context } from '../graphql/context.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import type { Store } from '../store/store.ts';
import { loadTypeDefs } from './schema.ts';
import { serveGraphiql } from './static.ts';

/** Largest request body accepted; a GraphQL document bigger than this is not a reasonable query. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Paths that answer GraphQL (and show Apollo Sandbox to a browser). */
const GRAPHQL_PATHS = new Set(['/', '/graphql']);

export interface AppOptions {
  store: Store;
  port?: number;
  host?: string;
}

export interface RunningApp {
  url: string;
  server: Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: ServerResponse, err: HttpError) {
  res.statusCode = err.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code } }] }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
  }
  return raw;
}

export function createApollo(server: Server): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true, // a public, explorable API: Sandbox and codegen read the schema
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
}

export async function startApp({ store, port = 4000, host = '127.0.0.1' }: AppOptions): Promise<RunningApp> {
  const server = createServer();
  const apollo = createApollo(server);
  await apollo.start();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && (await serveGraphiql(url.pathname, res))) return;
      if (!GRAPHQL_PATHS.has(url.pathname)) {
        throw new HttpError(404, 'NOT_FOUND', `No resource at ${url.pathname}; GraphQL is served at /graphql.`);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const body = method === 'POST' ? parseBody(await readBody(req), req.headers['content-type']) : undefined;
      const snapshot = store.snapshot;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => ({ snapshot }),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, err instanceof HttpError ? err : new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    server,
    apollo,
    stop: () => apollo.stop(),
  };
}
