// What every resolver receives: the store snapshot current when the request began (reads), the
// store itself (writes) and whether the request may write.
import type { Snapshot, Store } from '../store/store.ts';

export interface Context {
  snapshot: Snapshot;
  store: Store;
  /** Whether writes are configured at all (a write token is set). */
  writesEnabled: boolean;
  /** Whether this request presented the write token. */
  canWrite: boolean;
}
