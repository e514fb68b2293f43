import type { PhotoResolvers } from '../generated/resolvers-types.ts';
import { photoDates } from '../../store/dates.ts';
import { itemId } from '../ids.ts';
import { personByLocalKey } from './people.ts';

export const Photo: PhotoResolvers = {
  id: (p) => itemId('Photo', p.article, p.index),
  caption: (p) => p.item.caption,
  span: (p) => p.item.span,
  date: (p) => p.item.date,
  isoDate: (p, _args, { snapshot }) => snapshot.memo(`photoDates:${p.article.id}`, () => photoDates(p.article))[p.index] ?? null,
  place: (p) => p.item.place,
  credit: (p) => p.item.credit,
  people: (p, _args, { snapshot }) =>
    p.item.personKeys.flatMap((key) => personByLocalKey(snapshot, p.article, key) ?? []),
  article: (p) => p.article,
};
