// Machine facts printed next to every bench number: numbers from a loaded 2-core box mean little
// without the CPU, core count, Node version and the load average at the time.
import { cpus, loadavg, totalmem } from 'node:os';

export function machine(): string {
  const c = cpus();
  return `${c[0]?.model ?? 'unknown cpu'}, ${c.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}`;
}

export function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}
