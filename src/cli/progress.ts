// Shows loading progress: a progress bar on a terminal (cli-progress), a log line every few
// seconds otherwise (CI, files, pipes), so a long load is never silent.
import { stat } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import { walk } from '../ingest/formats/walk.ts';
import type { LoadProgress } from '../store/load.ts';

const LOG_EVERY_MS = 5_000;

/** Total size of the input files in bytes: the bar's 100% (text characters track bytes closely). */
export async function inputSize(path: string): Promise<number> {
  let total = 0;
  for await (const entry of walk(path)) {
    if ('code' in entry) continue; // a load issue: the loader reports it
    try {
      total += (await stat(entry.file)).size;
    } catch {
      // unreadable files are reported by the loader itself
    }
  }
  return total;
}

export interface ProgressReporter {
  update(p: LoadProgress): void;
  stop(): void;
}

export function progressReporter(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = performance.now();
  const rate = (n: number) => Math.round(n / Math.max(0.001, (performance.now() - started) / 1000));
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: 'Parsing |{bar}| {percentage}% | {articles} articles | {rate}/s | {issues} issues | ETA {eta_formatted}', stream, hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(Math.max(1, totalBytes), 0, { articles: 0, rate: 0, issues: 0 });
    return {
      update: (p) => bar.update(Math.min(p.chars, totalBytes), { articles: p.articles, rate: rate(p.articles), issues: p.issues }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    update: (p) => {
      const now = performance.now();
      if (now - last < LOG_EVERY_MS) return;
      last = now;
      const pct = totalBytes ? Math.min(100, Math.round((100 * p.chars) / totalBytes)) : 0;
      stream.write(`Parsing: ${p.articles} articles (${rate(p.articles)}/s), ${pct}% of input, ${p.issues} issues\n`);
    },
    stop: () => {},
  };
}
