// Queries across the corpus: search, filters, people linked across articles, lists of quotes,
// statistics and photos, over the real HTTP server with a real GraphQL client.
import { describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { errorCode, useTestServer } from './helpers.ts';


const t = useTestServer();

describe('search', () => {
  it('ranks matching articles and returns a snippet around the match', async () => {
    const { search } = await t.client.request<{ search: any }>(gql`
      { search(query: "quota fishermen") { totalCount nodes { article { id } score matchedTerms snippet { text span { start end } } } } }
    `);
    expect(search.totalCount).toBe(1);
    const hit = search.nodes[0];
    expect(hit.article.id).toBe('dailymail/harbour');
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.snippet.text.toLowerCase()).toMatch(/quota|fishermen/);
  });

  it('finds nothing for words no article holds', async () => {
    const { search } = await t.client.request<{ search: any }>(gql`{ search(query: "zeppelin") { totalCount nodes { score } } }`);
    expect(search.totalCount).toBe(0);
  });

  it('rejects an empty query as BAD_USER_INPUT', async () => {
    expect(await errorCode(() => t.client.request(gql`{ search(query: "  ") { totalCount } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('articles with filters', () => {
  const ids = async (filter: string) =>
    (await t.client.request<{ articles: any }>(`{ articles(filter: ${filter}) { nodes { id } } }`)).articles.nodes.map((n: any) => n.id);

  it('filters by source', async () => {
    expect(await ids('{ source: "daily mail" }')).toEqual(['dailymail/harbour']);
  });

  it('filters by a person named in the article', async () => {
    expect(await ids('{ person: "Tom Alvarez" }')).toEqual(['cnn/followup', 'cnn/sample']);
  });

  it('filters by publication date when the article gives one', async () => {
    expect(await ids('{ publishedAfter: "2014-03-01", publishedBefore: "2014-03-31" }')).toEqual(['dailymail/harbour']);
    expect(await ids('{ publishedAfter: "2015-01-01" }')).toEqual([]);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    expect(await errorCode(() => ids('{ publishedAfter: "March 2014" }'))).toBe('BAD_USER_INPUT');
  });

  it('filters by text', async () => {
    expect(await ids('{ text: "bridge" }')).toEqual(['cnn/followup', 'cnn/sample']);
  });
});

describe('people across articles', () => {
  it('links a surname in one article to the full name in another', async () => {
    const { people } = await t.client.request<{ people: any }>(gql`
      { people(filter: { name: "cartwright" }) { totalCount nodes { id name mentionCount articles(first: 10) { nodes { id } } } } }
    `);
    expect(people.totalCount).toBe(1);
    const helen = people.nodes[0];
    expect(helen.name).toBe('Helen Cartwright');
    expect(helen.articles.nodes.map((a: any) => a.id)).toEqual(['cnn/followup', 'cnn/sample']);
    const again = await t.client.request<{ person: any }>(gql`query ($id: ID!) { person(id: $id) { name quotes(first: 10) { nodes { text article { id } } } } }`, {
      id: helen.id,
    });
    const quoted = again.person.quotes.nodes.map((q: any) => q.article.id);
    expect(quoted).toContain('cnn/followup');
    expect(quoted).toContain('cnn/sample');
  });

  it('pages through every mention of a person across articles', async () => {
    const { people } = await t.client.request<{ people: any }>(gql`
      { people(filter: { name: "Helen Cartwright" }) { nodes { mentionCount allMentions(first: 100) { totalCount nodes { text article { id } } } } } }
    `);
    const helen = people.nodes[0];
    expect(helen.allMentions.totalCount).toBe(helen.mentionCount);
    expect(new Set(helen.allMentions.nodes.map((m: any) => m.article.id))).toEqual(new Set(['cnn/followup', 'cnn/sample']));
    const page = await t.client.request<{ people: any }>(gql`
      { people(filter: { name: "Helen Cartwright" }) { nodes { allMentions(first: 1) { nodes { text } pageInfo { hasNextPage } } } } }
    `);
    expect(page.people.nodes[0].allMentions.nodes).toHaveLength(1);
    expect(page.people.nodes[0].allMentions.pageInfo.hasNextPage).toBe(true);
  });

  it('sorts by mentions, most first, and by name on request', async () => {
    const byMentions = await t.client.request<{ people: any }>(gql`{ people(first: 100) { nodes { name mentionCount } } }`);
    const counts = byMentions.people.nodes.map((p: any) => p.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byName = await t.client.request<{ people: any }>(gql`{ people(first: 100, orderBy: { field: NAME }) { nodes { name } } }`);
    const names = byName.people.nodes.map((p: any) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('filters by role', async () => {
    const { people } = await t.client.request<{ people: any }>(gql`{ people(filter: { role: "engineer" }) { nodes { name } } }`);
    expect(people.nodes.map((p: any) => p.name)).toEqual(['Tom Alvarez']);
  });
});

describe('quotes, statistics and photos across the corpus', () => {
  it('lists quotes by speaker, across articles that name them differently', async () => {
    const { quotes } = await t.client.request<{ quotes: any }>(
      gql`{ quotes(filter: { speaker: "Helen Cartwright" }) { totalCount nodes { speakerName speaker { id } article { id } } } }`,
    );
    expect(new Set(quotes.nodes.map((q: any) => q.article.id))).toEqual(new Set(['cnn/followup', 'cnn/sample']));
    expect(new Set(quotes.nodes.map((q: any) => q.speaker.id))).toEqual(new Set(['Person:helen-cartwright']));
    // Each quote names its speaker as its own article does ("Cartwright" where only the surname is given).
    expect(quotes.nodes.map((q: any) => q.speakerName)).toEqual(expect.arrayContaining(['Helen Cartwright', 'Cartwright']));
  });

  it('lists quotes containing words', async () => {
    const { quotes } = await t.client.request<{ quotes: any }>(gql`{ quotes(filter: { text: "four generations" }) { nodes { speakerName } } }`);
    expect(quotes.nodes.map((q: any) => q.speakerName)).toEqual(['Alan Drummond']);
  });

  it('filters statistics by unit, qualifier and value range', async () => {
    const usd = await t.client.request<{ statistics: any }>(gql`{ statistics(filter: { unit: "usd" }) { nodes { value unit } } }`);
    expect(usd.statistics.nodes).toEqual([{ value: 45_000_000, unit: 'USD' }]);
    const atLeast = await t.client.request<{ statistics: any }>(gql`{ statistics(filter: { qualifier: AT_LEAST }) { nodes { value qualifier } } }`);
    expect(atLeast.statistics.nodes.length).toBeGreaterThan(0);
    for (const s of atLeast.statistics.nodes) expect(s.qualifier).toBe('AT_LEAST');
    const range = await t.client.request<{ statistics: any }>(gql`{ statistics(filter: { minValue: 100, maxValue: 500 }) { nodes { value } } }`);
    for (const s of range.statistics.nodes) expect(s.value).toBeGreaterThanOrEqual(100);
    for (const s of range.statistics.nodes) expect(s.value).toBeLessThanOrEqual(500);
    expect(range.statistics.nodes.map((s: any) => s.value)).toEqual(expect.arrayContaining([300, 200]));
  });

  it('rejects minValue above maxValue', async () => {
    expect(await errorCode(() => t.client.request(gql`{ statistics(filter: { minValue: 5, maxValue: 1 }) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('pages backwards through a list with last and before', async () => {
    const all = await t.client.request<{ statistics: any }>(gql`{ statistics(first: 100) { totalCount nodes { id } } }`);
    const tail = await t.client.request<{ statistics: any }>(gql`{ statistics(last: 2) { nodes { id } pageInfo { hasPreviousPage startCursor } } }`);
    const ids = all.statistics.nodes.map((n: any) => n.id);
    expect(tail.statistics.nodes.map((n: any) => n.id)).toEqual(ids.slice(-2));
    expect(tail.statistics.pageInfo.hasPreviousPage).toBe(ids.length > 2);
  });
});
