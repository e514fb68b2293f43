// Validation rules of our own. `first`/`last` written as literals are checked before the cost
// limit multiplies by them, so `first: 100000` is reported as the bad argument it is
// (BAD_USER_INPUT), not as an expensive query. Values passed in variables are checked by the
// resolvers' pagination with the same message.
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.ts';

export const pageSizeRule: ValidationRule = (context) => ({
  Argument(node) {
    if (node.name.value !== 'first' && node.name.value !== 'last') return;
    if (node.value.kind !== Kind.INT) return;
    const n = Number(node.value.value);
    if (n < 1 || n > MAX_PAGE_SIZE) {
      context.reportError(
        new GraphQLError(`\`${node.name.value}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${n}.`, {
          nodes: [node],
          extensions: { code: 'BAD_USER_INPUT', argumentName: node.name.value },
        }),
      );
    }
  },
});
