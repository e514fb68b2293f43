// The HTTP server: Apollo Server behind a small node:http handler (Apollo's integration API,
// `executeHTTPGraphQLRequest`), so we control routing, body limits and shutdown without a framework.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context } from '../graphql/context.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { pageSizeRule } from '../graphql/validation.ts';
import type { Store } from '../store/store.ts';
import { armor, LIMITS } from './limits.ts';
import { loadTypeDefs } from './schema.ts';
import { CACHEABLE, markCacheable, ResponseCache, type MarkedContext } from './response-cache.ts';
import { serveGraphiql } from './static.ts';

const MAX_BODY_BYTES = LIMITS.maxBodyBytes;
/** Paths that answer GraphQL (and show Apollo Sandbox to a browser). */
const GRAPHQL_PATHS = new Set(['/', '/graphql']);

export interface AppOptions {
  store: Store;
  port?: number;
  host?: string;
  /** Token that mutations must present as `Authorization: Bearer ...`; writes are disabled without one. */
  writeToken?: string | null;
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
  if (err.status === 413) res.setHeader('connection', 'close'); // the unread body makes the connection unusable
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
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Answer 413 at once, but keep reading (and dropping) the rest instead of destroying the
        // socket: a client still sending a chunked body would otherwise get a connection reset, not
        // the 413. The 413 closes the connection (`sendError`); node's requestTimeout bounds the drain.
        if (!tooLarge) {
          tooLarge = true;
          chunks.length = 0;
          reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        }
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

/**
 * Errors we raise on purpose carry their code and message; anything else (a bug) is logged and
 * answered with a generic message, so no internals or stack traces reach the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; keep the code our own rules chose.
  // (Duck-typed: graphql may be loaded twice, as ESM and CommonJS, so `instanceof` is unreliable.)
  const rule = (original as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && rule?.extensions?.code === 'BAD_USER_INPUT') {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' && !(original as { extensions?: unknown } | null)?.extensions) {
    console.error('internal error:', original);
    return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return formatted;
}

/** Whether the request presents the write token (compared in constant time). */
function presentsToken(req: IncomingMessage, token: string | null | undefined): boolean {
  if (!token) return false;
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) return false;
  const given = Buffer.from(m[1]);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export function createApollo(server: Server): ApolloServer<Context> {
  const protection = armor();
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true, // a public, explorable API: Sandbox and codegen read the schema
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The CLI owns SIGTERM/SIGINT (drain via `stop()`, then exit 0). Apollo's own handler (on by
    // default outside NODE_ENV=test) would stop too and then re-send the signal to the process,
    // killing it with SIGTERM (exit 143) before the CLI's `process.exit(0)` runs.
    // tests/server/shutdown.test.ts checks the exit code.
    stopOnTerminationSignals: false,
    formatError,
    // The token limit is enforced by graphql's parser (a too-long document fails as GRAPHQL_PARSE_FAILED, 400).
    parseOptions: protection.parseOptions,
    validationRules: [pageSizeRule, ...protection.validationRules],
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Apollo installs its cache-control plugin by default; it wraps every field resolution
      // (willResolveField) to compute cache hints that nothing here reads. Measured: ~9% of the
      // article query's CPU (docs/performance.md).
      ApolloServerPluginCacheControlDisabled(),
      markCacheable,
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
}

/** Rejects after `ms` with a timeout error, unless cancelled first. */
function deadline(ms: number): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, 'REQUEST_TIMEOUT', `The request took longer than ${ms} ms.`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export async function startApp({ store, port = 4000, host = '127.0.0.1', writeToken = null }: AppOptions): Promise<RunningApp> {
  // Slow clients may not hold a connection open forever.
  const server = createServer({ requestTimeout: LIMITS.requestTimeoutMs, headersTimeout: LIMITS.requestTimeoutMs });
  const apollo = createApollo(server);
  await apollo.start();
  const cache = process.env.NEWSGRAPH_RESPONSE_CACHE === 'off' ? null : new ResponseCache();

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && (await serveGraphiql(url.pathname, res))) return;
      if (!GRAPHQL_PATHS.has(url.pathname)) {
        throw new HttpError(404, 'NOT_FOUND', `No resource at ${url.pathname}; GraphQL is served at /graphql.`);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const raw = method === 'POST' ? await readBody(req) : '';
      const snapshot = store.snapshot;
      // Only JSON POSTs are cached: CSRF prevention always passes them, and the key holds every
      // header that shapes the response (content type, accept); writes are never cached.
      const cacheKey =
        cache && raw && req.headers['content-type']?.startsWith('application/json')
          ? `${req.headers['content-type']}\n${req.headers.accept ?? ''}\n${raw}`
          : null;
      const hit = cacheKey ? cache!.get(snapshot, cacheKey) : undefined;
      if (hit) {
        res.statusCode = hit.status;
        for (const [key, value] of hit.headers) res.setHeader(key, value);
        res.end(hit.body);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = method === 'POST' ? parseBody(raw, req.headers['content-type']) : undefined;
      const mark = { ok: false };
      const context: MarkedContext = { snapshot, store, writesEnabled: Boolean(writeToken), canWrite: presentsToken(req, writeToken), [CACHEABLE]: mark };
      const timeout = deadline(LIMITS.requestTimeoutMs);
      const response = await Promise.race([
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method, headers, search: url.search, body },
          context: async () => context,
        }),
        timeout.promise,
      ]).finally(timeout.cancel);
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        if (cacheKey && mark.ok && res.statusCode === 200 && snapshot === store.snapshot) {
          cache!.set(snapshot, cacheKey, res.statusCode, [...response.headers], Buffer.from(response.body.string));
        }
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
