// The typed client example (examples/query-article.ts) run as a user runs it: a child process
// against the real server started in-process on the fixture corpus. Its printed summary must carry
// the facts of tests/fixtures/corpus/cnn/sample.txt. The example's generated documents
// (examples/generated/) must match what `npm run codegen:examples` makes from the schema and the
// operations today, like `graphql-codegen --check`.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../examples/codegen.ts';
import { useTestServer } from './api/helpers.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = 'examples/query-article.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the example script the way its header says (node with tsx), without blocking the in-process server. */
function runExample(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_URL: undefined, ...env };
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, env: childEnv, timeout: 25_000 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The output line that contains `needle`, so facts can be checked to sit together on one line. */
function lineWith(output: string, needle: string): string {
  const line = output.split('\n').find((l) => l.includes(needle));
  expect(line, `no line with ${JSON.stringify(needle)} in:\n${output}`).toBeDefined();
  return line ?? '';
}

const t = useTestServer();

// Each test starts node + tsx once or twice (a few seconds on a busy 2-core machine).
describe('examples/query-article.ts', { timeout: 60_000 }, () => {
  it('prints the summary of cnn/sample: highlights, quotes with speakers, statistics', async () => {
    const run = await runExample([t.app.url, 'cnn/sample']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;

    expect(lineWith(out, 'cnn/sample')).toContain('CNN');
    expect(out).toContain('A regional council approved a new bridge after a long debate');
    expect(out).toContain('The mayor says the project "will change the valley"');

    const bridge = lineWith(out, '"This bridge will change the valley for a generation');
    expect(bridge).toContain('Helen Cartwright');
    expect(bridge).toMatch(/mayor/i);
    expect(lineWith(out, 'It connects families, schools and jobs.')).toContain('Helen Cartwright');

    expect(lineWith(out, '12,000 people')).toContain('about 12,000');
    expect(lineWith(out, '$45 million')).toContain('45,000,000 USD');
    expect(lineWith(out, '300 workers')).toContain('at least 300 worker');
  });

  it('reads the endpoint from NEWSGRAPH_URL when no URL is given', async () => {
    const run = await runExample(['cnn/sample'], { NEWSGRAPH_URL: t.app.url });
    expect(run.code).toBe(0);
    expect(lineWith(run.stdout, 'This bridge')).toContain('Helen Cartwright');
  });

  it('lists the articles by walking the connection when no id is given', async () => {
    const run = await runExample([t.app.url]);
    expect(run.code).toBe(0);
    const total = t.store.snapshot.articles.size;
    expect(run.stdout.split('\n')[0]).toBe(`${total} article${total === 1 ? '' : 's'} at ${t.app.url}:`);
    const listed = run.stdout.split('\n').filter((l) => /^ {2}\S+$/.test(l)).map((l) => l.trim());
    expect(listed).toHaveLength(total);
    expect(listed).toContain('cnn/sample');
  });

  it('fails with a clear message for an unknown id and for an unreachable server', async () => {
    const missing = await runExample([t.app.url, 'cnn/no-such-article']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No article with id "cnn/no-such-article"');

    const down = await runExample(['http://127.0.0.1:9/graphql', 'cnn/sample']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('Is the server running?');
  });
});

describe('examples/generated', () => {
  it('is up to date with the schema and examples/operations (npm run codegen:examples)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const onDisk = readFileSync(resolve(ROOT, out.filename), 'utf8');
      expect(onDisk, `${out.filename} is stale: run npm run codegen:examples`).toBe(out.content);
    }
    // No leftovers from an older configuration either.
    const dir = dirname(resolve(ROOT, outputs[0].filename));
    const generated = outputs.map((o) => basename(o.filename)).sort();
    expect(readdirSync(dir).sort()).toEqual(generated);
  });
});
