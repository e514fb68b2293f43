import type { SectionResolvers } from '../generated/resolvers-types.ts';
import { itemId } from '../ids.ts';

export const Section: SectionResolvers = {
  id: (s) => itemId('Section', s.article, s.index),
  kind: (s) => s.item.kind,
  heading: (s) => s.item.heading,
  headingSpan: (s) => s.item.headingSpan,
  span: (s) => s.item.span,
  paragraphs: (s) => s.item.paragraphs.map((i) => s.article.paragraphs[i]),
  article: (s) => s.article,
};
