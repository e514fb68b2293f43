import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';
import { SearchIndex } from '../../src/store/search.ts';
import { fieldTexts, STOP_WORDS, termBlock, tokenize } from '../../src/store/search-terms.ts';

function article(id: string, text: string): ParsedArticle {
  const { article } = parseArticle(text, { id });
  if (!article) throw new Error(`fixture ${id} did not parse`);
  return article;
}

// A small deterministic generator (mulberry32), so the synthetic corpus is the same on every run.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'harbour festival council budget rebels ceasefire election minister police military defection defections ' +
  'hospital doctors storm flooding football stadium tickets market shares investors court judge verdict ' +
  'protest students school teachers airline flight pilots bridge tunnel engineers museum painting artist'
).split(' ');
const NAMES = ['Karim Haddad', 'Maria Lopes', 'John Okafor', 'Anna Berg'];

/** Invented articles: highlight lines, a dateline and sentences of random words, some naming a person. */
function syntheticCorpus(count: number, seed = 7): ParsedArticle[] {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const sentence = () => {
    const words = Array.from({ length: 6 + Math.floor(next() * 10) }, () => pick(WORDS));
    if (next() < 0.3) words.push('said', pick(NAMES));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  return Array.from({ length: count }, (_, i) => {
    const highlights = ['- ' + sentence(), '- ' + sentence()].join('\n');
    const body = Array.from({ length: 2 + Math.floor(next() * 12) }, sentence).join(' ');
    return article(`s/${i}`, `${highlights}\n\n(CNN) -- ${body}`);
  });
}

/** MiniSearch configured as SearchIndex documents its semantics, as a reference implementation. */
function referenceIndex(articles: ParsedArticle[]): MiniSearch {
  const ms = new MiniSearch({
    fields: ['body', 'highlights', 'people'],
    processTerm: (t) => {
      const l = t.toLowerCase();
      return l === '' || STOP_WORDS.has(l) ? null : l;
    },
    searchOptions: {
      boost: { highlights: 2, people: 2 },
      prefix: (t) => t.length > 3,
      fuzzy: (t) => (t.length > 6 ? 0.2 : false),
      maxFuzzy: 1,
      combineWith: 'AND',
    },
  });
  for (const a of articles) {
    const [body, highlights, people] = fieldTexts(a);
    ms.add({ id: a.id, body, highlights, people });
  }
  return ms;
}

const QUERIES = ['military police defection', 'harbour', 'festi', 'councl budget', 'Karim Haddad', 'haddad storm', 'stadiums', 'the', 'zebra', 'investrs market'];

describe('SearchIndex', () => {
  const corpus = syntheticCorpus(300);

  it('ranks exactly as MiniSearch with the same options (BM25+, boosts, prefix, one typo, AND)', () => {
    const index = new SearchIndex();
    index.addAll(corpus);
    const reference = referenceIndex(corpus);
    let compared = 0;
    for (const q of QUERIES) {
      const ours = index.search(q);
      const theirs = reference.search(q);
      expect(ours.map((m) => m.id), q).toEqual(theirs.map((r) => r.id));
      ours.forEach((m, i) => {
        expect(m.score).toBeCloseTo(theirs[i].score, 9);
        expect([...m.terms].sort()).toEqual([...theirs[i].terms].sort());
      });
      compared += ours.length;
    }
    expect(compared).toBeGreaterThan(100); // the queries do match things
  });

  it('finds words through a prefix and one typo, and needs every query word', () => {
    const a = article('a/1', '(CNN) -- The harbour festival opened on Monday with fireworks over the water.');
    const b = article('a/2', '(CNN) -- The festival of lights drew crowds to the old town.');
    const index = new SearchIndex();
    index.addAll([a, b]);
    expect(index.search('harbour festival').map((m) => m.id)).toEqual(['a/1']);
    expect(new Set(index.search('festiv').map((m) => m.id))).toEqual(new Set(['a/1', 'a/2']));
    expect(index.search('firewarks').map((m) => m.id)).toEqual(['a/1']); // one substitution
    expect(index.search('firewroks').map((m) => m.id)).toEqual([]); // a transposition is two edits
  });

  it('forgets removed and replaced articles, and compacts without losing the rest', () => {
    const index = new SearchIndex();
    index.addAll(corpus);
    const reference = referenceIndex(corpus);
    // Replace every article several times over: enough removals to compact more than once.
    for (let round = 0; round < 12; round++) for (const a of corpus) index.add(a);
    for (const a of corpus.slice(0, 100)) index.remove(a.id);
    for (const a of corpus.slice(0, 100)) reference.discard(a.id);
    expect(index.size).toBe(200);
    for (const q of QUERIES) {
      const ours = index.search(q).map((m) => m.id);
      expect(ours.every((id) => Number(id.slice(2)) >= 100), q).toBe(true);
      expect(new Set(ours), q).toEqual(new Set(reference.search(q).map((r) => r.id)));
    }
    index.add(corpus[0]);
    const word = fieldTexts(corpus[0])[0].split(/\W+/).find((w) => WORDS.includes(w.toLowerCase()))!;
    expect(index.search(word).map((m) => m.id)).toContain('s/0');
    expect(index.size).toBe(201);
  });

  it('returns nothing for a query of stop words or punctuation only', () => {
    const index = new SearchIndex();
    index.addAll(corpus.slice(0, 20));
    expect(index.search('the and of')).toEqual([]);
    expect(index.search(' ,.;')).toEqual([]);
  });

  it('indexes blocks counted elsewhere (worker threads) exactly as article by article', () => {
    const one = new SearchIndex();
    one.addAll(corpus);
    const blocks = new SearchIndex();
    for (let i = 0; i < corpus.length; i += 64) {
      const part = corpus.slice(i, i + 64);
      blocks.addBlock(part.map((a) => a.id), termBlock(part));
    }
    // A block that replaces articles already indexed.
    blocks.addBlock([corpus[5].id, corpus[9].id], termBlock([corpus[5], corpus[9]]));
    one.add(corpus[5]);
    one.add(corpus[9]);
    expect(blocks.size).toBe(corpus.length);
    for (const q of QUERIES) expect(blocks.search(q), q).toEqual(one.search(q));
    expect(() => blocks.addBlock(['x/1'], termBlock([]))).toThrow(RangeError);
    // The same id twice in one block: the later article only.
    const twice = new SearchIndex();
    twice.addBlock(['d/1', 'd/1'], termBlock([corpus[0], corpus[1]]));
    const alone = new SearchIndex();
    alone.addBlock(['d/1'], termBlock([corpus[1]]));
    expect(twice.size).toBe(1);
    for (const q of QUERIES) expect(twice.search(q).map((m) => [m.id, m.score]), q).toEqual(alone.search(q).map((m) => [m.id, m.score]));
  });

  it('tokenizes exactly as MiniSearch\'s default tokenizer, to the empty tokens at the ends', () => {
    const theirs = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const samples = [
      '',
      ' ',
      '...',
      'word',
      '"Quoted," he said -- then left.',
      '\u00a0non\u2009breaking\u3000spaces\u2028and\u2029lines\r\n',
      'Emoji \u{1F600} stay in tokens; Aegean\u{10100}word\u{1E95E}divider',
      'lone \ud800 surrogate \udc00 units',
      '¿Qué? «Citas» 「引用」、終わり。',
    ];
    // And random strings over code units and code points that include separators of every kind.
    const next = random(11);
    const units = [0x20, 0x2c, 0x2e, 0x61, 0x41, 0xa0, 0x2014, 0x3001, 0xd83d, 0xde00, 0xd800, 0x10100, 0x1e95e, 0x1f600, 0x0a, 0x0d, 0xe9];
    for (let k = 0; k < 200; k++) {
      samples.push(Array.from({ length: Math.floor(next() * 12) }, () => String.fromCodePoint(units[Math.floor(next() * units.length)])).join(''));
    }
    for (const text of samples) expect(tokenize(text), JSON.stringify(text)).toEqual(theirs(text));
  });
});
