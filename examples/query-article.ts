// A typed NewsGraph client: fetches one article and prints a short newsroom summary of it
// (highlights, each quote with its speaker, the numbers it reports). Without an article id it walks
// the `articles` connection page by page and lists what the server has.
//
//   npx tsx examples/query-article.ts [URL] [ID]      (or: npm run example -- [URL] [ID])
//
// URL defaults to $NEWSGRAPH_URL, then http://127.0.0.1:4000/graphql (`npm start` serves there).
// The documents and their result types come from examples/operations/*.graphql through
// `npm run codegen:examples`, so every field read below is checked against the schema.
import { ClientError, GraphQLClient } from 'graphql-request';
import {
  ArticlesPageDocument,
  ArticleWithQuotesDocument,
  type ArticlesPageQuery,
  type ArticleWithQuotesQuery,
  type PersonSummaryFragment,
  type StatisticQualifier,
} from './generated/graphql.ts';

const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';
/** Articles asked for per page when listing. */
const PAGE_SIZE = 50;
/** Pages walked at most when listing, so a huge corpus does not scroll forever. */
const MAX_PAGES = 20;

type Article = NonNullable<ArticleWithQuotesQuery['article']>;
type Quote = Article['quotes'][number];
type Statistic = Article['statistics'][number];

/** Reads `[URL] [ID]` in either order: an argument that looks like a URL is the endpoint. */
function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { url: string; id: string | undefined } {
  let url: string | undefined;
  let id: string | undefined;
  for (const arg of argv) {
    if (url === undefined && /^https?:\/\//i.test(arg)) url = arg;
    else if (id === undefined) id = arg;
    else throw new Error(`Unexpected argument "${arg}". Usage: query-article.ts [URL] [ID]`);
  }
  return { url: url ?? env.NEWSGRAPH_URL ?? DEFAULT_URL, id };
}

const QUALIFIER_WORDS: Record<StatisticQualifier, string> = {
  EXACT: '',
  ABOUT: 'about ',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  LESS_THAN: 'less than ',
  AT_MOST: 'at most ',
};

function describePerson(person: PersonSummaryFragment): string {
  const about = [...person.titles, ...person.roles];
  return about.length > 0 ? `${person.name} (${about.join('; ')})` : person.name;
}

function describeSpeaker(quote: Quote): string {
  if (quote.speaker) return describePerson(quote.speaker);
  return quote.speakerName ?? 'unattributed';
}

function describeQuote(quote: Quote): string {
  const partial = quote.kind === 'PARTIAL' ? ' (partial quote)' : '';
  return `${describeSpeaker(quote)}: "${quote.text}"${partial}`;
}

function describeStatistic(stat: Statistic): string {
  const amount = `${QUALIFIER_WORDS[stat.qualifier]}${stat.value.toLocaleString('en-US')}`;
  const unit = stat.unit ? ` ${stat.unit}` : '';
  // The subject often just repeats the unit ("workers" for "worker"): show it only when it says more.
  const subject = stat.subject && !(stat.unit && stat.subject.startsWith(stat.unit)) ? ` (${stat.subject})` : '';
  return `${stat.text}: ${amount}${unit}${subject}`;
}

/** The printed summary of one article. */
function summarize(article: Article): string {
  const lines: string[] = [];
  const from = [article.source, article.dateline?.place].filter((s): s is string => Boolean(s));
  lines.push(`${article.id}${from.length > 0 ? ` (${from.join(', ')})` : ''}, ${article.wordCount} words`);

  lines.push('', `Highlights (${article.highlights.length}):`);
  for (const h of article.highlights) lines.push(`  - ${h}`);
  if (article.highlights.length === 0) lines.push('  (none)');

  lines.push('', `Quotes (${article.quotes.length}):`);
  for (const q of article.quotes) lines.push(`  - ${describeQuote(q)}`);
  if (article.quotes.length === 0) lines.push('  (none)');

  lines.push('', `Statistics (${article.statistics.length}):`);
  for (const s of article.statistics) lines.push(`  - ${describeStatistic(s)}`);
  if (article.statistics.length === 0) lines.push('  (none)');

  return lines.join('\n');
}

/** Walks the `articles` connection with `first`/`after` and returns every article id (up to MAX_PAGES pages). */
async function listArticles(client: GraphQLClient): Promise<{ ids: string[]; total: number; complete: boolean }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    // Annotated because `after` feeds the next request: TypeScript cannot infer through the loop.
    const { articles }: ArticlesPageQuery = await client.request(ArticlesPageDocument, { first: PAGE_SIZE, after });
    total = articles.totalCount;
    for (const edge of articles.edges) ids.push(edge.node.id);
    if (!articles.pageInfo.hasNextPage || articles.pageInfo.endCursor === null) return { ids, total, complete: true };
    after = articles.pageInfo.endCursor;
  }
  return { ids, total, complete: false };
}

async function main(): Promise<number> {
  const { url, id } = parseArgs(process.argv.slice(2), process.env);
  const client = new GraphQLClient(url);

  if (id === undefined) {
    const { ids, total, complete } = await listArticles(client);
    const shown = complete ? '' : ` (first ${ids.length} shown)`;
    console.log(`${total} article${total === 1 ? '' : 's'} at ${url}${shown}:`);
    for (const articleId of ids) console.log(`  ${articleId}`);
    console.log('\nPass one of these ids to see its summary.');
    return 0;
  }

  const { article } = await client.request(ArticleWithQuotesDocument, { id });
  if (article === null) {
    console.error(`No article with id "${id}" at ${url}. Run without an id to list the articles.`);
    return 2;
  }
  console.log(summarize(article));
  return 0;
}

function explain(err: unknown): string {
  if (err instanceof ClientError) {
    const messages = err.response.errors?.map((e) => e.message) ?? [];
    return `The server answered with an error (HTTP ${err.response.status}): ${messages.join('; ') || err.message}`;
  }
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return `${err.message}${cause}\nIs the server running? Start it with \`npm start\` or pass its URL.`;
  }
  return String(err);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(explain(err));
    process.exitCode = 1;
  },
);
