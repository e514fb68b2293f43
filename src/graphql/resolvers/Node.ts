import type { NodeResolvers } from '../generated/resolvers-types.ts';

export const Node: NodeResolvers = {
  // Item records carry their type; an article record (a parsed article) does not.
  __resolveType: (obj) => ('type' in obj && typeof obj.type === 'string' ? obj.type : 'Article') as never,
};
