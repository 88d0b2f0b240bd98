/**
 * Runs every bench/*.bench.ts. Each exports `benchmarks`: cases with a fast
 * function and, where one exists, a plain obvious baseline measured in the
 * same run. Prints the median wall time of each and the ratio baseline/fast.
 * A case may name peers (bench/peers.ts: numpy, scipy, igraph, networkx,
 * graphology), timed in the same run on the same data: each is printed with
 * product / peer speed, both sides the minimum of their runs (the machine is
 * shared: minima are the least noisy figure), or with why it was skipped.
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

/** Median of `runs` (the minimum is kept in lastMin for the peers' ratios). */
function time(f: () => unknown, runs: number): number {
  const t: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  lastMin = t[0];
  return t[Math.floor(t.length / 2)];
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
    if (c.inSuite) suite += fast;
    const base = c.baseline ? time(c.baseline, 1) : NaN;
    const ratio = c.baseline ? `${(base / fast).toFixed(1).padStart(7)}×` : '';
    console.log(
      `${c.name.padEnd(40)}${ms(fast)}${c.baseline ? ms(base) : ''.padStart(12)}${ratio}`,
    );
    if (c.report) console.log(`  → ${c.report()}`);
    for (const p of c.peers?.() ?? []) {
      if (p.ms === null) console.log(`  vs ${p.label}: ${p.skipped ?? 'skipped'}`);
      else
        console.log(
          `  vs ${p.label}: product ${fastMin.toFixed(1)} ms, peer ${p.ms.toFixed(1)} ms (min of runs) → product/peer speed ${(p.ms / fastMin).toFixed(2)}×`,
        );
    }
  }
  if (file.benchmarks.some((c) => c.inSuite))
    console.log(`${'suite total (fast, marked cases)'.padEnd(40)}${ms(suite)}`);
}
