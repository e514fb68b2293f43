// Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench -- --profile DIR`):
// self time by function and by package / project file, the top N of each.
//   npx tsx bench/lib/profile-summary.ts FILE.cpuprofile [N] [FROM_S] [TO_S]
// FROM_S/TO_S keep only the samples in that window (seconds since the profile started), e.g. the
// seconds the server was under load; percentages are of busy (non-idle) time in the window.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const top = Number(process.argv[3] ?? 25);
const from = Number(process.argv[4] ?? 0) * 1e6;
const to = Number(process.argv[5] ?? Infinity) * 1e6;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
let t = 0;
let idle = 0;
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  t += dt;
  if (t < from || t > to) return;
  if (byId.get(id)!.callFrame.functionName === '(idle)') {
    idle += dt;
    return;
  }
  total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});
console.log(`window ${(from / 1e6).toFixed(1)}..${Math.min(t, to) / 1e6} s: busy ${(total / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s`);

const where = (url: string): string => {
  if (!url) return '(native/vm)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return url;
  const p = /\/(src\/.*|bench\/.*)$/.exec(url);
  return p ? p[1] : url;
};
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const f = `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  fn.set(f, (fn.get(f) ?? 0) + t);
  const p = where(n.callFrame.url);
  pkg.set(p, (pkg.get(p) ?? 0) + t);
}
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (self time, % of busy)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show('by package / file', pkg);
show('by function', fn);
