// Starts the real HTTP server on a free port for API tests, and a real GraphQL client for it.
import { GraphQLClient } from 'graphql-request';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { loadArticles } from '../../src/store/load.ts';
import { Store } from '../../src/store/store.ts';

export interface TestServer {
  app: RunningApp;
  store: Store;
  client: GraphQLClient;
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
