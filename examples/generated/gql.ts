/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArticleWithQuotes($id: ID!) {\n  article(id: $id) {\n    id\n    source\n    dateline {\n      text\n      place\n    }\n    wordCount\n    highlights\n    quotes {\n      id\n      text\n      kind\n      speakerName\n      speaker {\n        ...PersonSummary\n      }\n    }\n    statistics {\n      id\n      text\n      value\n      qualifier\n      unit\n      subject\n    }\n  }\n}": typeof types.ArticleWithQuotesDocument,
    "query ArticlesPage($first: Int, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        source\n        wordCount\n        highlights\n      }\n    }\n  }\n}": typeof types.ArticlesPageDocument,
    "fragment PersonSummary on Person {\n  id\n  name\n  titles\n  roles\n}": typeof types.PersonSummaryFragmentDoc,
};
const documents: Documents = {
    "query ArticleWithQuotes($id: ID!) {\n  article(id: $id) {\n    id\n    source\n    dateline {\n      text\n      place\n    }\n    wordCount\n    highlights\n    quotes {\n      id\n      text\n      kind\n      speakerName\n      speaker {\n        ...PersonSummary\n      }\n    }\n    statistics {\n      id\n      text\n      value\n      qualifier\n      unit\n      subject\n    }\n  }\n}": types.ArticleWithQuotesDocument,
    "query ArticlesPage($first: Int, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        source\n        wordCount\n        highlights\n      }\n    }\n  }\n}": types.ArticlesPageDocument,
    "fragment PersonSummary on Person {\n  id\n  name\n  titles\n  roles\n}": types.PersonSummaryFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleWithQuotes($id: ID!) {\n  article(id: $id) {\n    id\n    source\n    dateline {\n      text\n      place\n    }\n    wordCount\n    highlights\n    quotes {\n      id\n      text\n      kind\n      speakerName\n      speaker {\n        ...PersonSummary\n      }\n    }\n    statistics {\n      id\n      text\n      value\n      qualifier\n      unit\n      subject\n    }\n  }\n}"): (typeof documents)["query ArticleWithQuotes($id: ID!) {\n  article(id: $id) {\n    id\n    source\n    dateline {\n      text\n      place\n    }\n    wordCount\n    highlights\n    quotes {\n      id\n      text\n      kind\n      speakerName\n      speaker {\n        ...PersonSummary\n      }\n    }\n    statistics {\n      id\n      text\n      value\n      qualifier\n      unit\n      subject\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticlesPage($first: Int, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        source\n        wordCount\n        highlights\n      }\n    }\n  }\n}"): (typeof documents)["query ArticlesPage($first: Int, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        source\n        wordCount\n        highlights\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonSummary on Person {\n  id\n  name\n  titles\n  roles\n}"): (typeof documents)["fragment PersonSummary on Person {\n  id\n  name\n  titles\n  roles\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;