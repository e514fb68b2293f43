// Graceful shutdown of the real CLI (`newsgraph serve`): on SIGTERM a request already in flight
// completes with 200 and a valid body, new connections are refused, and the process exits 0.
//
// The request is held in flight by sending its headers and half its body, then SIGTERM, then the
// rest of the body once the server has stopped listening. NODE_ENV is cleared for the child, so
// the server runs as in production (Apollo changes its signal handling under NODE_ENV=test).
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const QUERY = JSON.stringify({ query: '{ articles(first: 5) { totalCount nodes { id } } }' });

interface Cli {
  child: ChildProcess;
  url: URL;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let running: ChildProcess | null = null;
afterEach(() => {
  if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
  running = null;
});

function startCli(): Promise<Cli> {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/newsgraph.ts', 'serve', '--data', 'tests/fixtures/corpus', '--port', '0', '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (out += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /NewsGraph GraphQL API at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ child, url: new URL(m[1]), output: () => out, exit });
      }
    }, 20);
    void exit.then(({ code }) => {
      clearInterval(timer);
      reject(new Error(`the CLI exited (${code}) before listening:\n${out}`));
    });
  });
}

const waitFor = async (what: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Whether a new TCP connection to the port is refused. */
const refused = (url: URL) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes the in-flight request, refuses new connections, exits 0', async () => {
    const cli = await startCli();
    const body = Buffer.from(QUERY);
    const half = Math.floor(body.length / 2);

    // Headers and half the body: the server has the request but cannot answer it yet.
    let received = false;
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        cli.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, half));
      // Finish the body only after SIGTERM has closed the listening socket (below).
      void waitFor(() => received).then(() => req.end(body.subarray(half)), reject);
    });
    await new Promise((r) => setTimeout(r, 300)); // the server reads the headers and starts the request

    cli.child.kill('SIGTERM');
    await waitFor(() => cli.output().includes('SIGTERM: finishing in-flight requests'));
    // The listening socket closes at once; the held request is still open.
    let isRefused = false;
    for (let i = 0; i < 50 && !isRefused; i++) {
      isRefused = await refused(cli.url);
      if (!isRefused) await new Promise((r) => setTimeout(r, 20));
    }
    expect(isRefused).toBe(true);
    expect(cli.child.exitCode).toBeNull(); // still draining the held request

    received = true;
    const { status, text } = await response;
    expect(status).toBe(200);
    const parsed = JSON.parse(text) as { data?: { articles: { totalCount: number; nodes: { id: string }[] } }; errors?: unknown };
    expect(parsed.errors).toBeUndefined();
    expect(parsed.data!.articles.totalCount).toBeGreaterThan(0);
    expect(parsed.data!.articles.nodes.length).toBeGreaterThan(0);

    expect(await cli.exit).toEqual({ code: 0, signal: null });
    expect(await refused(cli.url)).toBe(true);
  });
});
