// What every resolver receives: the store snapshot current when the request began.
import type { Snapshot } from '../store/store.ts';

export interface Context {
  snapshot: Snapshot;
}
