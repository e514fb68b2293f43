// Articles parsed on worker threads are kept packed and unpacked as queries read them
// (src/store/lazy-article.ts). Two real servers load the same 400 rows, one parsing in this
// thread (plain articles) and one on workers (all but the first 256 packed); every query below
// must answer the same through a real GraphQL client.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { LazyArticle } from '../../src/store/lazy-article.ts';
import { loadArticles } from '../../src/store/load.ts';
import { SearchIndex } from '../../src/store/search.ts';
import { Store } from '../../src/store/store.ts';
import { FIXTURES } from './helpers.ts';

const ROWS = 400;
const span = '{ start end }';
const person = `{ id name titles roles mentionCount mentions { text kind span ${span} } }`;
const ARTICLE = `{
  id text source publishedAt wordCount highlights bodySpan ${span}
  dateline { text place span ${span} }
  byline { authors { text span ${span} } published updated span ${span} }
  sections { id kind heading headingSpan ${span} span ${span} paragraphs { index kind text inferred span ${span} } }
  paragraphs { index kind text inferred span ${span} }
  quotes { id text kind speakerName continuation span ${span} speaker { id name } attribution { text } cue { text } }
  people ${person}
  statistics { id text value qualifier unit subject span ${span} }
  photos { id caption isoDate span ${span} date { text } place { text } credit { text } people { id name } }
  relatedLinks { title span ${span} }
  contributors { name span ${span} person { id name } }
}`;

// Rows past the first 256 are parsed on the workers.
const PACKED_IDS = [256, 257, 300, 301, 302, 350, 398, 399].map((i) => `copy/${i}`);
const QUERIES = [
  ...PACKED_IDS.map((id) => `{ article(id: "${id}") ${ARTICLE} }`),
  `{ articles(first: 100) { totalCount nodes { id wordCount } } }`,
  `{ people(first: 100) { totalCount nodes ${person} } }`,
  `{ people(first: 50, orderBy: { field: NAME }) { nodes { name articles(first: 5) { totalCount nodes { id } } quotes(first: 5) { totalCount nodes { text } } } } }`,
  `{ quotes(first: 100) { totalCount nodes { id text speakerName speaker { name } article { id } } } }`,
  `{ statistics(first: 100, filter: { qualifier: AT_LEAST }) { totalCount nodes { id text value unit } } }`,
  `{ search(query: "fishermen quota") { totalCount nodes { article { id } score matchedTerms snippet { text } } } }`,
];

describe('articles kept packed answer every query as parsed ones do', () => {
  let dir: string;
  const apps: RunningApp[] = [];
  const clients: GraphQLClient[] = [];
  let pooled: Store;

  beforeAll(async () => {
    const { articles } = await loadArticles(FIXTURES, { workers: 0 });
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-packed-'));
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const a = articles[i % articles.length];
      return JSON.stringify({ id: `copy/${i}`, article: readFileSync(join(FIXTURES, `${a.id}.txt`), 'utf8') });
    });
    writeFileSync(join(dir, 'rows.jsonl'), rows.join('\n') + '\n');
    for (const workers of [0, 2]) {
      const search = new SearchIndex();
      const loaded = await loadArticles(dir, { workers, search });
      const store = new Store(loaded.articles, { search });
      if (workers) pooled = store;
      const app = await startApp({ store, port: 0, host: '127.0.0.1' });
      apps.push(app);
      clients.push(new GraphQLClient(app.url));
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads most articles packed, untouched until read', () => {
    const packed = [...pooled.snapshot.articles.values()].filter((a) => a instanceof LazyArticle);
    expect(packed.length).toBeGreaterThanOrEqual(ROWS - 256);
  });

  for (const query of QUERIES) {
    it(query.slice(0, 60), async () => {
      const [plain, packed] = await Promise.all(clients.map((c) => c.request<Record<string, unknown>>(gql`${query}`)));
      expect(JSON.stringify(plain)).toMatch(/"totalCount":[1-9]|"id":"copy/);
      expect(packed).toEqual(plain);
    });
  }
});
