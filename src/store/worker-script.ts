// The parser that worker threads run, built into one plain-JavaScript module with esbuild when a
// pool starts. Run through tsx's loader instead (as the main thread is), every worker pays for the
// loader at start-up and the parser runs about a tenth slower: tsx compiles each file on its own,
// with a `__name` call around every nested function and module bindings read across files. The
// bundle is built from the current sources each time (about 0.1 s), so it is never stale; if it
// cannot be built or written, the workers run the TypeScript sources through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerScript {
  /** File URL for piscina's `filename`. */
  filename: string;
  /** Node options the workers need to run it. */
  execArgv: string[];
}

const SOURCE = new URL('./parse-worker.ts', import.meta.url);
// Inside node_modules so that the bundle's imports of packages (kept external) resolve as the
// sources' do; `.cache` there is where tools keep generated files (and what `npm ci` wipes).
const CACHE_DIR = new URL('../../node_modules/.cache/newsgraph/', import.meta.url);

let built: Promise<WorkerScript> | null = null;

/** The worker module to start threads on; built once per process. */
export function workerScript(): Promise<WorkerScript> {
  built ??= bundle().catch((err: unknown) => {
    process.emitWarning(`parsing workers run the TypeScript sources through tsx (slower): bundling failed: ${String(err)}`);
    return { filename: SOURCE.href, execArgv: ['--import', import.meta.resolve('tsx')] };
  });
  return built;
}

async function bundle(): Promise<WorkerScript> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(SOURCE)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  // Named by content: processes started from different sources never overwrite each other's file.
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = fileURLToPath(CACHE_DIR);
  const file = `${dir}worker-${hash}.mjs`;
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, file); // atomic: a concurrent process never loads half a file
    pruneOldBundles(dir, file);
  } else {
    const now = new Date();
    utimesSync(file, now, now); // in use again: not one to prune
  }
  return { filename: pathToFileURL(file).href, execArgv: [] };
}

/** Bundles of earlier sources pile up as the code changes: those unused for a day go. */
export function pruneOldBundles(dir: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    const path = dir + name;
    try {
      if (path !== keep && /^worker-[0-9a-f]{16}\.mjs$/.test(name) && statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}
