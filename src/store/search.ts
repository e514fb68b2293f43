// Full-text search over articles: BM25+ ranking with prefix and typo-tolerant matching, in memory.
//
// The vocabulary is MiniSearch's radix tree (`SearchableMap`: exact, prefix and fuzzy lookup of
// terms); the postings are our own. MiniSearch's own index keeps every posting as an entry of a
// JavaScript Map (about 14 KB per article here, close to the records themselves), which put 300,000
// articles over 8 GB; a posting here is one 32-bit number in a typed array (about 5 KB per
// article in all on 10,000 articles, less as lists fill). Scoring, weights and query semantics
// follow MiniSearch's, so rankings are the same.
//
// The index is updated in place on writes; a removed article leaves its postings behind until
// enough have piled up to compact. Hits are checked against the request's snapshot by the caller,
// so a query never sees an article that its snapshot does not hold.
import SearchableMap from 'minisearch/SearchableMap';
import type { ParsedArticle, Span } from '../ingest/types.ts';
import { FIELD_COUNT, processTerm, termBlock, tokenize, TF_BITS, TF_MAX, type TermBlock } from './search-terms.ts';

export interface SearchMatch {
  id: string;
  score: number;
  /** The indexed terms that matched (after prefix and fuzzy expansion), for highlighting. */
  terms: string[];
}

export interface IndexStatus {
  /** True once every article handed to the index is searchable. */
  ready: boolean;
  indexed: number;
  total: number;
}

const SNIPPET_RADIUS = 90;

/** How much a match in each field counts, in the order of FIELDS (search-terms.ts). */
const BOOSTS = [1, 2, 2];

// MiniSearch's defaults (BM25+ parameters and the weights of derived terms).
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Prefix matching for query terms longer than this; one typo allowed in terms longer than FUZZY_MIN. */
const PREFIX_MIN = 3;
const FUZZY_MIN = 6;

// A posting is `document number * 256 + term frequency (capped at 255)` in a Uint32Array whose
// slot 0 holds the count: one object per term and field, 4 bytes per posting.
/** Document numbers must fit in the 24 bits left; compaction keeps them below live + removed. */
const MAX_DOCUMENTS = 2 ** (32 - TF_BITS);
const FIRST_CAPACITY = 4;

/** Articles indexed per turn of the event loop while building in the background. */
const BACKGROUND_CHUNK = 250;

interface Hit {
  score: number;
  terms: Set<string>;
}

export class SearchIndex {
  /** term -> term number, for prefix and fuzzy lookup */
  private readonly vocabulary = new SearchableMap<number>();
  /** The same, for exact lookup: a hash map is several times faster than the tree while indexing. */
  private readonly termNumbers = new Map<string, number>();
  /** Posting lists by `term number * FIELD_COUNT + field`. */
  private lists: (Uint32Array | undefined)[] = [];
  /** Article id by document number; undefined once removed (its postings are skipped). */
  private ids: (string | undefined)[] = [];
  private readonly numberOf = new Map<string, number>();
  /** Distinct words per document and field (stop words included, as MiniSearch counts), by `document number * FIELD_COUNT + field`. */
  private lengths = new Uint32Array(1024 * FIELD_COUNT);
  private readonly totalLength = new Float64Array(FIELD_COUNT);
  private removed = 0;
  private pending: ParsedArticle[] = [];

  status(): IndexStatus {
    return { ready: this.pending.length === 0, indexed: this.numberOf.size, total: this.numberOf.size + this.pending.length };
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Number of searchable articles. */
  get size(): number {
    return this.numberOf.size;
  }

  add(article: ParsedArticle): void {
    this.addBlock([article.id], termBlock([article]));
  }

  /**
   * Adds the articles whose words `block` counts (`termBlock`, e.g. on the worker thread that
   * parsed them), `ids[k]` being article k of the block. An id already indexed is replaced.
   */
  addBlock(ids: readonly string[], block: TermBlock): void {
    if (ids.length !== block.count) throw new RangeError(`${ids.length} ids for a block of ${block.count} articles`);
    // Removals first: they may compact, which renumbers documents; the block's are then consecutive.
    for (const id of ids) this.remove(id);
    if (this.ids.length + ids.length > MAX_DOCUMENTS) this.compact();
    if (this.ids.length + ids.length > MAX_DOCUMENTS) throw new RangeError(`the search index holds at most ${MAX_DOCUMENTS} articles`);
    const base = this.ids.length;
    const needed = (base + ids.length) * FIELD_COUNT;
    if (this.lengths.length < needed) {
      const grown = new Uint32Array(Math.max(needed, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths.set(block.lengths, base * FIELD_COUNT);
    for (let i = 0; i < block.lengths.length; i++) this.totalLength[i % FIELD_COUNT] += block.lengths[i];
    ids.forEach((id, k) => {
      // An id twice in one block: the later article wins, as with `add`.
      const earlier = this.numberOf.get(id);
      if (earlier !== undefined) this.tombstone(earlier);
      this.ids.push(id);
      this.numberOf.set(id, base + k);
    });
    const offset = base * (TF_MAX + 1);
    const { terms, starts, postings } = block;
    for (let i = 0; i < terms.length; i++) {
      let termNumber = this.termNumbers.get(terms[i]);
      if (termNumber === undefined) {
        termNumber = this.lists.length / FIELD_COUNT;
        this.termNumbers.set(terms[i], termNumber);
        this.vocabulary.set(terms[i], termNumber);
        for (let f = 0; f < FIELD_COUNT; f++) this.lists.push(undefined);
      }
      for (let f = 0; f < FIELD_COUNT; f++) {
        const from = starts[i * FIELD_COUNT + f];
        const to = starts[i * FIELD_COUNT + f + 1];
        if (to > from) this.append(termNumber * FIELD_COUNT + f, postings, from, to, offset);
      }
    }
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
    while (this.pending.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const chunk = this.pending.splice(this.pending.length - Math.min(BACKGROUND_CHUNK, this.pending.length));
      for (const a of chunk) if (isCurrent(a) && !this.numberOf.has(a.id)) this.add(a);
    }
  }

  remove(id: string): void {
    const doc = this.numberOf.get(id);
    if (doc === undefined) return;
    this.numberOf.delete(id);
    this.tombstone(doc);
    // Compacting costs a pass over every posting: wait until removed documents are a third of all.
    if (this.removed > 1000 && this.removed * 2 > this.numberOf.size) this.compact();
  }

  /** Marks a document removed; its postings stay until `compact`. */
  private tombstone(doc: number): void {
    this.ids[doc] = undefined;
    for (let field = 0; field < FIELD_COUNT; field++) this.totalLength[field] -= this.lengths[doc * FIELD_COUNT + field];
    this.removed++;
  }

  /**
   * Articles matching every term of `query` (AND), best first. A term matches the same word, a
   * longer word it begins (terms of 4+ letters) or a word one typo away (terms of 7+ letters);
   * derived matches count less, as in MiniSearch.
   */
  search(query: string): SearchMatch[] {
    const queryTerms: string[] = [];
    for (const token of tokenize(query)) {
      const term = processTerm(token);
      if (term !== null) queryTerms.push(term);
    }
    if (queryTerms.length === 0) return [];
    let combined: Map<number, Hit> | null = null;
    for (const term of queryTerms) {
      const hits = this.termHits(term);
      if (combined === null) {
        combined = hits;
        continue;
      }
      const both = new Map<number, Hit>();
      for (const [doc, hit] of hits) {
        const prev = combined.get(doc);
        if (prev === undefined) continue;
        prev.score += hit.score;
        for (const t of hit.terms) prev.terms.add(t);
        both.set(doc, prev);
      }
      combined = both;
      if (combined.size === 0) break;
    }
    const results: SearchMatch[] = [];
    for (const [doc, hit] of combined!) {
      results.push({ id: this.ids[doc]!, score: hit.score * queryTerms.length, terms: [...hit.terms] });
    }
    return results.sort((a, b) => b.score - a.score);
  }

  /** Documents matching one query term, exactly or through prefix and fuzzy expansion. */
  private termHits(term: string): Map<number, Hit> {
    const hits = new Map<number, Hit>();
    const exact = this.termNumbers.get(term);
    if (exact !== undefined) this.score(exact, 1, term, hits);
    const fuzzy = term.length > FUZZY_MIN ? this.vocabulary.fuzzyGet(term, 1) : undefined;
    if (term.length > PREFIX_MIN) {
      for (const [longer, termNumber] of this.vocabulary.atPrefix(term)) {
        const distance = longer.length - term.length;
        if (distance === 0) continue;
        fuzzy?.delete(longer); // scored as a prefix match
        this.score(termNumber, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), longer, hits);
      }
    }
    if (fuzzy) {
      for (const [near, [termNumber, distance]] of fuzzy) {
        if (distance > 0) this.score(termNumber, (FUZZY_WEIGHT * near.length) / (near.length + distance), near, hits);
      }
    }
    return hits;
  }

  /** Adds the BM25+ score of every live document holding `termNumber` to `hits`. */
  private score(termNumber: number, weight: number, term: string, hits: Map<number, Hit>): void {
    const documents = this.numberOf.size;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const list = this.lists[termNumber * FIELD_COUNT + field];
      if (list === undefined) continue;
      const count = list[0];
      // Removed documents still in the list are counted until compaction, as in MiniSearch.
      const df = Math.min(count, documents);
      const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      const average = this.totalLength[field] / documents || 1;
      const factor = weight * BOOSTS[field] * idf;
      for (let i = 1; i <= count; i++) {
        const posting = list[i];
        const doc = posting >>> TF_BITS;
        if (this.ids[doc] === undefined) continue;
        const tf = posting & TF_MAX;
        const length = this.lengths[doc * FIELD_COUNT + field];
        const s = factor * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average)));
        const hit = hits.get(doc);
        if (hit === undefined) hits.set(doc, { score: s, terms: new Set([term]) });
        else {
          hit.score += s;
          hit.terms.add(term);
        }
      }
    }
  }

  /** Appends `postings[from..to)`, each plus `offset`, to the list in `slot`. */
  private append(slot: number, postings: Uint32Array, from: number, to: number, offset: number): void {
    let list = this.lists[slot];
    const n = to - from;
    if (list === undefined) {
      list = new Uint32Array(Math.max(FIRST_CAPACITY, n) + 1);
      this.lists[slot] = list;
    } else if (list[0] + n >= list.length) {
      const grown = new Uint32Array(Math.max(list.length * 2 - 1, list[0] + n + 1));
      grown.set(list);
      list = grown;
      this.lists[slot] = list;
    }
    let at = list[0];
    for (let k = from; k < to; k++) list[++at] = postings[k] + offset;
    list[0] = at;
  }

  /** Drops removed documents from every posting list and renumbers the rest densely. */
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths = new Uint32Array(Math.max(1024, this.numberOf.size * 2) * FIELD_COUNT);
    for (let doc = 0; doc < this.ids.length; doc++) {
      const id = this.ids[doc];
      if (id === undefined) continue;
      renumber[doc] = ids.length;
      for (let f = 0; f < FIELD_COUNT; f++) lengths[ids.length * FIELD_COUNT + f] = this.lengths[doc * FIELD_COUNT + f];
      this.numberOf.set(id, ids.length);
      ids.push(id);
    }
    for (let slot = 0; slot < this.lists.length; slot++) {
      const list = this.lists[slot];
      if (list === undefined) continue;
      let kept = 0;
      for (let i = 1; i <= list[0]; i++) {
        const to = renumber[list[i] >>> TF_BITS];
        if (to >= 0) list[++kept] = to * (TF_MAX + 1) + (list[i] & TF_MAX);
      }
      list[0] = kept;
      this.lists[slot] = kept === 0 ? undefined : kept * 2 + 1 < list.length ? list.slice(0, kept + 1) : list;
    }
    this.ids = ids;
    this.lengths = lengths;
    this.removed = 0;
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
