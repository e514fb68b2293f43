// The in-memory store: parsed articles and the indexes queries need. Every change builds a new
// immutable snapshot and swaps it in one step; a request reads the snapshot current when it began,
// so it sees an article whole or not at all. Indexes over the whole corpus (all quotes, people
// sorted by mentions, ...) are built on a snapshot's first use and kept with it.
import type { ParsedArticle } from '../ingest/types.ts';
import { PeopleIndex } from './people-index.ts';
import { SearchIndex } from './search.ts';
import { lowerBound } from './sorted.ts';

export class Snapshot {
  /** Article ids in sorted order: the order of `Query.articles`. */
  readonly ids: readonly string[];
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly articles: ReadonlyMap<string, ParsedArticle>,
    readonly people: PeopleIndex,
    readonly searchIndex: SearchIndex,
    ids?: readonly string[],
  ) {
    this.ids = ids ?? [...articles.keys()].sort();
  }

  article(id: string): ParsedArticle | undefined {
    return this.articles.get(id);
  }

  /** A value derived from this snapshot, built once on first use. */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }
}

/** Inserts `id` into a sorted list (a copy), keeping it sorted. */
function insertSorted(ids: readonly string[], id: string): string[] {
  const at = lowerBound(ids, id);
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

/** Corpora up to this size are indexed for search before the store is returned. */
export const SYNC_INDEX_LIMIT = 20_000;

export interface StoreOptions {
  /** Corpora with more articles left to index than this are indexed in the background. */
  syncIndexLimit?: number;
  /**
   * A search index that already holds some of the articles, e.g. built while they were parsed
   * (`loadArticles`' `search` option); the store indexes only the rest.
   */
  search?: SearchIndex;
}

export class Store {
  private current: Snapshot;
  private readonly search: SearchIndex;
  /** Resolves when every article loaded at construction is searchable. */
  readonly searchReady: Promise<void>;

  /**
   * Builds the store. When more than SYNC_INDEX_LIMIT articles are left to index for search, they
   * are indexed in the background (see `searchReady`), so the server can start answering
   * everything else at once.
   */
  constructor(articles: Iterable<ParsedArticle> = [], { syncIndexLimit = SYNC_INDEX_LIMIT, search = new SearchIndex() }: StoreOptions = {}) {
    this.search = search;
    const map = new Map<string, ParsedArticle>();
    const people = new PeopleIndex();
    for (const a of articles) {
      if (map.has(a.id)) continue; // the loader reports duplicates; the first one wins
      map.set(a.id, a);
    }
    people.addAll(map.values());
    this.current = new Snapshot(map, people, this.search);
    const unindexed = [...map.values()].filter((a) => !search.has(a.id));
    if (unindexed.length <= syncIndexLimit) {
      search.addAll(unindexed);
      this.searchReady = Promise.resolve();
    } else {
      this.searchReady = search.addInBackground(unindexed, (a) => this.current.article(a.id) === a);
    }
  }

  /** The snapshot to read for one request. */
  get snapshot(): Snapshot {
    return this.current;
  }

  /** Adds an article, or replaces the one with the same id; true when it replaced one. */
  put(article: ParsedArticle): boolean {
    const prev = this.current;
    const articles = new Map(prev.articles);
    const people = prev.people.clone();
    const old = articles.get(article.id);
    if (old) people.remove(old);
    articles.set(article.id, article);
    people.add(article);
    this.search.add(article);
    this.current = new Snapshot(articles, people, this.search, old ? prev.ids : insertSorted(prev.ids, article.id));
    return old !== undefined;
  }

  /** Removes an article; false when there was none with that id. */
  delete(id: string): boolean {
    const prev = this.current;
    const old = prev.articles.get(id);
    if (!old) return false;
    const articles = new Map(prev.articles);
    articles.delete(id);
    const people = prev.people.clone();
    people.remove(old);
    this.current = new Snapshot(articles, people, this.search, prev.ids.filter((x) => x !== id));
    this.search.remove(id);
    return true;
  }
}
