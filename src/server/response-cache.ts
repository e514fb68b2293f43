// The response cache for read-only queries (see ResponseCache), and the plugin that tells which
// responses may be cached.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.ts';
import type { Snapshot } from '../store/store.ts';

/**
 * Full responses of read-only queries, keyed by the request (body, content type, accept), for one
 * store snapshot: the data is immutable per snapshot, so a cached response is exactly what
 * executing again would give. Every write swaps the snapshot, which empties the cache; a response
 * is stored only when the snapshot it was computed from is still the current one.
 *
 * Why: profiling `npm run bench` showed ~90% of a request's CPU in Apollo and graphql-js
 * (execution with per-field plugin wrappers, graphql's instanceOf checks, result ordering and
 * serialisation), not in our resolvers. A hit skips all of it: the article query went from
 * ~0.1x to ~0.7x of a bare node:http server answering the same bytes (docs/performance.md).
 * Bounded by entries and bytes (least recently used evicted). `NEWSGRAPH_RESPONSE_CACHE=off`
 * disables it (the bench uses that to measure the execution path).
 */
export class ResponseCache {
  private readonly entries = new Map<string, { status: number; headers: [string, string][]; body: Buffer }>();
  private bytes = 0;
  private snapshot: Snapshot | null = null;

  constructor(
    private readonly maxEntries = 1_000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(snapshot: Snapshot, key: string) {
    if (snapshot !== this.snapshot) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(snapshot: Snapshot, key: string, status: number, headers: [string, string][], body: Buffer): void {
    if (snapshot !== this.snapshot) {
      this.entries.clear();
      this.bytes = 0;
      this.snapshot = snapshot;
    }
    const size = key.length + body.length;
    if (size > this.maxBytes / 16 || this.entries.has(key)) return;
    this.entries.set(key, { status, headers, body });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= k.length + e.body.length;
    }
  }
}

/**
 * Set on a request's context when its response may be cached: a query (not a mutation) answered
 * without errors. A symbol-keyed object, not the context's identity: Apollo shallow-copies the
 * context for each operation, and the copy shares this object.
 */
export const CACHEABLE = Symbol('cacheable');
export type MarkedContext = Context & { [CACHEABLE]?: { ok: boolean } };
export const markCacheable: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response, contextValue }) {
        const mark = (contextValue as MarkedContext)[CACHEABLE];
        if (mark && operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors) {
          mark.ok = true;
        }
      },
    };
  },
};
