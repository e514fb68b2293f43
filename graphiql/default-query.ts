// The query GraphiQL shows on a first visit (it remembers the user's own query afterwards): a tour
// of the API. Kept apart from main.ts so a test can check it against the schema without a browser.
export const DEFAULT_QUERY = `# NewsGraph: news articles as a typed graph.
# Run: the pink button or Ctrl-Enter. Schema: the Docs icon, top left.
{
  articles(first: 3) {
    totalCount
    nodes {
      id
      source
      dateline { text place }
      highlights
      wordCount
      quotes {
        text
        kind
        speakerName
        speaker { name roles }
        cue { text }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
