import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';
import { loadArticles } from '../../src/store/load.ts';
import { LazyArticle, plainArticle } from '../../src/store/lazy-article.ts';
import { pruneOldBundles, workerScript } from '../../src/store/worker-script.ts';
import { SearchIndex } from '../../src/store/search.ts';
import { Store } from '../../src/store/store.ts';
import { FIXTURES } from '../api/helpers.ts';

function article(id: string, text: string): ParsedArticle {
  const { article } = parseArticle(text, { id });
  if (!article) throw new Error(`fixture ${id} did not parse`);
  return article;
}

const first = article('a/1', '(CNN) -- Rebel spokesman Karim Haddad said the talks had failed, Haddad told reporters.');
const second = article('a/2', '(CNN) -- Karim Haddad, a spokesman for the group, spoke on Monday. "We will go on," Haddad said.');

describe('Store', () => {
  it('lists articles in id order', () => {
    const store = new Store([second, first]);
    expect(store.snapshot.ids).toEqual(['a/1', 'a/2']);
  });

  it('keeps an old snapshot unchanged when an article is added or deleted', () => {
    const store = new Store([first]);
    const before = store.snapshot;
    store.put(second);
    expect(before.articles.size).toBe(1);
    expect(store.snapshot.articles.size).toBe(2);
    expect(store.delete('a/1')).toBe(true);
    expect(store.delete('a/1')).toBe(false);
    expect(store.snapshot.ids).toEqual(['a/2']);
    expect(before.ids).toEqual(['a/1']);
  });

  it('links the same person named in two articles to one entity', () => {
    const store = new Store([first, second]);
    const entity = store.snapshot.people.get('karim-haddad');
    expect(entity?.appearances.map((a) => a.article.id)).toEqual(['a/1', 'a/2']);
  });

  it('does not change a shared person entity of an older snapshot', () => {
    const store = new Store([first]);
    const before = store.snapshot;
    store.put(second);
    expect(before.people.get('karim-haddad')?.appearances.length).toBe(1);
    expect(store.snapshot.people.get('karim-haddad')?.appearances.length).toBe(2);
  });
});

describe('Store search index built in the background', () => {
  const third = article('a/3', '(CNN) -- The harbour festival drew a large crowd, organisers said.');

  it('is not searchable until built, then finds every article', async () => {
    const store = new Store([first, second, third], { syncIndexLimit: 1 });
    expect(store.snapshot.searchIndex.status().ready).toBe(false);
    await store.searchReady;
    expect(store.snapshot.searchIndex.status()).toEqual({ ready: true, indexed: 3, total: 3 });
    expect(store.snapshot.searchIndex.search('harbour festival').map((m) => m.id)).toEqual(['a/3']);
  });

  it('indexes writes made while it builds, and skips articles deleted meanwhile', async () => {
    const store = new Store([first, second], { syncIndexLimit: 1 });
    store.put(third);
    store.delete('a/1');
    await store.searchReady;
    const ids = (q: string) => store.snapshot.searchIndex.search(q).map((m) => m.id);
    expect(ids('harbour')).toEqual(['a/3']);
    expect(ids('talks failed')).toEqual([]);
  });
});

describe('Store with a search index built while loading', () => {
  it('indexes only the articles the given index lacks, and is ready at once', async () => {
    const third = article('a/3', '(CNN) -- The harbour festival drew a large crowd, organisers said.');
    const search = new SearchIndex();
    search.add(first);
    search.add(third);
    const added: string[] = [];
    const add = search.add.bind(search);
    search.add = (a) => {
      added.push(a.id);
      add(a);
    };
    const store = new Store([first, second, third], { search });
    expect(added).toEqual(['a/2']);
    expect(store.snapshot.searchIndex).toBe(search);
    await store.searchReady;
    expect(store.snapshot.searchIndex.status()).toEqual({ ready: true, indexed: 3, total: 3 });
    expect(search.search('harbour festival').map((m) => m.id)).toEqual(['a/3']);
  });

  it('gets every parsed article from the loader, once, as it is parsed', async () => {
    const seen: string[] = [];
    const { articles } = await loadArticles(FIXTURES, { onArticle: (a) => seen.push(a.id) });
    expect(articles.length).toBeGreaterThan(2);
    expect(seen.sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('parses on worker threads (the bundled parser) exactly as in this thread', async () => {
    // Enough rows to start the pool (inputs up to 256 articles are parsed inline).
    const { articles: fixtures } = await loadArticles(FIXTURES, { workers: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
    try {
      const rows = Array.from({ length: 600 }, (_, i) => {
        const a = fixtures[i % fixtures.length];
        return JSON.stringify({ id: `pool/${i}`, article: a.text.slice(a.body.start) });
      });
      writeFileSync(join(dir, 'rows.jsonl'), rows.join('\n') + '\n');
      const inlineSearch = new SearchIndex();
      const pooledSearch = new SearchIndex();
      const inline = await loadArticles(dir, { workers: 0, search: inlineSearch });
      const pooled = await loadArticles(dir, { workers: 2, search: pooledSearch });
      expect(pooled.articles).toHaveLength(600);
      const byId = (list: ParsedArticle[]) => new Map(list.map((a) => [a.id, a]));
      const expected = byId(inline.articles);
      // Those parsed on the workers (all after the first 256) arrive packed, read as they are compared.
      expect(pooled.articles.filter((a) => a instanceof LazyArticle).length).toBeGreaterThanOrEqual(600 - 256);
      for (const [id, a] of byId(pooled.articles)) expect(plainArticle(a), id).toEqual(plainArticle(expected.get(id)!));
      expect(pooled.issues).toEqual(inline.issues);
      // Words counted on the workers index as words counted here (batches arrive in any order).
      expect(pooledSearch.size).toBe(600);
      for (const q of ['police said', 'president', 'rebels']) {
        const byId = (ms: { id: string; score: number }[]) => Object.fromEntries(ms.map((m) => [m.id, m.score]));
        const got = byId(pooledSearch.search(q));
        const want = byId(inlineSearch.search(q));
        expect(Object.keys(got).sort(), q).toEqual(Object.keys(want).sort());
        for (const id in want) expect(got[id], `${q} ${id}`).toBeCloseTo(want[id], 9);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the worker bundle rather than falling back to the TypeScript sources', async () => {
    const script = await workerScript();
    expect(script.filename).toMatch(/\/node_modules\/\.cache\/newsgraph\/worker-[0-9a-f]{16}\.mjs$/);
    expect(script.execArgv).toEqual([]);
  });

  it('prunes worker bundles unused for a day, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bundles-')) + '/';
    try {
      const twoDaysAgo = new Date(Date.now() - 48 * 3600 * 1000);
      for (const name of ['worker-0000000000000001.mjs', 'worker-0000000000000002.mjs', 'worker-0000000000000003.mjs', 'notes.txt']) {
        writeFileSync(dir + name, '');
        if (name !== 'worker-0000000000000002.mjs') utimesSync(dir + name, twoDaysAgo, twoDaysAgo);
      }
      pruneOldBundles(dir, dir + 'worker-0000000000000003.mjs');
      expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'worker-0000000000000002.mjs', 'worker-0000000000000003.mjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
