// A worker-thread entry point (piscina): parses a batch of raw articles. Batches amortise the
// cost of passing messages between threads; articles go back packed (see transfer.ts) as one JSON
// string: objects rebuilt by JSON.parse take about a quarter less memory than the same objects
// rebuilt by structured clone (measured: 14.3 vs 19.2 KB per article), and they stay in the store.
import { parseArticle } from './index.ts';
import { packArticle } from './transfer.ts';
import type { ParseResult } from './types.ts';

export interface BatchItem {
  id: string;
  text: string;
  source?: string | null;
}

/** Parses a batch; returns the JSON of its `ParseResult[]`, articles packed. */
export default function parseBatch(batch: BatchItem[]): string {
  const results: ParseResult[] = batch.map((item) => {
    const result = parseArticle(item.text, { id: item.id, source: item.source });
    return result.article ? { ...result, article: packArticle(result.article) } : result;
  });
  return JSON.stringify(results);
}
