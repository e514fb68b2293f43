// Limits that keep one request from taking the server down: document size, depth, aliases,
// tokens, cost and directives (GraphQL Armor and graphql's own parser), the HTTP body cap and a
// per-request time bound. tests/api/hardening.test.ts sends each attack these stop, and a big
// legitimate query that must pass.
//
// How the numbers were chosen (measured with the armor rules on our schema):
//   legitimate query                                                     depth  cost    tokens
//   one article with everything (sections>paragraphs, quotes>speaker>     6     ~360    ~200
//     mentions>span, statistics, photos>people, people>mentions)
//   articles(first: 100) with quotes>speaker                               6     ~7,100
//   people(first: 100) with quotes(first: 10)                               6     ~35,400
//   people(first: 10)>quotes(first: 10)>article>photos>people>mentions>    12    ~42,000
//     span>start (the longest path a client plausibly walks)
//   introspection (GraphiQL, codegen)                                      (ignored)       ~185
// and the attacks: article>people>mentions>article... nests depth 20+, people(first: 100)>
// quotes(first: 100) { nodes { text } } costs ~164,000 (10,000 rows), fragments each spreading the previous
// one 4 times cost ~10^13 (twelve levels).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/pagination.ts';

export const LIMITS = {
  /** Largest request body (bytes): far above any real query, far below a memory problem. */
  maxBodyBytes: 256 * 1024,
  /**
   * Longest a request may take before it is answered with a timeout error (ms). It bounds waiting
   * (async work), not a synchronous CPU burst, which is why the document limits below come first.
   */
  requestTimeoutMs: 10_000,
  /** Nesting of fields (fragments flattened): the longest plausible path above is exactly 12. */
  maxDepth: 12,
  /** Aliased fields per operation: a client aliasing a dozen `article(id:)` lookups fits. */
  maxAliases: 30,
  /**
   * Lexical tokens per document, counted by graphql's parser while it parses, so a huge document
   * is aborted before any validation: validation (e.g. overlapping-fields checks) grows faster
   * than the document. 3,000 is ~15x the biggest real query above; at 3,000 tokens parsing and
   * validating take a few tens of ms.
   */
  maxTokens: 3_000,
  /** Directives per operation: @include/@skip on a few dozen fields fits. */
  maxDirectives: 30,
  /**
   * GraphQL Armor's cost: 1 per scalar, 2 per object, x1.5 per level of nesting, times the
   * literal `first`/`last` of a list. 50,000 admits every legitimate query above (the largest,
   * ~42,000, reads ~1,000 rows) and rejects nested pages of 100 x 100.
   */
  maxCost: 50_000,
} as const;

export interface Protection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** For Apollo's `parseOptions`: graphql's parser enforces the token limit. */
  parseOptions: ParseOptions;
}

/**
 * How an armor rule reports a violation: one validation error with code BAD_USER_INPUT (kept by
 * `formatError` in app.ts), `extensions.limit` naming the limit, and the message without the
 * "Syntax Error: " prefix armor puts on it (the document parsed fine; it is too big).
 */
function reportAs(limit: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    // `first: 100000` is a bad argument, which `pageSizeRule` reports; its cost is not news.
    if (limit === 'maxCost' && context && hasBadPageSize(context)) return;
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error:\s*/, ''), { extensions: { code: 'BAD_USER_INPUT', limit } }),
    );
  };
}

/** Whether the document writes a `first`/`last` literal outside 1..MAX_PAGE_SIZE. */
function hasBadPageSize(context: ValidationContext): boolean {
  let bad = false;
  visit(context.getDocument(), {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.INT) {
        const n = Number(node.value.value);
        if (n < 1 || n > MAX_PAGE_SIZE) {
          bad = true;
          return BREAK;
        }
      }
      return undefined;
    },
  });
  return bad;
}

/** Armor's own options for one limit: report with `reportAs` rather than throw. */
const rejectWith = (limit: string) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });

/**
 * Strips every "Did you mean ...?" from error messages, so errors do not hint at names the client
 * did not ask for. Armor's field-suggestion plugin only matches `Did you mean "x"`, which misses
 * graphql's enum hints (`Did you mean the enum value "MENTIONS"?`); this one covers both.
 */
const hideSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (error.message.includes('Did you mean')) {
            (error as { message: string }).message = error.message.replace(/\s*Did you mean [^?]*\?/g, '');
          }
        }
      },
    };
  },
};

export function armor(): Protection {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejectWith('maxDepth') },
    maxAliases: { n: LIMITS.maxAliases, ...rejectWith('maxAliases') },
    // Armor counts tokens in a plugin hook that throws outside Apollo's error handling, which
    // answers 500 and logs "Unexpected error"; graphql's parser option (below) answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...rejectWith('maxDirectives') },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, ...rejectWith('maxCost') },
    blockFieldSuggestion: { enabled: false }, // replaced by `hideSuggestions`
  }).protect();
  return {
    // The armor package's types come from Apollo's CommonJS build; the plugins are the same objects.
    plugins: [...(plugins as unknown as ApolloServerPlugin[]), hideSuggestions],
    validationRules,
    // A document over the limit fails to parse: GRAPHQL_PARSE_FAILED, HTTP 400,
    // "Syntax Error: Document contains more that 3000 tokens. Parsing aborted." (sic)
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
