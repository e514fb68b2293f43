// Loads a folder or file of articles into parsed records: files are read as a stream in this
// thread, parsing runs on a pool of worker threads (one per core), and every problem becomes an
// issue naming the file (and line or row) while everything else loads.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { isLoadIssue, readArticles, type LoadIssue, type RawArticle } from '../ingest/formats/index.ts';
import { parseArticle } from '../ingest/index.ts';
import type { ParsedArticle, ParseResult, ParseWarning } from '../ingest/types.ts';
import { LazyArticle, PART_COUNT } from './lazy-article.ts';
import type { BatchEntry, BatchItem, BatchResult } from './parse-worker.ts';
import type { SearchIndex } from './search.ts';
import { workerScript } from './worker-script.ts';

export interface LoadProgress {
  articles: number;
  issues: number;
  /** Characters of article text read so far. */
  chars: number;
}

export interface LoadOptions {
  /** Parsing threads; 0 parses in this thread. Default: one per core. */
  workers?: number;
  onIssue?: (issue: LoadIssue) => void;
  onProgress?: (progress: LoadProgress) => void;
  /** Called with each article as it is parsed. */
  onArticle?: (article: ParsedArticle) => void;
  /**
   * A search index to add every article to as it is parsed (an id seen twice: the later article).
   * Worker threads count the words of the articles they parse, so this thread only merges counts.
   */
  search?: SearchIndex;
}

export interface LoadResult {
  articles: ParsedArticle[];
  issues: LoadIssue[];
}

/** Inputs up to this many articles are parsed in this thread: starting workers costs more. */
const INLINE_ARTICLES = 256;
/** Articles per task: enough to amortise thread messaging, small enough to keep all cores busy. */
const BATCH_ARTICLES = 64;
const BATCH_CHARS = 512 * 1024;

/**
 * A parse warning as a load issue naming the file and line. For a one-article file the line is
 * where the warning's span starts; for a dataset row it is the row's first line (the row's text
 * is rebuilt from its fields, so offsets do not map to file lines).
 */
export function issueFromWarning(raw: Pick<RawArticle, 'file' | 'line' | 'text'>, w: ParseWarning, loaded: boolean): LoadIssue {
  let line = raw.line;
  if (w.span && /\.(?:txt|story)$/i.test(raw.file)) {
    line = 1;
    for (let i = raw.text.indexOf('\n'); i >= 0 && i < w.span.start; i = raw.text.indexOf('\n', i + 1)) line++;
  }
  return { kind: loaded ? 'warning' : 'error', file: raw.file, line, code: w.code, message: w.message };
}

export async function loadArticles(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const workers = options.workers ?? availableParallelism();
  const articles: ParsedArticle[] = [];
  const issues: LoadIssue[] = [];
  const progress: LoadProgress = { articles: 0, issues: 0, chars: 0 };
  const report = (issue: LoadIssue) => {
    issues.push(issue);
    progress.issues++;
    options.onIssue?.(issue);
  };
  const accept = (raw: RawArticle, result: ParseResult) => {
    for (const w of result.warnings) report(issueFromWarning(raw, w, result.article !== null));
    if (result.article) {
      articles.push(result.article);
      progress.articles++;
      options.onArticle?.(result.article);
    }
  };

  // Worker threads run the parser bundled into plain JavaScript (worker-script.ts). The pool
  // starts only once the input proves big enough to need it.
  let pool = null as Promise<Piscina> | null;
  const startPool = async () => {
    const script = await workerScript();
    return new Piscina({ filename: script.filename, maxThreads: workers, minThreads: workers, execArgv: script.execArgv });
  };
  let seen = 0;
  const inlineLimit = workers <= 0 ? Infinity : INLINE_ARTICLES;
  const inFlight = new Set<Promise<void>>();
  const send = (batch: RawArticle[]) => {
    const items: BatchItem[] = batch.map((a) => ({ id: a.id, text: a.text, source: a.source }));
    pool ??= startPool();
    const task: Promise<void> = pool
      .then((p) => p.run({ items, terms: options.search !== undefined }))
      .then(({ json, parts, terms }: BatchResult) => {
        const entries = JSON.parse(json) as BatchEntry[];
        const parsed: ParsedArticle[] = [];
        entries.forEach(({ head, warnings }, i) => {
          const at = parsed.length * PART_COUNT;
          const article = head ? new LazyArticle(head, batch[i].text, parts.slice(at, at + PART_COUNT)) : null;
          if (article) parsed.push(article);
          accept(batch[i], { article, warnings });
        });
        // Counted on the worker (asked for only when there is an index).
        if (terms) options.search?.addBlock(parsed.map((a) => a.id), terms);
        options.onProgress?.(progress);
      })
      .catch((err: unknown) => {
        // A worker that died loses only its batch; each article is reported, none is dropped silently.
        for (const a of batch) report({ kind: 'error', file: a.file, line: a.line, code: 'EXTRACTOR_FAILED', message: `parse failed: ${String(err)}` });
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  try {
    let batch: RawArticle[] = [];
    let chars = 0;
    for await (const item of readArticles(path)) {
      if (isLoadIssue(item)) {
        report(item);
        continue;
      }
      progress.chars += item.text.length;
      if (++seen <= inlineLimit) {
        const result = parseArticle(item.text, { id: item.id, source: item.source });
        accept(item, result);
        if (result.article) options.search?.add(result.article);
        options.onProgress?.(progress);
        continue;
      }
      batch.push(item);
      chars += item.text.length;
      if (batch.length >= BATCH_ARTICLES || chars >= BATCH_CHARS) {
        send(batch);
        batch = [];
        chars = 0;
        // Back-pressure: do not read far ahead of the workers.
        while (inFlight.size >= workers * 4) await Promise.race(inFlight);
      }
    }
    if (batch.length) send(batch);
    await Promise.all(inFlight);
  } finally {
    await pool?.then((p) => p.destroy(), () => undefined);
  }
  return { articles, issues };
}
