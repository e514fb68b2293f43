import type { StatisticResolvers } from '../generated/resolvers-types.ts';
import { itemId } from '../ids.ts';

export const Statistic: StatisticResolvers = {
  id: (s) => itemId('Statistic', s.article, s.index),
  text: (s) => s.item.text,
  span: (s) => s.item.span,
  value: (s) => s.item.value,
  qualifier: (s) => s.item.qualifier,
  unit: (s) => s.item.unit,
  subject: (s) => s.item.subject,
  time: (s) => s.item.time,
  place: (s) => s.item.place,
  sentence: (s) => ({ text: s.article.text.slice(s.item.sentence.start, s.item.sentence.end), span: s.item.sentence }),
  article: (s) => s.article,
};
