// Statistics extractor (stub while the real scanner lands): returns no statistics.
import type { DocumentView } from './document.ts';
import type { Statistic } from './types.ts';

export function extractStatistics(_doc: DocumentView): Statistic[] {
  return [];
}
