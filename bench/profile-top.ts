// Summarises V8 .cpuprofile files (from `BENCH_CPU_PROF=<dir> npm run bench`, which runs each
// gateway process with --cpu-prof): top functions by self time, and self time by package or
// source file, and the inclusive (synchronous) time of the gateway's own functions.
// Usage: node --import tsx bench/profile-top.ts <file.cpuprofile>… [--top N] [--skip S] [--until U]
// (--skip S leaves out the first S seconds: process start-up; --until U what comes after U seconds.)
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 25;
const skipIndex = args.indexOf('--skip');
const skipUs = skipIndex >= 0 ? Number(args.splice(skipIndex, 2)[1]) * 1e6 : 0;
const untilIndex = args.indexOf('--until');
const untilUs = untilIndex >= 0 ? Number(args.splice(untilIndex, 2)[1]) * 1e6 : Number.POSITIVE_INFINITY;
if (args.length === 0) {
  process.stderr.write('usage: profile-top.ts <file.cpuprofile>… [--top N]\n');
  process.exit(2);
}

/** Where a frame's code lives: a package, a source file of ours, or the engine itself. */
function place(url: string): string {
  if (!url) return '(native/V8)';
  const clean = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1];
  if (clean.startsWith('node:')) return clean;
  const ours = /\/(src|dist|bench)\/(.*)$/.exec(clean);
  return ours ? `${ours[1]}/${ours[2]}` : path.basename(clean);
}

for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at - profile.startTime < skipUs || at - profile.startTime >= untilUs) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = Math.min(profile.endTime - profile.startTime, untilUs) - skipUs;
  let idleUs = 0;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const name = `${functionName || '(anonymous)'}  ${place(url)}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPlace.set(place(url), (byPlace.get(place(url)) ?? 0) + us);
  }
  const busyUs = totalUs - idleUs;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(9);
  const pct = (us: number) => `${((100 * us) / busyUs).toFixed(1)}%`.padStart(7);
  process.stdout.write(`\n${file}: ${(totalUs / 1e6).toFixed(1)} s profiled, ${(busyUs / 1e6).toFixed(1)} s busy (${((100 * busyUs) / totalUs).toFixed(0)}%)\n`);
  process.stdout.write(`  top ${top} functions by self time (ms, % of busy)\n`);
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${ms(us)} ${pct(us)}  ${name}\n`);
  process.stdout.write('  self time by package / file\n');
  for (const [name, us] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${ms(us)} ${pct(us)}  ${name}\n`);

  // Inclusive time: a node's self time plus its callees' (synchronous calls only: what runs
  // after an await is a new stack). Each function counted once per stack (no double counting
  // of recursion).
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id)!;
    let us = self.get(id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const ours = /\/(src|dist)\//.test(url) && !url.includes('node_modules');
    const name = `${functionName || '(anonymous)'}  ${place(url)}:${lineNumber + 1}`;
    const fresh = ours && !onStack.has(name);
    if (fresh) onStack.add(name);
    for (const child of node.children ?? []) us += walk(child, onStack);
    if (fresh) {
      onStack.delete(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
    return us;
  };
  walk(profile.nodes[0].id, new Set());
  process.stdout.write(`  top ${top} gateway functions by inclusive synchronous time\n`);
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${ms(us)} ${pct(us)}  ${name}\n`);
}
