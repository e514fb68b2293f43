import type { MentionResolvers } from '../generated/resolvers-types.ts';

export const Mention: MentionResolvers = {
  text: (m) => m.mention.text,
  span: (m) => m.mention.span,
  kind: (m) => m.mention.kind,
  article: (m) => m.article,
};
