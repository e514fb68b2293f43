import type { MutationResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { parseArticle } from '../../ingest/index.ts';
import { badUserInput, userError } from '../errors.ts';

const MAX_ID_LENGTH = 300;

/** Writes need a configured token and a request that presents it. */
function requireWrite(ctx: Context): void {
  if (!ctx.writesEnabled) {
    throw userError('FORBIDDEN', 'Writes are disabled on this server: start it with NEWSGRAPH_WRITE_TOKEN set to enable them.');
  }
  if (!ctx.canWrite) {
    throw userError('UNAUTHENTICATED', 'This mutation needs the header `Authorization: Bearer <write token>`.');
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: (_root, { input }, ctx) => {
    requireWrite(ctx);
    const id = input.id.trim();
    if (!id || id.length > MAX_ID_LENGTH || /[\u0000-\u001f#]/.test(id) || /^(Person|Quote|Statistic|Photo|Section):/.test(id)) {
      throw badUserInput(
        `\`id\` must be 1 to ${MAX_ID_LENGTH} characters, without control characters or "#", and must not start with a type prefix such as "Quote:".`,
        'id',
      );
    }
    // The STORY layout is recognised from its "@highlight" markers; the format is a hint.
    const { article, warnings } = parseArticle(input.text, { id, source: input.source ?? null });
    if (!article) return { article: null, warnings, replaced: false };
    const replaced = ctx.store.put(article);
    return { article, warnings, replaced };
  },
  deleteArticle: (_root, { id }, ctx) => {
    requireWrite(ctx);
    if (!ctx.store.delete(id)) throw userError('NOT_FOUND', `There is no article with id ${JSON.stringify(id)}.`);
    return { deletedId: id };
  },
};
