// The in-memory store: parsed articles and the indexes queries need. Every change builds a new
// immutable snapshot and swaps it in one step; a request reads the snapshot current when it began,
// so it sees an article whole or not at all.
import type { ParsedArticle } from '../ingest/types.ts';
import { PeopleIndex } from './people-index.ts';

export class Snapshot {
  /** Article ids in sorted order: the order of `Query.articles`. */
  readonly ids: readonly string[];

  constructor(
    readonly articles: ReadonlyMap<string, ParsedArticle>,
    readonly people: PeopleIndex,
  ) {
    this.ids = [...articles.keys()].sort();
  }

  article(id: string): ParsedArticle | undefined {
    return this.articles.get(id);
  }

  static empty(): Snapshot {
    return new Snapshot(new Map(), new PeopleIndex());
  }
}

export class Store {
  private current: Snapshot;

  constructor(articles: Iterable<ParsedArticle> = []) {
    const map = new Map<string, ParsedArticle>();
    const people = new PeopleIndex();
    for (const a of articles) {
      if (map.has(a.id)) continue; // the loader reports duplicates; the first one wins
      map.set(a.id, a);
      people.add(a);
    }
    this.current = new Snapshot(map, people);
  }

  /** The snapshot to read for one request. */
  get snapshot(): Snapshot {
    return this.current;
  }

  /** Adds or replaces an article. */
  put(article: ParsedArticle): void {
    const prev = this.current;
    const articles = new Map(prev.articles);
    const people = prev.people.clone();
    const old = articles.get(article.id);
    if (old) people.remove(old);
    articles.set(article.id, article);
    people.add(article);
    this.current = new Snapshot(articles, people);
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
    this.current = new Snapshot(articles, people);
    return true;
  }
}
