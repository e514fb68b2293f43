// Ingest and delete over the API: a write token guards them, and readers see an article whole or
// not at all while writes go on.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, gql } from 'graphql-request';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { loadArticles } from '../../src/store/load.ts';
import { Store } from '../../src/store/store.ts';
import { errorCode } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const TOKEN = 'test-token-4f1c2b';

const ARTICLE = `- A harbour festival returns after four years

Port Ellis (CNN) -- The harbour festival returned on Saturday after a gap of four years, drawing about 8,000 visitors.
"We missed this more than we can say," said Maria Lindqvist, the festival's director.
"Next year it will be bigger," Lindqvist said.`;

const INGEST = gql`
  mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      replaced
      warnings { code message }
      article { id source quotes { text speakerName } people { id name } statistics { value qualifier } }
    }
  }
`;
const DELETE = gql`
  mutation ($id: ID!) {
    deleteArticle(id: $id) { deletedId }
  }
`;

async function start(writeToken: string | null): Promise<{ app: RunningApp; store: Store }> {
  const { articles } = await loadArticles(FIXTURES);
  const store = new Store(articles);
  return { app: await startApp({ store, port: 0, writeToken }), store };
}

describe('mutations on a server without a write token', () => {
  let app: RunningApp;
  beforeAll(async () => ({ app } = await start(null)));
  afterAll(async () => app?.stop());

  it('refuses writes with FORBIDDEN and says how to enable them', async () => {
    const client = new GraphQLClient(app.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    const code = await errorCode(() => client.request(INGEST, { input: { id: 'x/1', text: ARTICLE } }));
    expect(code).toBe('FORBIDDEN');
  });
});

describe('mutations on a server with a write token', () => {
  let app: RunningApp;
  let writer: GraphQLClient;
  let reader: GraphQLClient;
  beforeAll(async () => {
    ({ app } = await start(TOKEN));
    writer = new GraphQLClient(app.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    reader = new GraphQLClient(app.url);
  });
  afterAll(async () => app?.stop());

  it('refuses a request without the token, or with a wrong one, as UNAUTHENTICATED', async () => {
    expect(await errorCode(() => reader.request(INGEST, { input: { id: 'x/1', text: ARTICLE } }))).toBe('UNAUTHENTICATED');
    const wrong = new GraphQLClient(app.url, { headers: { authorization: 'Bearer nope' } });
    expect(await errorCode(() => wrong.request(DELETE, { id: 'cnn/sample' }))).toBe('UNAUTHENTICATED');
  });

  it('ingests an article, returns it parsed, and serves it to readers', async () => {
    const res = await writer.request<{ ingestArticle: any }>(INGEST, { input: { id: 'festival/1', text: ARTICLE } });
    const a = res.ingestArticle.article;
    expect(res.ingestArticle.replaced).toBe(false);
    expect(a.id).toBe('festival/1');
    expect(a.source).toBe('CNN');
    expect(a.quotes.map((q: any) => q.speakerName)).toEqual(['Maria Lindqvist', 'Maria Lindqvist']);
    expect(a.statistics).toContainEqual({ value: 8000, qualifier: 'ABOUT' });
    const read = await reader.request<{ article: any; search: any }>(gql`
      { article(id: "festival/1") { id } search(query: "harbour festival") { nodes { article { id } } } }
    `);
    expect(read.article.id).toBe('festival/1');
    expect(read.search.nodes.map((n: any) => n.article.id)).toContain('festival/1');
  });

  it('reports parse warnings for odd input and still stores what it could', async () => {
    const res = await writer.request<{ ingestArticle: any }>(INGEST, {
      input: { id: 'odd/1', text: '(CNN) -- The minister said "we will never stop and then left.' },
    });
    expect(res.ingestArticle.warnings.map((w: any) => w.code)).toContain('UNBALANCED_QUOTES');
    expect(res.ingestArticle.article.id).toBe('odd/1');
  });

  it('rejects an id that could be mistaken for another type of object', async () => {
    expect(await errorCode(() => writer.request(INGEST, { input: { id: 'Quote:x#1', text: ARTICLE } }))).toBe('BAD_USER_INPUT');
  });

  it('replaces an article with the same id', async () => {
    const res = await writer.request<{ ingestArticle: any }>(INGEST, { input: { id: 'festival/1', text: ARTICLE.replace('8,000', '9,000') } });
    expect(res.ingestArticle.replaced).toBe(true);
    const read = await reader.request<{ article: any }>(gql`{ article(id: "festival/1") { statistics { value } } }`);
    expect(read.article.statistics.map((s: any) => s.value)).toContain(9000);
    expect(read.article.statistics.map((s: any) => s.value)).not.toContain(8000);
  });

  it('deletes an article and everything extracted from it', async () => {
    const res = await writer.request<{ deleteArticle: any }>(DELETE, { id: 'festival/1' });
    expect(res.deleteArticle.deletedId).toBe('festival/1');
    const read = await reader.request<{ article: any; people: any; search: any }>(gql`
      { article(id: "festival/1") { id } people(filter: { name: "Lindqvist" }) { totalCount } search(query: "festival") { totalCount } }
    `);
    expect(read.article).toBeNull();
    expect(read.people.totalCount).toBe(0);
    expect(read.search.totalCount).toBe(0);
  });

  it('answers deleting a missing article with NOT_FOUND', async () => {
    expect(await errorCode(() => writer.request(DELETE, { id: 'festival/1' }))).toBe('NOT_FOUND');
  });

  it('lets readers see an article whole or not at all while it is written and deleted', async () => {
    const quotesInArticle = 2;
    const seen: number[] = [];
    const writes: Promise<unknown>[] = [];
    const reads: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(i % 2 === 0 ? writer.request(INGEST, { input: { id: 'race/1', text: ARTICLE } }) : writer.request(DELETE, { id: 'race/1' }));
      for (let k = 0; k < 3; k++) {
        reads.push(
          reader
            .request<{ article: any; quotes: any }>(gql`{ article(id: "race/1") { quotes { text } people { name } } }`)
            .then((r) => void seen.push(r.article ? r.article.quotes.length : 0)),
        );
      }
    }
    await Promise.allSettled(writes);
    await Promise.all(reads);
    expect(seen.length).toBe(60);
    for (const n of seen) expect([0, quotesInArticle]).toContain(n);
  });
});
