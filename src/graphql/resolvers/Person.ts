import type { PersonResolvers } from '../generated/resolvers-types.ts';
import type { Appearance, PersonRecord } from '../../store/records.ts';
import { appearancesInOrder, countsOf, mentionsOf, quotesOf } from '../../store/indexes.ts';
import { personId } from '../ids.ts';
import { articleConnection, paginate } from '../pagination.ts';

/**
 * The appearances a field reads: the scoping article's, or every article's in article id order
 * (not the order articles were loaded in, which parallel parsing does not fix).
 */
const appearances = (p: PersonRecord): Appearance[] => (p.scope ? [p.scope] : appearancesInOrder(p.entity));

const unique = (xs: string[]) => [...new Set(xs)];

export const Person: PersonResolvers = {
  id: (p) => personId(p.entity.key),
  name: (p) => p.scope?.person.name ?? p.entity.name,
  titles: (p) => unique(appearances(p).flatMap((a) => a.person.titles)),
  roles: (p) => unique(appearances(p).flatMap((a) => a.person.roles)),
  mentions: (p) => appearances(p).flatMap((a) => a.person.mentions.map((mention) => ({ article: a.article, mention }))),
  mentionCount: (p) => countsOf(p.entity).mentions,
  allMentions: (p, args) => paginate(mentionsOf(p.entity), args),
  articles: (p, args, { snapshot }) => {
    const ids = p.entity.appearances.map((a) => a.article.id).filter((id) => snapshot.article(id)).sort();
    return articleConnection(snapshot, ids, args);
  },
  quotes: (p, args) => paginate(quotesOf(p.entity), args),
};
