// What the search index counts in an article: its fields, words and their frequencies. Kept apart
// from the index so that worker threads can count the words of the articles they parse (see
// `termBlock`) and the thread that owns the index only merges the counts.
import type { ParsedArticle } from '../ingest/types.ts';

// Words too common to tell articles apart: leaving them out makes the index smaller and faster
// to build, and they add nothing to BM25 ranking.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his i in is it its of on or she that the their them they this to was were will with would'.split(' '),
);

/** What MiniSearch's tokenizer splits on: line breaks, Unicode separators and punctuation. */
const SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
/** SEPARATOR for every UTF-16 code unit, computed once: a table lookup per character is about twice as fast as the regular expression's split. */
const SEPARATOR_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (SEPARATOR.test(String.fromCharCode(c))) SEPARATOR_UNITS[c] = 1;

/** Length of the separator at `i` (0 when none): a surrogate pair is one code point, tested as such. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return SEPARATOR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return SEPARATOR_UNITS[c];
}

/**
 * MiniSearch's default tokenizer, `text.split(/[\n\r\p{Z}\p{P}]+/u)`, to the token (empty tokens
 * at the ends included, as field lengths count them): `tests/store/search.test.ts` compares them.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    let w = separatorAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    tokens.push(text.slice(start, i));
    while (w > 0) {
      i += w;
      w = i < text.length ? separatorAt(text, i) : 0;
    }
    start = i;
  }
  tokens.push(text.slice(start));
  return tokens;
}

/** A token as an indexed term (lower case), or null for a stop word. */
export function processTerm(token: string): string | null {
  const t = token.toLowerCase();
  return t === '' || STOP_WORDS.has(t) ? null : t;
}

/** The indexed fields of an article, in the order of `fieldTexts`. */
export const FIELDS = ['body', 'highlights', 'people'] as const;
export const FIELD_COUNT = FIELDS.length;

/** The text of each indexed field, in the order of FIELDS. */
export function fieldTexts(a: ParsedArticle): string[] {
  return [
    a.text.slice(a.body.start, a.body.end),
    a.highlights.map((h) => h.text).join('\n'),
    a.people.map((p) => p.name).join('\n'),
  ];
}

/** Term frequencies are capped to fit in a posting's low bits. */
export const TF_BITS = 8;
export const TF_MAX = (1 << TF_BITS) - 1;

/**
 * The counted words of a run of articles, in a form that crosses threads as a few arrays: each
 * distinct term once, and for each term and field the articles holding it.
 */
export interface TermBlock {
  /** Articles in the block; postings number them 0..count-1 in order. */
  count: number;
  /** The distinct terms of the block. */
  terms: string[];
  /** Postings of term i in field f: `postings[starts[i * FIELD_COUNT + f] .. starts[i * FIELD_COUNT + f + 1])`. */
  starts: Uint32Array;
  /** `article number in the block << TF_BITS | min(tf, TF_MAX)`, ascending by article within a run. */
  postings: Uint32Array;
  /** Distinct tokens (stop words included, as MiniSearch counts) by `article * FIELD_COUNT + field`. */
  lengths: Uint32Array;
}

/** Counts the search terms of `articles` (at most 2^24 of them) into one block. */
export function termBlock(articles: readonly ParsedArticle[]): TermBlock {
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const lengths = new Uint32Array(articles.length * FIELD_COUNT);
  // Postings in article order with their (term, field) slot; grouped by slot below.
  const slots: number[] = [];
  const values: number[] = [];
  const tokens = new Map<string, number>();
  const counts = new Map<string, number>();
  articles.forEach((article, doc) => {
    const texts = fieldTexts(article);
    for (let field = 0; field < FIELD_COUNT; field++) {
      tokens.clear();
      for (const token of tokenize(texts[field])) tokens.set(token, (tokens.get(token) ?? 0) + 1);
      lengths[doc * FIELD_COUNT + field] = tokens.size;
      // Each distinct token is lower-cased once; tokens differing only in case add up.
      counts.clear();
      for (const [token, n] of tokens) {
        const term = processTerm(token);
        if (term !== null) counts.set(term, (counts.get(term) ?? 0) + n);
      }
      for (const [term, tf] of counts) {
        let i = termIndex.get(term);
        if (i === undefined) {
          i = terms.length;
          termIndex.set(term, i);
          terms.push(term);
        }
        slots.push(i * FIELD_COUNT + field);
        values.push(doc * (TF_MAX + 1) + Math.min(tf, TF_MAX));
      }
    }
  });
  // A counting sort by slot; stable, so each run stays in article order.
  const starts = new Uint32Array(terms.length * FIELD_COUNT + 1);
  for (const s of slots) starts[s + 1]++;
  for (let s = 1; s < starts.length; s++) starts[s] += starts[s - 1];
  const next = starts.slice(0, -1);
  const postings = new Uint32Array(values.length);
  for (let k = 0; k < slots.length; k++) postings[next[slots[k]]++] = values[k];
  return { count: articles.length, terms, starts, postings, lengths };
}
