import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.ts';
import { packArticle } from '../../src/ingest/transfer.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';
import { digestPeople, LazyArticle, PART_COUNT, plainArticle, splitPacked } from '../../src/store/lazy-article.ts';
import { countsOf } from '../../src/store/indexes.ts';
import { loadArticles } from '../../src/store/load.ts';
import { PeopleIndex } from '../../src/store/people-index.ts';
import { FIXTURES } from '../api/helpers.ts';

const CORPUS = new URL('../../../shared/corpus', import.meta.url).pathname;

/** The article as a worker sends it and the store keeps it. */
function lazy(article: ParsedArticle): LazyArticle {
  const copy = parseArticle(article.text, { id: article.id, source: article.source }).article!;
  const { head, parts } = splitPacked(packArticle(copy), digestPeople(article));
  return new LazyArticle(head, article.text, structuredClone(parts));
}

const partsOf = (a: LazyArticle) => (a as unknown as { parts: unknown[] }).parts;

describe('LazyArticle', () => {
  it('reads back every field of every fixture article as parsed', async () => {
    const { articles } = await loadArticles(FIXTURES, { workers: 0 });
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const a of articles) expect(plainArticle(lazy(a)), a.id).toEqual(plainArticle(a));
  });

  it.skipIf(!existsSync(CORPUS))('reads back every article of the shared corpus as parsed', async () => {
    const { articles } = await loadArticles(CORPUS, { workers: 0 });
    expect(articles.length).toBeGreaterThan(1000);
    for (const a of articles) expect(plainArticle(lazy(a)), a.id).toEqual(plainArticle(a));
  }, 120_000);

  it('keeps each part packed until one of its lists is read, and parses it once', () => {
    const text = '(CNN) -- "We will rebuild," said Mayor Helen Cartwright. At least 300 workers will be hired. Cartwright spoke on Monday.';
    const a = lazy(parseArticle(text, { id: 'l/1' }).article!);
    expect(partsOf(a)).toHaveLength(PART_COUNT);
    expect(partsOf(a).every((p) => typeof p === 'string')).toBe(true);
    expect(a.digest).toEqual([{ name: 'Helen Cartwright', mentions: 2, quotes: 1 }]);
    const quotes = a.quotes;
    expect(quotes[0].text).toBe('We will rebuild,');
    expect(partsOf(a).filter((p) => typeof p === 'string')).toHaveLength(PART_COUNT - 1);
    expect(a.quotes).toBe(quotes);
  });

  it('packs text past Latin-1 as escapes, one byte per character, and reads it back', () => {
    const text = '(CNN) -- “We will rebuild — now,” said Mayor Zoë Ωmega-Cartwright.';
    const article = parseArticle(text, { id: 'l/2' }).article!;
    article.relatedLinks.push({ text: 'Ελλάδα “x”', span: { start: 0, end: 3 } }); // not the text at its span: sent as is
    const { parts } = splitPacked(packArticle(parseArticle(text, { id: 'l/2' }).article!), digestPeople(article));
    const withLink = splitPacked(packArticle(structuredClone(article)), digestPeople(article)).parts;
    for (const json of [...parts, ...withLink]) expect(json).toMatch(/^[\u0000-\u00ff]*$/);
    const back = new LazyArticle(splitPacked(packArticle(structuredClone(article)), digestPeople(article)).head, text, withLink);
    expect(plainArticle(back)).toEqual(plainArticle(article));
  });

  it('links and counts people from the digests without unpacking them', async () => {
    const { articles } = await loadArticles(FIXTURES, { workers: 0 });
    const plain = new PeopleIndex();
    plain.addAll(articles);
    const packed = articles.map(lazy);
    const index = new PeopleIndex();
    index.addAll(packed);
    expect([...index.values()].map((e) => e.key).sort()).toEqual([...plain.values()].map((e) => e.key).sort());
    for (const e of plain.values()) expect(countsOf(index.get(e.key)!), e.key).toEqual(countsOf(e));
    expect(packed.every((a) => partsOf(a).every((p) => typeof p === 'string'))).toBe(true);
    // A person read through the index is the article's own.
    const some = [...index.values()].find((e) => e.appearances.length > 0)!;
    const { article, person } = some.appearances[0];
    expect(article.people).toContain(person);
  });
});
