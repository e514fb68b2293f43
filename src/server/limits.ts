// Limits that keep one request from taking the server down: document size, depth, aliases,
// tokens, cost and directives (GraphQL Armor), the HTTP body cap and a per-request time bound.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export const LIMITS = {
  /** Largest request body (bytes): far above any real query, far below a memory problem. */
  maxBodyBytes: 256 * 1024,
  /** Longest a request may take before it is answered with a timeout error (ms). */
  requestTimeoutMs: 10_000,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3_000,
  maxDirectives: 30,
  maxCost: 50_000,
} as const;

export interface Protection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

export function armor(): Protection {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // The armor package's types come from Apollo's CommonJS build; the plugins are the same objects.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
