import type { ContributorResolvers } from '../generated/resolvers-types.ts';
import { personByLocalKey } from './people.ts';

export const Contributor: ContributorResolvers = {
  name: (c) => c.contributor.name,
  span: (c) => c.contributor.span,
  person: (c, _args, { snapshot }) => personByLocalKey(snapshot, c.article, c.contributor.personKey),
};
