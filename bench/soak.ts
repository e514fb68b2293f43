// `npm run bench:soak`: a bounded soak test of the article query at 80% of measured capacity,
// with ingest mutations mixed in.
//
//   npm run bench:soak [-- --seconds 300] [--data DIR] [--fraction 0.8] [--ingest-ms 200]
//                      [--ids 200] [--connections 50] [--article cnn/0000]
//
// 1. Starts NewsGraph (the CLI, child process, loopback only) with a random NEWSGRAPH_WRITE_TOKEN.
// 2. Measures the article query's capacity (autocannon, 10 s after a 3 s warm-up).
// 3. For --seconds: autocannon at fraction x capacity (`overallRate`), checking every response
//    body; meanwhile a separate loop ingests an article every --ingest-ms (real corpus texts)
//    into a rotating set of --ids ids: new articles at first, then replacements, so the corpus
//    stops growing and a flat RSS is the expectation (--ids 0: a fresh id every time, the corpus
//    grows); the server's RSS (/proc/PID/status) is sampled every 5 s.
// 4. Checks: zero failed requests (non-2xx, socket errors, timeouts, GraphQL errors), every
//    ingested article present at the end (queried back by id). Memory (reported, not a pass/fail
//    check: a few full GCs make a noisy slope): the RSS slope after warm-up (least squares over the
//    samples after the first 20% of the run), and the live heap after each full GC (the server runs
//    with `--trace-gc`), which tells retained memory from garbage V8 has not collected yet.
//    Exits 1 when a check fails.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isLoadIssue, readArticles } from '../src/ingest/formats/index.ts';
import { cannon } from './lib/cannon.ts';
import { corpusPath } from './lib/corpus.ts';
import { load, machine } from './lib/machine.ts';
import { startServer } from './lib/server.ts';
import { QUERIES } from './lib/queries.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    data: { type: 'string' },
    fraction: { type: 'string', default: '0.8' },
    'ingest-ms': { type: 'string', default: '200' },
    ids: { type: 'string', default: '200' },
    connections: { type: 'string', default: '50' },
    article: { type: 'string', default: 'cnn/0000' },
  },
});
const seconds = Number(values.seconds);
if (!(seconds > 0 && seconds <= 3600)) throw new Error('--seconds must be 1..3600');
const fraction = Number(values.fraction);
const ingestMs = Math.max(20, Number(values['ingest-ms']));
const idPool = Math.max(0, Number(values.ids));
const connections = Number(values.connections);
const data = corpusPath(values.data);
const MB = 2 ** 20;

console.log(`machine: ${machine()}`);
console.log(`load average at start: ${load()}`);

const texts: string[] = [];
for await (const item of readArticles(data)) if (!isLoadIssue(item) && item.text.length < 100_000) texts.push(item.text);

const token = randomBytes(18).toString('base64url');
// `--trace-gc` prints one line per collection; a full (mark-compact) collection's "-> N MB" is the
// heap still live after it: the measure of whether the server retains memory, which RSS is not
// (V8 lets the heap grow before collecting and keeps freed pages for a while).
const fullGcs: { at: number; liveMB: number }[] = [];
let gcOut = '';
const server = await startServer({
  data,
  env: { NEWSGRAPH_WRITE_TOKEN: token },
  nodeArgs: ['--trace-gc'],
  onOutput: (text) => {
    gcOut += text;
    const lines = gcOut.split('\n');
    gcOut = lines.pop()!;
    for (const line of lines) {
      const m = /Mark-Compact[^>]*-> ([\d.]+) \(/.exec(line);
      if (m) fullGcs.push({ at: performance.now(), liveMB: Number(m[1]) });
    }
  },
});
console.log(`server: ${server.url} (pid ${server.pid}), rss ${(server.rss() / MB).toFixed(0)} MB`);
let failed = false;
try {
  const body = JSON.stringify({ query: QUERIES.article(values.article!) });
  const expect = `"article":{"id":${JSON.stringify(values.article)}`;
  const verify = (b: string) => b.includes(expect) && !b.includes('"errors"');

  await cannon({ url: server.url, body, seconds: 3, connections });
  const capacity = await cannon({ url: server.url, body, seconds: 10, connections });
  const rate = Math.max(1, Math.floor(capacity.rps * fraction));
  console.log(`capacity (article query): ${capacity.rps.toFixed(0)} req/s (p99 ${capacity.p99} ms); soak at ${rate} req/s for ${seconds} s (load ${load()})`);

  // RSS every 5 s.
  const samples: { t: number; rss: number }[] = [];
  const t0 = performance.now();
  const sample = () => {
    const s = { t: (performance.now() - t0) / 1000, rss: server.rss() };
    samples.push(s);
    console.log(`  t=${s.t.toFixed(0).padStart(4)} s  rss ${(s.rss / MB).toFixed(1)} MB  ingested ${ingested.length}  load ${load()}`);
  };
  // Ingest loop: one mutation every ingestMs, never two at once; bounded by the soak's duration.
  const run = randomBytes(3).toString('hex');
  const ingested: string[] = [];
  let ingestFailures = 0;
  let ingestSkipped = 0;
  let stop = false;
  const ingestLoop = (async () => {
    let next = performance.now();
    while (!stop) {
      next += ingestMs;
      const k = ingested.length + ingestFailures;
      const id = `soak/${run}/${String(idPool ? k % idPool : k).padStart(5, '0')}`;
      try {
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
            variables: { input: { id, text: texts[(ingested.length + ingestFailures) % texts.length] } },
          }),
        });
        const text = await res.text();
        if (res.status === 200 && text.includes(`"id":${JSON.stringify(id)}`) && !text.includes('"errors"')) ingested.push(id);
        else {
          ingestFailures++;
          if (ingestFailures <= 5) console.log(`  ingest ${id} failed: HTTP ${res.status} ${text.slice(0, 200)}`);
        }
      } catch (err) {
        ingestFailures++;
        if (ingestFailures <= 5) console.log(`  ingest ${id} failed: ${String(err)}`);
      }
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else if (wait < -ingestMs) {
        ingestSkipped++;
        next = performance.now(); // fell behind: do not burst to catch up
      }
    }
  })();
  sample();
  const timer = setInterval(sample, 5000);
  const soak = await cannon({ url: server.url, body, seconds, connections, overallRate: rate, verify });
  stop = true;
  await ingestLoop;
  clearInterval(timer);
  sample();

  // Every ingested article is there (each id once, in its latest version).
  const distinct = [...new Set(ingested)];
  let missing = 0;
  for (let i = 0; i < distinct.length; i += 100) {
    const ids = distinct.slice(i, i + 100);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { id } } }', variables: { ids } }),
    });
    const got = (await res.json()) as { data?: { nodes: ({ id: string } | null)[] } };
    missing += ids.filter((id, k) => got.data?.nodes[k]?.id !== id).length;
  }

  // Slopes after warm-up (the first 20% of the run), least squares, MB per minute.
  const warm = seconds * 0.2;
  const perMin = slopePerMinute(samples.filter((s) => s.t >= warm).map((s) => ({ t: s.t, v: s.rss / MB })));
  const gcs = fullGcs.map((g) => ({ t: (g.at - t0) / 1000, v: g.liveMB })).filter((g) => g.t >= warm && g.t <= seconds + 5);
  const livePerMin = slopePerMinute(gcs);
  const ingestPerMin = (ingested.length / seconds) * 60;

  console.log('');
  console.log(`soak: ${seconds} s at ${rate} req/s target: ${soak.rps.toFixed(0)} req/s achieved, ${soak.requests} requests, p50 ${soak.p50} ms, p99 ${soak.p99} ms, max ${soak.max} ms`);
  console.log(`failures: ${soak.non2xx} non-2xx, ${soak.errors} socket errors, ${soak.timeouts} timeouts, ${soak.bad} bodies with GraphQL errors or wrong data`);
  console.log(`ingest: ${ingested.length} articles ingested into ${distinct.length} ids, ${ingestFailures} failed, ${ingestSkipped} times behind schedule; ${missing} missing at the end`);
  console.log(
    `rss: first ${(samples[0].rss / MB).toFixed(0)} MB, last ${(samples.at(-1)!.rss / MB).toFixed(0)} MB; slope after warm-up ${perMin.toFixed(2)} MB/min ` +
      `(${ingestPerMin.toFixed(0)} articles ingested per min: ${((perMin * 1024) / Math.max(1, ingestPerMin)).toFixed(1)} KB per ingested article)`,
  );
  console.log(
    gcs.length
      ? `live heap after each full GC after warm-up (${gcs.length} full GCs): first ${gcs[0].v.toFixed(0)} MB, last ${gcs.at(-1)!.v.toFixed(0)} MB, ` +
          `min ${Math.min(...gcs.map((g) => g.v)).toFixed(0)}, max ${Math.max(...gcs.map((g) => g.v)).toFixed(0)} MB; slope ${livePerMin.toFixed(2)} MB/min`
      : 'live heap: no full GC after warm-up (nothing to compare)',
  );
  failed = soak.non2xx + soak.errors + soak.timeouts + soak.bad + ingestFailures + missing > 0;
  console.log(failed ? 'RESULT: FAILED' : 'RESULT: no failed requests, every ingested article present');
  console.log(`machine: ${machine()}; load average at end: ${load()}`);
} finally {
  const code = await server.stop();
  if (code !== 0) {
    console.log(`server exited with code ${code}`);
    failed = true;
  }
}
if (failed) process.exitCode = 1;

/** Least-squares slope of v over t (seconds), per minute; 0 with fewer than two points. */
function slopePerMinute(points: { t: number; v: number }[]): number {
  if (points.length < 2) return 0;
  const mt = points.reduce((a, p) => a + p.t, 0) / points.length;
  const mv = points.reduce((a, p) => a + p.v, 0) / points.length;
  const den = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  return den === 0 ? 0 : (points.reduce((a, p) => a + (p.t - mt) * (p.v - mv), 0) / den) * 60;
}
