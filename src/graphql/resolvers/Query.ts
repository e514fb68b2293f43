import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { parseId } from '../ids.ts';
import { keyCursors, MAX_PAGE_SIZE, paginate } from '../pagination.ts';
import { itemRecord } from '../../store/records.ts';

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

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => resolveNode(id, ctx),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids; got ${ids.length}.`, 'ids');
    return ids.map((id) => resolveNode(id, ctx));
  },
  article: (_root, { id }, { snapshot }) => snapshot.article(id) ?? null,
  articles: (_root, args, { snapshot }) => {
    const page = paginate(snapshot.ids, args, keyCursors(snapshot.ids, (id) => id));
    const articles = page.nodes.map((id) => snapshot.article(id)!);
    return {
      ...page,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: articles[i] })),
      nodes: articles,
    };
  },
};
