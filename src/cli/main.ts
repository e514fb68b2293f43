// The newsgraph command line: `serve` (the default) starts the GraphQL server on a corpus;
// `parse FILE...` prints the extracted articles as JSON Lines, for debugging and pipelines.
import { parseArgs } from 'node:util';
import { isLoadIssue, readArticles, type LoadIssue } from '../ingest/formats/index.ts';
import { parseArticle } from '../ingest/index.ts';
import { startApp } from '../server/app.ts';
import { issueFromWarning, loadArticles } from '../store/load.ts';
import { Store } from '../store/store.ts';
import { SearchIndex } from '../store/search.ts';
import { DEFAULT_DATA } from './paths.ts';
import { inputSize, progressReporter } from './progress.ts';


const USAGE = `Usage:
  newsgraph serve [--data DIR|FILE] [--port N] [--host H]   start the GraphQL server (default command)
  newsgraph parse [--pretty] FILE|DIR...                      print parsed articles as JSON Lines
`;

const formatIssue = (i: LoadIssue): string =>
  `${i.kind}: ${i.file}${i.line ? `:${i.line}` : ''}${i.row ? ` (row ${i.row})` : ''}: ${i.code}: ${i.message}`;

async function serve(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: DEFAULT_DATA },
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535; got ${values.port}`);
  const started = performance.now();
  const progress = progressReporter(await inputSize(values.data!));
  const found: LoadIssue[] = [];
  // Articles are indexed for search as they arrive: this thread would otherwise wait on the workers.
  const search = new SearchIndex();
  const { articles, issues } = await loadArticles(values.data!, {
    onIssue: (i) => found.push(i),
    onProgress: (p) => progress.update(p),
    search,
  });
  progress.stop();
  // Issues are printed after the bar, so they do not tear it; each names its file and line.
  for (const i of found) console.warn(formatIssue(i));
  const store = new Store(articles, { search });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded ${store.snapshot.articles.size} articles from ${values.data} in ${seconds} s ` +
      `(${issues.filter((i) => i.kind === 'warning').length} warnings, ${issues.filter((i) => i.kind === 'error').length} errors).`,
  );
  const writeToken = process.env.NEWSGRAPH_WRITE_TOKEN?.trim() || null;
  const app = await startApp({ store, port, host: values.host, writeToken });
  const index = store.snapshot.searchIndex.status();
  if (!index.ready) {
    console.log(`Search index: building in the background (${index.total} articles); search answers SEARCH_INDEX_BUILDING until it is ready.`);
    const t0 = performance.now();
    void store.searchReady.then(() => console.log(`Search index ready in ${((performance.now() - t0) / 1000).toFixed(1)} s.`));
  }
  if (!writeToken) console.log('Writes are disabled (set NEWSGRAPH_WRITE_TOKEN to enable ingestArticle and deleteArticle).');
  console.log(`NewsGraph GraphQL API at ${app.url} (Apollo Sandbox at ${app.url.replace(/graphql$/, '')})`);
  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing in-flight requests, then exiting.`);
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

async function parse(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { pretty: { type: 'boolean', default: false } } });
  if (positionals.length === 0) throw new UsageError('parse needs at least one FILE or DIR');
  let failed = false;
  for (const path of positionals) {
    for await (const item of readArticles(path)) {
      if (isLoadIssue(item)) {
        console.error(formatIssue(item));
        failed ||= item.kind === 'error';
        continue;
      }
      const { article, warnings } = parseArticle(item.text, { id: item.id, source: item.source });
      for (const w of warnings) console.error(formatIssue(issueFromWarning(item, w, article !== null)));
      if (!article) continue;
      process.stdout.write(JSON.stringify(article, null, values.pretty ? 2 : undefined) + '\n');
    }
  }
  if (failed) process.exitCode = 1;
}

class UsageError extends Error {}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === undefined || command.startsWith('--')) await serve(process.argv.slice(2));
    else if (command === 'serve') await serve(rest);
    else if (command === 'parse') await parse(rest);
    else if (command === 'help' || command === '--help') process.stdout.write(USAGE);
    else throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsgraph: ${(err as Error).message}\n${USAGE}`);
      process.exit(2);
    }
    process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

await main();
