import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { badUserInput, requireSearchIndex } from '../errors.ts';
import { filterArticleIds, filterPhotos, filterQuotes, filterStatistics } from '../filters.ts';
import { parseId } from '../ids.ts';
import { articleConnection, MAX_PAGE_SIZE, paginate } from '../pagination.ts';
import { itemRecord } from '../../store/records.ts';
import { allPhotos, allQuotes, allStatistics, peopleWithCounts } from '../../store/indexes.ts';

/** The object a global id names in the snapshot, or null. */
function resolveNode(id: string, { snapshot }: Context) {
  const parsed = parseId(id);
  if (parsed.type === 'Person') {
    const entity = snapshot.people.get(parsed.key);
    return entity ? { type: 'Person' as const, entity, scope: null } : null;
  }
  const article = snapshot.article(parsed.articleId);
  if (!article) return null;
  if (parsed.type === 'Article') return article;
  return itemRecord(parsed.type, article, parsed.index);
}

const MAX_SEARCH_QUERY = 500;

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => resolveNode(id, ctx),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids; got ${ids.length}.`, 'ids');
    return ids.map((id) => resolveNode(id, ctx));
  },
  article: (_root, { id }, { snapshot }) => snapshot.article(id) ?? null,
  articles: (_root, { filter, ...args }, { snapshot }) => articleConnection(snapshot, filterArticleIds(snapshot, filter), args),

  search: (_root, { query, ...args }, { snapshot }) => {
    if (query.length > MAX_SEARCH_QUERY) throw badUserInput(`\`query\` may be at most ${MAX_SEARCH_QUERY} characters.`, 'query');
    if (!query.trim()) throw badUserInput('`query` must hold at least one word.', 'query');
    requireSearchIndex(snapshot.searchIndex.status());
    const hits = snapshot.searchIndex
      .search(query)
      .flatMap((m) => {
        const article = snapshot.article(m.id);
        return article ? [{ article, score: m.score, terms: m.terms }] : [];
      });
    return paginate(hits, args);
  },

  person: (_root, { id }, { snapshot }) => {
    const parsed = parseId(id);
    const entity = parsed.type === 'Person' ? snapshot.people.get(parsed.key) : undefined;
    return entity ? { type: 'Person', entity, scope: null } : null;
  },

  people: (_root, { filter, orderBy, ...args }, { snapshot }) => {
    const name = filter?.name?.trim().toLowerCase();
    const role = filter?.role?.trim().toLowerCase();
    const field = orderBy?.field ?? 'MENTIONS';
    const dir = (orderBy?.direction ?? (field === 'NAME' ? 'ASC' : 'DESC')) === 'ASC' ? 1 : -1;
    const sorted = snapshot.memo(`people:${field}:${dir}`, () => {
      const list = [...peopleWithCounts(snapshot)];
      const byName = (a: (typeof list)[number], b: (typeof list)[number]) => a.entity.name.localeCompare(b.entity.name) || (a.entity.key < b.entity.key ? -1 : 1);
      const count = (x: (typeof list)[number]) =>
        field === 'QUOTES' ? x.counts.quotes : field === 'ARTICLES' ? x.counts.articles : x.counts.mentions;
      return list.sort((a, b) => (field === 'NAME' ? dir * byName(a, b) : dir * (count(a) - count(b)) || byName(a, b)));
    });
    const matches = sorted.filter(({ entity }) => {
      if (name && !entity.name.toLowerCase().includes(name)) return false;
      if (role) {
        const any = entity.appearances.some((a) => [...a.person.roles, ...a.person.titles].some((r) => r.toLowerCase().includes(role)));
        if (!any) return false;
      }
      return true;
    });
    return paginate(matches.map(({ entity }) => ({ type: 'Person' as const, entity, scope: null })), args);
  },

  quotes: (_root, { filter, ...args }, { snapshot }) => paginate(filterQuotes(snapshot, allQuotes(snapshot), filter), args),
  statistics: (_root, { filter, ...args }, { snapshot }) => paginate(filterStatistics(allStatistics(snapshot), filter), args),
  photos: (_root, { filter, ...args }, { snapshot }) =>
    paginate(filterPhotos(allPhotos(snapshot), filter).map((p) => p.record), args),
};
