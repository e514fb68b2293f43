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

export interface IndexStatus {
  /** True once every article handed to the index is searchable. */
  ready: boolean;
  indexed: number;
  total: number;
}

const SNIPPET_RADIUS = 90;

// Words too common to tell articles apart: leaving them out makes the index smaller and faster
// to build, and they add nothing to BM25 ranking.
const STOP_WORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i in is it its of on or she that the their them they this to was were will with would'.split(' '),
);

const processTerm = (term: string): string | null => {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
};

/** Articles indexed per turn of the event loop while building in the background. */
const BACKGROUND_CHUNK = 250;

export class SearchIndex {
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ['body', 'highlights', 'people'],
    storeFields: [],
    processTerm,
    searchOptions: {
      boost: { highlights: 2, people: 2 },
      prefix: (term) => term.length > 3,
      // One typo in a long word: fuzzy matching dominates search time, and two edits on long
      // words mostly find unrelated words.
      fuzzy: (term) => (term.length > 6 ? 0.2 : false),
      maxFuzzy: 1,
      combineWith: 'AND',
    },
  });
  private pending: ParsedArticle[] = [];
  private total = 0;

  private static toDoc(a: ParsedArticle): IndexedDoc {
    return {
      id: a.id,
      body: a.text.slice(a.body.start, a.body.end),
      highlights: a.highlights.map((h) => h.text).join('\n'),
      people: a.people.map((p) => p.name).join('\n'),
    };
  }

  status(): IndexStatus {
    return { ready: this.pending.length === 0, indexed: this.total - this.pending.length, total: this.total };
  }

  add(article: ParsedArticle): void {
    if (this.index.has(article.id)) this.index.discard(article.id);
    this.index.add(SearchIndex.toDoc(article));
  }

  addAll(articles: Iterable<ParsedArticle>): void {
    for (const a of articles) this.add(a);
  }

  /**
   * Indexes `articles` a chunk per turn of the event loop, so the server answers other queries
   * meanwhile. `isCurrent` tells whether an article is still the stored one when its turn comes
   * (writes made in the meantime are indexed by `add`/`remove` directly). Resolves when done.
   */
  async addInBackground(articles: ParsedArticle[], isCurrent: (a: ParsedArticle) => boolean): Promise<void> {
    this.pending = articles.slice();
    this.total = articles.length;
    while (this.pending.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const chunk = this.pending.splice(this.pending.length - Math.min(BACKGROUND_CHUNK, this.pending.length));
      for (const a of chunk) if (isCurrent(a) && !this.index.has(a.id)) this.add(a);
    }
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
