// Full-text search over articles with MiniSearch (BM25+, prefix and fuzzy matching, in memory).
// The index is updated in place on writes; hits are checked against the request's snapshot, so a
// query never sees an article that its snapshot does not hold.
import MiniSearch from 'minisearch';
import type { ParsedArticle, Span } from '../ingest/types.ts';

interface IndexedDoc {
  id: string;
  body: string;
  highlights: string;
  people: string;
}

export interface SearchMatch {
  id: string;
  score: number;
  terms: string[];
}

const SNIPPET_RADIUS = 90;

export class SearchIndex {
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ['body', 'highlights', 'people'],
    storeFields: [],
    searchOptions: { boost: { highlights: 2, people: 2 }, prefix: (term) => term.length > 3, fuzzy: (term) => (term.length > 5 ? 0.2 : false), combineWith: 'AND' },
  });

  private static toDoc(a: ParsedArticle): IndexedDoc {
    return {
      id: a.id,
      body: a.text.slice(a.body.start, a.body.end),
      highlights: a.highlights.map((h) => h.text).join('\n'),
      people: a.people.map((p) => p.name).join('\n'),
    };
  }

  add(article: ParsedArticle): void {
    if (this.index.has(article.id)) this.index.discard(article.id);
    this.index.add(SearchIndex.toDoc(article));
  }

  addAll(articles: Iterable<ParsedArticle>): void {
    for (const a of articles) this.add(a);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  search(query: string): SearchMatch[] {
    return this.index.search(query).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }
}

/**
 * A short passage around the first place a matched term occurs in the body: whole words, about
 * 180 characters. Falls back to the start of the body.
 */
export function snippet(article: ParsedArticle, terms: readonly string[]): Span {
  const body = article.text.slice(article.body.start, article.body.end);
  const lower = body.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = 0;
  let start = Math.max(0, at - SNIPPET_RADIUS);
  let end = Math.min(body.length, at + SNIPPET_RADIUS);
  while (start > 0 && /\S/.test(body[start - 1])) start--;
  while (end < body.length && /\S/.test(body[end])) end++;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return { start: article.body.start + start, end: article.body.start + end };
}
