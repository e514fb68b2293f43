// Errors a client can act on: every one carries `extensions.code`, and none carries a stack trace.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, argumentName?: string) =>
  userError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});
