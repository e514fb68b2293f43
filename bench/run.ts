// `npm run bench`: HTTP throughput and latency of three typical queries, against the raw-HTTP
// limit of this machine, in one run.
//
//   npm run bench [-- --data DIR] [--seconds 10] [--warmup 3] [--connections 50]
//                 [--only article,search,people] [--profile DIR] [--json FILE] [--verbose]
//                 [--server-env K=V,K=V]   (environment for our server, e.g. NODE_ENV=production)
//
// 1. Starts NewsGraph as `npm start` does (the CLI, in a child process, free loopback port) on the
//    corpus (default ../shared/corpus; exits 2 when it is missing).
// 2. Captures each query's response body from it (and fails if it carries GraphQL errors).
// 3. Starts a bare node:http server (another child process) that answers with those same bodies.
// 4. For each query: warm-up, then autocannon (in this process) against our server, against a
//    second instance with the response cache off (NEWSGRAPH_RESPONSE_CACHE=off: every request is
//    executed by Apollo/graphql-js; skip with --no-engine), then against the bare one, back to
//    back, so all see the same machine load. Prints the table.
//
// 2-core caveat: autocannon needs about one core to generate this load, so the server under test
// gets the other one (minus whatever else runs on the machine). The bare server's numbers are
// capped by the load generator as much as by node:http, which makes the ratio ours/bare a
// conservative (high) estimate of how close we are to the raw-HTTP limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cannon, type LoadResult } from './lib/cannon.ts';
import { corpusPath, REPO } from './lib/corpus.ts';
import { load, machine } from './lib/machine.ts';
import { QUERIES, type QueryName } from './lib/queries.ts';
import { post, startServer } from './lib/server.ts';


const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    article: { type: 'string', default: 'cnn/0000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string', default: 'article,search,people' },
    profile: { type: 'string' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'server-env': { type: 'string', default: '' },
    'no-engine': { type: 'boolean', default: false },
  },
});
const data = corpusPath(values.data);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const names = values.only!.split(',').map((s) => s.trim()) as QueryName[];
for (const n of names) if (!(n in QUERIES)) throw new Error(`unknown query ${n}; use article, search, people`);

console.log(`machine: ${machine()}`);
console.log(`load average at start: ${load()}`);
console.log(`data: ${data}`);
const started = performance.now();

const serverEnv = Object.fromEntries(
  values['server-env']!
    .split(',')
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
if (Object.keys(serverEnv).length) console.log(`server environment: ${JSON.stringify(serverEnv)}`);
const ours = await startServer({
  data,
  env: serverEnv,
  verbose: values.verbose,
  nodeArgs: values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [],
});
console.log(`our server: ${ours.url} (pid ${ours.pid}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
const engine = values['no-engine'] ? null : await startServer({ data, env: { ...serverEnv, NEWSGRAPH_RESPONSE_CACHE: 'off' } });
if (engine) console.log(`our server, response cache off: ${engine.url} (pid ${engine.pid})`);

const bodies: Record<string, string> = {};
const requests: Record<string, string> = {};
for (const n of names) {
  requests[n] = JSON.stringify({ query: QUERIES[n](values.article!) });
  const text = await post(ours.url, requests[n]);
  const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (parsed.errors || !parsed.data || Object.values(parsed.data).some((v) => v === null)) {
    throw new Error(`query ${n} did not answer cleanly: ${text.slice(0, 500)}`);
  }
  bodies[`/${n}`] = text;
}

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
writeFileSync(join(tmp, 'bodies.json'), JSON.stringify(bodies));
const bare = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/bare-server.ts', join(tmp, 'bodies.json')], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
const bareUrl = await new Promise<string>((resolve, reject) => {
  let out = '';
  bare.stdout!.on('data', (d: Buffer) => {
    out += d;
    const m = /listening (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  bare.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
});

interface Row {
  query: QueryName;
  bytes: number;
  ours: LoadResult;
  engine: LoadResult | null;
  bare: LoadResult;
}
const rows: Row[] = [];
try {
  for (const n of names) {
    const run = async (url: string) => {
      if (warmup > 0) await cannon({ url, body: requests[n], seconds: warmup, connections });
      return cannon({ url, body: requests[n], seconds, connections });
    };
    process.stdout.write(`${n}: ours... `);
    const o = await run(ours.url);
    process.stdout.write(`${Math.round(o.rps)} req/s; `);
    let e: LoadResult | null = null;
    if (engine) {
      process.stdout.write('no cache... ');
      e = await run(engine.url);
      process.stdout.write(`${Math.round(e.rps)} req/s; `);
    }
    process.stdout.write('bare... ');
    const b = await run(`${bareUrl}/${n}`);
    console.log(`${Math.round(b.rps)} req/s (load ${load()})`);
    rows.push({ query: n, bytes: Buffer.byteLength(bodies[`/${n}`]), ours: o, engine: e, bare: b });
  }
} finally {
  bare.kill('SIGTERM');
  for (const s of [ours, engine]) {
    const code = await s?.stop();
    if (s && code !== 0) console.error(`our server (pid ${s.pid}) exited with code ${code}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}

const pad = (s: string | number, w: number) => String(s).padStart(w);
console.log('');
console.log(`${connections} connections, ${seconds} s per measurement after ${warmup} s warm-up; latency in ms; nocache/nc = response cache off`);
console.log(
  ['query', 'bytes', 'our req/s', 'p50', 'p99', 'bare req/s', 'bare p99', 'ours/bare', 'nocache/s', 'nc p50', 'nc p99', 'nc/bare']
    .map((h, i) => (i === 0 ? h.padEnd(8) : pad(h, 10)))
    .join(' '),
);
let failed = false;
for (const r of rows) {
  console.log(
    [
      r.query.padEnd(8),
      pad(r.bytes, 10),
      pad(Math.round(r.ours.rps), 10),
      pad(r.ours.p50, 10),
      pad(r.ours.p99, 10),
      pad(Math.round(r.bare.rps), 10),
      pad(r.bare.p99, 10),
      pad((r.ours.rps / r.bare.rps).toFixed(2), 10),
      ...(r.engine
        ? [pad(Math.round(r.engine.rps), 10), pad(r.engine.p50, 10), pad(r.engine.p99, 10), pad((r.engine.rps / r.bare.rps).toFixed(2), 10)]
        : []),
    ].join(' '),
  );
  for (const [who, x] of [['ours', r.ours], ['no cache', r.engine], ['bare', r.bare]] as const) {
    if (x && (x.non2xx || x.errors || x.timeouts)) {
      failed = true;
      console.log(`  ${r.query} ${who}: ${x.non2xx} non-2xx, ${x.errors} errors, ${x.timeouts} timeouts`);
    }
  }
}
const article = rows.find((r) => r.query === 'article');
if (article) {
  const ratio = article.ours.rps / article.bare.rps;
  console.log(
    `targets (article query): ratio ${ratio.toFixed(2)} ${ratio >= 0.5 ? '>=' : '<'} 0.5 ${ratio >= 0.5 ? 'OK' : 'MISSED'}; ` +
      `p99 ${article.ours.p99} ms ${article.ours.p99 < 20 ? '<' : '>='} 20 ms ${article.ours.p99 < 20 ? 'OK' : 'MISSED'}`,
  );
}
console.log(`machine: ${machine()}`);
console.log(`load average at end: ${load()}; whole bench ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (values.json) writeFileSync(values.json, JSON.stringify({ machine: machine(), load: load(), connections, seconds, rows }, null, 2));
if (failed) process.exitCode = 1;
