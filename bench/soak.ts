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
//    ingested article present at the end (queried back by id), and RSS flat after warm-up (the
//    least-squares slope over the samples after the first 20% of the run, next to how much the
//    ingested articles themselves should add). Exits 1 when a check fails.
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
const server = await startServer({ data, env: { NEWSGRAPH_WRITE_TOKEN: token } });
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

  // RSS slope after warm-up (first 20% of the run), least squares, MB per minute.
  const after = samples.filter((s) => s.t >= seconds * 0.2);
  const n = after.length;
  const mt = after.reduce((a, s) => a + s.t, 0) / n;
  const mr = after.reduce((a, s) => a + s.rss, 0) / n;
  const slope = n > 1 ? after.reduce((a, s) => a + (s.t - mt) * (s.rss - mr), 0) / after.reduce((a, s) => a + (s.t - mt) ** 2, 0) : 0;
  const perMin = (slope * 60) / MB;
  const ingestPerMin = (ingested.length / seconds) * 60;

  console.log('');
  console.log(`soak: ${seconds} s at ${rate} req/s target: ${soak.rps.toFixed(0)} req/s achieved, ${soak.requests} requests, p50 ${soak.p50} ms, p99 ${soak.p99} ms, max ${soak.max} ms`);
  console.log(`failures: ${soak.non2xx} non-2xx, ${soak.errors} socket errors, ${soak.timeouts} timeouts, ${soak.bad} bodies with GraphQL errors or wrong data`);
  console.log(`ingest: ${ingested.length} articles ingested into ${distinct.length} ids, ${ingestFailures} failed, ${ingestSkipped} times behind schedule; ${missing} missing at the end`);
  console.log(
    `rss: first ${(samples[0].rss / MB).toFixed(0)} MB, last ${(samples.at(-1)!.rss / MB).toFixed(0)} MB; slope after warm-up ${perMin.toFixed(2)} MB/min ` +
      `(${ingestPerMin.toFixed(0)} articles ingested per min: ${((perMin * 1024) / Math.max(1, ingestPerMin)).toFixed(1)} KB per ingested article)`,
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
