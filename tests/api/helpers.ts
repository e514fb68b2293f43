// Starts the real HTTP server on a free port for API tests, and a real GraphQL client for it.
import { fileURLToPath } from 'node:url';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { loadArticles } from '../../src/store/load.ts';
import { Store } from '../../src/store/store.ts';

export interface TestServer {
  app: RunningApp;
  store: Store;
  client: GraphQLClient;
}

/** The project's small test corpus (article ids cnn/sample, cnn/followup, dailymail/harbour). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/**
 * Starts a test server before the file's tests and stops it after them. The returned object is
 * filled in by `beforeAll`, so tests read `t.client`, `t.app` as usual.
 */
export function useTestServer(dataPath = FIXTURES): TestServer {
  const t = {} as TestServer;
  beforeAll(async () => {
    Object.assign(t, await startTestServer(dataPath));
  });
  afterAll(async () => {
    await t.app?.stop();
  });
  return t;
}

export async function startTestServer(dataPath: string): Promise<TestServer> {
  const { articles } = await loadArticles(dataPath);
  const store = new Store(articles);
  const app = await startApp({ store, port: 0, host: '127.0.0.1' });
  return { app, store, client: new GraphQLClient(app.url) };
}

/** The `extensions.code` of the first GraphQL error a request fails with. */
export async function errorCode(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    const e = err as { response?: { errors?: { extensions?: { code?: string } }[] } };
    return e.response?.errors?.[0]?.extensions?.code ?? 'NO_CODE';
  }
  return undefined;
}
