// A worker-thread entry point (piscina): parses a batch of raw articles and counts their words for
// the search index. Batches amortise the cost of passing messages between threads; articles go
// back packed (see transfer.ts) as one JSON string: objects rebuilt by JSON.parse take about a
// quarter less memory than the same objects rebuilt by structured clone (measured: 14.3 vs 19.2 KB
// per article), and they stay in the store. The word counts go back as one `TermBlock`, so the
// thread that owns the index merges a few arrays per batch instead of tokenizing every article.
import { parseArticle } from '../ingest/index.ts';
import { packArticle } from '../ingest/transfer.ts';
import type { ParsedArticle, ParseResult } from '../ingest/types.ts';
import { termBlock, type TermBlock } from './search-terms.ts';

/** The parser as the workers run it (bundled), for benchmarks that time it on its own. */
export { parseArticle };

export interface BatchItem {
  id: string;
  text: string;
  source?: string | null;
}

export interface BatchResult {
  /** JSON of the batch's `ParseResult[]`, in order, articles packed. */
  json: string;
  /** Search terms of the articles that parsed, in order; null unless asked for. */
  terms: TermBlock | null;
}

/** Parses a batch; counts search terms too when `terms` is set. */
export default function parseBatch({ items, terms }: { items: BatchItem[]; terms: boolean }): BatchResult {
  const results: ParseResult[] = items.map((item) => parseArticle(item.text, { id: item.id, source: item.source }));
  // Counted before packing, which blanks the texts the counts are made from.
  const parsed = results.map((r) => r.article).filter((a): a is ParsedArticle => a !== null);
  const block = terms ? termBlock(parsed) : null;
  const packed = results.map((r) => (r.article ? { ...r, article: packArticle(r.article) } : r));
  return { json: JSON.stringify(packed), terms: block };
}
