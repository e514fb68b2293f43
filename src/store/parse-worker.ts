// A worker-thread entry point (piscina): parses a batch of raw articles and counts their words for
// the search index. Batches amortise the cost of passing messages between threads. Each article
// goes back packed (see transfer.ts: no texts the reading thread already has) and split into a
// small head and the JSON of each of its parts, which the store keeps unparsed until read (see
// lazy-article.ts). The word counts go back as one `TermBlock`, so the thread that owns the index
// merges a few arrays per batch instead of tokenizing every article.
import { parseArticle } from '../ingest/index.ts';
import { packArticle } from '../ingest/transfer.ts';
import type { ParsedArticle, ParseWarning } from '../ingest/types.ts';
import { digestPeople, splitPacked, type ArticleHead } from './lazy-article.ts';
import { termBlock, type TermBlock } from './search-terms.ts';

/** The parser as the workers run it (bundled), for benchmarks that time it on its own. */
export { parseArticle };

export interface BatchItem {
  id: string;
  text: string;
  source?: string | null;
}

/** One article's result: its warnings, and its head when it parsed. */
export interface BatchEntry {
  warnings: ParseWarning[];
  head: ArticleHead | null;
}

export interface BatchResult {
  /** JSON of the batch's `BatchEntry[]`, in order. */
  json: string;
  /** The packed parts of the articles that parsed, PART_COUNT per article, in order. */
  parts: string[];
  /** Search terms of the articles that parsed, in order; null unless asked for. */
  terms: TermBlock | null;
}

/** Parses a batch; counts search terms too when `terms` is set. */
export default function parseBatch({ items, terms }: { items: BatchItem[]; terms: boolean }): BatchResult {
  const results = items.map((item) => parseArticle(item.text, { id: item.id, source: item.source }));
  // Counted before packing, which blanks the texts the counts are made from.
  const parsed = results.map((r) => r.article).filter((a): a is ParsedArticle => a !== null);
  const block = terms ? termBlock(parsed) : null;
  const parts: string[] = [];
  const entries: BatchEntry[] = results.map(({ article, warnings }) => {
    if (!article) return { warnings, head: null };
    const people = digestPeople(article); // before packing blanks item texts
    const split = splitPacked(packArticle(article), people);
    parts.push(...split.parts);
    return { warnings, head: split.head };
  });
  return { json: JSON.stringify(entries), parts, terms: block };
}
