import type { QuoteResolvers } from '../generated/resolvers-types.ts';
import { itemId } from '../ids.ts';
import { personByLocalKey } from './people.ts';

export const Quote: QuoteResolvers = {
  id: (q) => itemId('Quote', q.article, q.index),
  text: (q) => q.item.text,
  span: (q) => q.item.span,
  kind: (q) => q.item.kind,
  speakerName: (q) => q.item.speakerName,
  speaker: (q, _args, { snapshot }) => personByLocalKey(snapshot, q.article, q.item.speakerKey),
  attribution: (q) => q.item.attribution,
  cue: (q) => q.item.cue,
  continuation: (q) => q.item.continuation,
  article: (q) => q.article,
};
