// The queries the benches send: one article with its quotes, people and statistics; a search
// with snippets; a page of people with mention counts.
export const QUERIES = {
  article: (id: string) =>
    `{ article(id: ${JSON.stringify(id)}) { id quotes { text speakerName } people { name roles } statistics { text value qualifier unit } } }`,
  search: (_id?: string) => `{ search(query: "military police defection", first: 10) { totalCount nodes { score article { id } snippet { text } } } }`,
  people: (_id?: string) => `{ people(first: 20) { totalCount nodes { id name mentionCount } } }`,
};
export type QueryName = keyof typeof QUERIES;
