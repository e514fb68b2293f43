// Errors a client can act on: every one carries `extensions.code`, and none carries a stack trace.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SEARCH_INDEX_BUILDING' | 'INTERNAL_SERVER_ERROR';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, argumentName?: string) =>
  userError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});

/** Full-text search is not available until the index of a large corpus is built. */
export function requireSearchIndex(status: { ready: boolean; indexed: number; total: number }): void {
  if (status.ready) return;
  throw userError(
    'SEARCH_INDEX_BUILDING',
    `The search index is still being built (${status.indexed} of ${status.total} articles); try again shortly. Every other query is available.`,
    { indexed: status.indexed, total: status.total },
  );
}
