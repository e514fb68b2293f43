// A worker-thread entry point (piscina): parses a batch of raw articles. Batches amortise the
// cost of passing messages between threads; articles go back packed (see transfer.ts).
import { parseArticle } from './index.ts';
import { packArticle } from './transfer.ts';
import type { ParseResult } from './types.ts';

export interface BatchItem {
  id: string;
  text: string;
  source?: string | null;
}

export default function parseBatch(batch: BatchItem[]): ParseResult[] {
  return batch.map((item) => {
    const result = parseArticle(item.text, { id: item.id, source: item.source });
    return result.article ? { ...result, article: packArticle(result.article) } : result;
  });
}
