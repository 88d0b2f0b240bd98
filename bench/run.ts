/**
 * Runs every bench/*.bench.ts. Each exports `benchmarks`: cases with a fast
 * function and, where one exists, a plain obvious baseline measured in the
 * same run. Prints the median wall time of each and the ratio baseline/fast.
 * A case may name peers (bench/peers.ts: numpy, scipy, igraph, networkx,
 * graphology), timed in the same run on the same data: each is printed with
 * product / peer speed, both sides the minimum of their runs (the machine is
 * shared: minima are the least noisy figure), or with why it was skipped;
 * beside it the CPU times of both sides where the peer reported one (a peer
 * may run threads), and, where the product is slower, the reason the case
 * gives (or that none is written yet).
 * Timings are never asserted anywhere; this is for people.
 */
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PeerTime } from './peers.ts';

export interface BenchCase {
  name: string;
  fast: () => unknown;
  baseline?: () => unknown;
  /** Runs of the fast version (median reported); default 5. */
  runs?: number;
  /** Counted in the suite total printed after the file's cases. */
  inSuite?: boolean;
  /** A line printed under the case's row (e.g. a throughput), after it ran. */
  report?: () => string;
  /** Peers of this job, timed in the same run (called after the case ran). */
  peers?: () => PeerTime[];
}

export interface BenchFile {
  title: string;
  setup?: () => void;
  benchmarks: BenchCase[];
}

let lastMin = NaN;
let lastCpuMin = NaN;

/** Median of `runs` (the minima of wall and CPU time are kept for the peers' ratios). */
function time(f: () => unknown, runs: number): number {
  const t: number[] = [];
  lastCpuMin = Infinity;
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    lastCpuMin = Math.min(lastCpuMin, (c.user + c.system) / 1000);
  }
  t.sort((a, b) => a - b);
  lastMin = t[0];
  return t[Math.floor(t.length / 2)];
}

/** The line under a case for one peer: times, ratios, and why the product is slower. */
function peerLine(p: PeerTime, fastMin: number, fastCpuMin: number): string {
  if (p.ms === null) return `  vs ${p.label}: ${p.skipped ?? 'skipped'}`;
  const speed = p.ms / fastMin;
  let line = `  vs ${p.label}: product ${fastMin.toFixed(1)} ms, peer ${p.ms.toFixed(1)} ms (min of runs) → product/peer speed ${speed.toFixed(2)}×`;
  const cpuSpeed = p.cpuMs === undefined ? NaN : p.cpuMs / fastCpuMin;
  if (p.cpuMs !== undefined)
    line += `; CPU ${fastCpuMin.toFixed(0)} vs ${p.cpuMs.toFixed(0)} ms → ${cpuSpeed.toFixed(2)}×`;
  if (speed < 1 || cpuSpeed < 1)
    line += `\n    slower because: ${p.whySlower ?? 'no reason written yet'}`;
  return line;
}

const ms = (x: number) => `${x.toFixed(1).padStart(9)} ms`;

const dir = new URL('./', import.meta.url);
const only = process.argv[2];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.bench.ts'))
  .sort()) {
  if (only && !f.includes(only)) continue;
  const mod = (await import(new URL(f, dir).href)) as { default: BenchFile };
  const file = mod.default;
  const t0 = performance.now();
  file.setup?.();
  console.log(`\n${f}: ${file.title} (setup ${(performance.now() - t0).toFixed(0)} ms)`);
  console.log(`${'case'.padEnd(40)}${'fast'.padStart(12)}${'baseline'.padStart(12)}   ratio`);
  let suite = 0;
  for (const c of file.benchmarks) {
    c.fast(); // warm-up: JIT and caches
    const fast = time(c.fast, c.runs ?? 5);
    const fastMin = lastMin;
    const fastCpuMin = lastCpuMin;
    if (c.inSuite) suite += fast;
    const base = c.baseline ? time(c.baseline, 1) : NaN;
    const ratio = c.baseline ? `${(base / fast).toFixed(1).padStart(7)}×` : '';
    console.log(
      `${c.name.padEnd(40)}${ms(fast)}${c.baseline ? ms(base) : ''.padStart(12)}${ratio}`,
    );
    if (c.report) console.log(`  → ${c.report()}`);
    for (const p of c.peers?.() ?? []) console.log(peerLine(p, fastMin, fastCpuMin));
  }
  if (file.benchmarks.some((c) => c.inSuite))
    console.log(`${'suite total (fast, marked cases)'.padEnd(40)}${ms(suite)}`);
}
