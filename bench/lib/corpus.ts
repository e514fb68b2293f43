// Where a bench reads its articles: `--data PATH`, or the research corpus in ../shared/corpus.
// The research corpus is never copied into the project; when it is missing the bench says so and
// exits non-zero (pass `--data data` to run on the bundled seed article instead).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus');

export function corpusPath(given: string | undefined): string {
  const path = resolve(given ?? DEFAULT_CORPUS);
  if (!existsSync(path)) {
    const hint = given ? '' : ' (the research corpus is not on this machine; pass --data DIR, e.g. --data data for the bundled seed article)';
    console.error(`bench: no data at ${path}${hint}`);
    process.exit(2);
  }
  return path;
}
