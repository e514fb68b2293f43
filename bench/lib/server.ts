// Starts NewsGraph as `npm start` does (the real CLI, `serve`) in a child process on a free
// loopback port, so the load generator (autocannon, in the bench process) and the server under
// test never share an event loop. Stopped with SIGTERM, the CLI's graceful shutdown path.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO } from './corpus.ts';

export interface ServerChild {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resident set size of the server process now, in bytes (from /proc). */
  rss(): number;
  /** Peak resident set size of the server process so far (VmHWM), in bytes. */
  peakRss(): number;
  stop(): Promise<number | null>;
}

export interface ServerOptions {
  data: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir', DIR]. */
  nodeArgs?: string[];
  /** Print the server's output as it comes (prefixed). */
  verbose?: boolean;
  /** Called with the server's standard output after it is listening (e.g. `--trace-gc` lines). */
  onOutput?: (text: string) => void;
}

export function procStatusBytes(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

export function startServer({ data, env = {}, nodeArgs = [], verbose = false, onOutput }: ServerOptions): Promise<ServerChild> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/cli/newsgraph.ts', 'serve', '--data', data, '--port', '0', '--host', '127.0.0.1'], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d;
      if (verbose) process.stderr.write(`[server] ${d}`);
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (verbose) process.stdout.write(`[server] ${d}`);
      const m = /NewsGraph GraphQL API at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) {
        child.stdout!.removeAllListeners('data');
        if (onOutput) child.stdout!.on('data', (d: Buffer) => onOutput(String(d)));
        else child.stdout!.resume();
        const pid = child.pid!;
        resolve({
          url: m[1],
          pid,
          child,
          rss: () => procStatusBytes(pid, 'VmRSS'),
          peakRss: () => procStatusBytes(pid, 'VmHWM'),
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${out}\n${err}`)));
  });
}

/** POSTs one GraphQL request and returns the raw response text (throws on non-200). */
export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text;
}
