// The real HTTP server, queried with a real GraphQL client (graphql-request).
import { describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { DEFAULT_DATA } from '../../src/cli/paths.ts';
import { errorCode, useTestServer } from './helpers.ts';


const t = useTestServer();

interface Spanned {
  text?: string;
  span: { start: number; end: number };
}

describe('GraphQL API over HTTP', () => {
  it('serves an article by its path id with the parts of its text', async () => {
    const data = await t.client.request<{ article: Record<string, any> }>(gql`
      {
        article(id: "cnn/sample") {
          id
          source
          dateline { text place }
          highlights
          wordCount
          relatedLinks { title }
          contributors { name person { name } }
          people { id name roles }
          quotes { text speakerName kind }
          statistics { text value qualifier unit }
        }
      }
    `);
    const a = data.article;
    expect(a.id).toBe('cnn/sample');
    expect(a.source).toBe('CNN');
    expect(a.dateline.place).toBe('Riverton, Oregon');
    expect(a.highlights).toHaveLength(2);
    expect(a.wordCount).toBeGreaterThan(80);
    expect(a.relatedLinks.map((l: { title: string }) => l.title)).toEqual(['How the old ferry shaped Riverton']);
    expect(a.contributors.map((c: { name: string }) => c.name)).toEqual(['Dana Whitfield']);
    const names = a.people.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Helen Cartwright', 'Tom Alvarez', 'Dana Whitfield']));
    const bridge = a.quotes.find((q: { text: string }) => q.text.startsWith('This bridge'));
    expect(bridge?.speakerName).toBe('Helen Cartwright');
    const money = a.statistics.find((s: { unit: string }) => s.unit === 'USD');
    expect(money?.value).toBe(45_000_000);
  });

  it('gives spans that slice the article text to each item', async () => {
    const data = await t.client.request<{ article: Record<string, any> }>(gql`
      {
        article(id: "cnn/sample") {
          text
          quotes { text span { start end } }
          statistics { text span { start end } }
          people { mentions { text span { start end } } }
          highlightSpans { text span { start end } }
        }
      }
    `);
    const { text } = data.article;
    const items: Spanned[] = [
      ...data.article.quotes,
      ...data.article.statistics,
      ...data.article.highlightSpans,
      ...data.article.people.flatMap((p: { mentions: Spanned[] }) => p.mentions),
    ];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it('pages through articles with cursors, in id order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 10; page++) {
      const res: { articles: any } = await t.client.request(
        gql`query ($after: String) { articles(first: 1, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      total = res.articles.totalCount;
      seen.push(...res.articles.nodes.map((n: any) => n.id));
      if (!res.articles.pageInfo.hasNextPage) break;
      after = res.articles.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(seen).toContain('cnn/sample');
    expect(seen).toEqual([...seen].sort());
  });

  it('fetches any object again by its global id', async () => {
    const data = await t.client.request<{ article: any }>(gql`
      { article(id: "cnn/sample") { quotes { id text } people { id name } } }
    `);
    const quote = data.article.quotes[0];
    const person = data.article.people[0];
    const again = await t.client.request<{ nodes: any[] }>(
      gql`
        query ($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
            __typename
            ... on Quote { text }
            ... on Person { name }
          }
        }
      `,
      { ids: [quote.id, person.id, 'cnn/sample', 'Quote:cnn/sample#9999'] },
    );
    expect(again.nodes[0]).toMatchObject({ __typename: 'Quote', text: quote.text });
    expect(again.nodes[1]).toMatchObject({ __typename: 'Person', name: person.name });
    expect(again.nodes[2]).toMatchObject({ __typename: 'Article', id: 'cnn/sample' });
    expect(again.nodes[3]).toBeNull();
  });

  it('answers null for an unknown article', async () => {
    const data = await t.client.request<{ article: unknown }>(gql`{ article(id: "nope/0") { id } }`);
    expect(data.article).toBeNull();
  });

  it('rejects first above 100 with BAD_USER_INPUT', async () => {
    const code = await errorCode(() => t.client.request(gql`{ articles(first: 100000) { totalCount } }`));
    expect(code).toBe('BAD_USER_INPUT');
  });

  it('answers an invalid query with a coded error and no stack trace', async () => {
    const res = await fetch(t.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ article(id: "cnn/sample") { nope } }' }),
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers a body that is not JSON with a 400 and a code', async () => {
    const res = await fetch(t.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('shows Apollo Sandbox to a browser at /', async () => {
    const res = await fetch(t.app.url.replace(/graphql$/, ''), { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/sandbox/i);
  });

  it('answers unknown paths with 404', async () => {
    const res = await fetch(t.app.url.replace(/graphql$/, 'nothing-here'));
    expect(res.status).toBe(404);
  });
});

describe('the bundled default corpus', () => {
  const seed = useTestServer(DEFAULT_DATA);

  it('serves the seed article with its highlights, gallery, links, headlines, sections and contributor', async () => {
    const { article } = await seed.client.request<{ article: any }>(gql`
      {
        article(id: "cnn/0000") {
          highlights
          photos { caption date { text } place { text } credit { text } }
          relatedLinks { title }
          relatedHeadlines { text }
          sections { kind heading }
          contributors { name }
          disclaimers { text }
        }
      }
    `);
    expect(article.highlights).toHaveLength(4);
    expect(article.photos).toHaveLength(32);
    for (const p of article.photos) {
      expect(p.date, p.caption).not.toBeNull();
      expect(p.place, p.caption).not.toBeNull();
      expect(p.caption).not.toMatch(/Click through/);
    }
    expect(article.photos.filter((p: any) => p.credit?.text === 'Shaam News Network')).toHaveLength(2);
    expect(article.relatedLinks).toHaveLength(6);
    expect(article.relatedHeadlines).toHaveLength(5);
    expect(article.sections.map((s: any) => s.heading)).toContain('On the ground: Fierce battles for critical areas under way');
    expect(article.contributors.map((c: any) => c.name)).toEqual(['Holly Yan']);
    expect(article.disclaimers).toHaveLength(1);
  });
});
