import type { ArticleResolvers } from '../generated/resolvers-types.ts';
import { itemRecords } from '../../store/records.ts';
import { publishedAt } from '../../store/dates.ts';
import { scopedPerson } from './people.ts';

export const Article: ArticleResolvers = {
  publishedAt: (a) => publishedAt(a),
  highlights: (a) => a.highlights.map((h) => h.text),
  highlightSpans: (a) => a.highlights,
  bodySpan: (a) => a.body,
  sections: (a) => itemRecords('Section', a),
  quotes: (a) => itemRecords('Quote', a),
  statistics: (a) => itemRecords('Statistic', a),
  photos: (a) => itemRecords('Photo', a),
  people: (a, _args, { snapshot }) => a.people.map((p) => scopedPerson(snapshot, a, p)),
  relatedLinks: (a) => a.relatedLinks.map((l) => ({ title: l.text, span: l.span })),
  contributors: (a) => a.contributors.map((contributor) => ({ article: a, contributor })),
};
