/**
 * What a fresh large array costs before any arithmetic, on both sides, in the
 * same run: the product's R × I outputs are new ArrayBuffers, which the kernel
 * hands over as zeroed 4 KB pages, one fault each; numpy (≥ 1.16, Linux) asks
 * for transparent huge pages on arrays of 4 MB and more (madvise), 2 MB a
 * fault, where /sys/kernel/mm/transparent_hugepage/enabled is "madvise" or
 * "always". Node has no such call. Used by the complexity and concentration
 * benches to state, with numbers, why a job that writes a fresh 34 MB array
 * trails numpy.
 */
import { readFileSync } from 'node:fs';

/** The host's transparent huge page mode ("always", "madvise", "never"), or "unknown". */
export function hugePageMode(): string {
  try {
    const s = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
    return /\[(\w+)\]/.exec(s)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Min CPU ms over `runs` of allocating `count` fresh Float64Arrays of `length` and touching every page. */
export function freshArraysCpuMs(length: number, count: number, runs = 5): number {
  let best = Infinity;
  const keep: Float64Array[] = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    for (let a = 0; a < count; a++) {
      const x = new Float64Array(length);
      for (let i = 0; i < length; i += 512) x[i] = 1;
      keep.push(x);
    }
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    keep.length = 0;
  }
  return best;
}

/**
 * Python lines for a peer script (after PRELUDE, with `np` imported and a
 * `times` dict): the same allocation in numpy with its huge-page advice on
 * ('fresh_huge') and off ('fresh_4k'), CPU ms. Arguments: length and count.
 */
export function freshArraysPython(length: number, count: number): string {
  return `
def fresh():
    for _ in range(${count}):
        a = np.empty(${length}); a[::512] = 1
def fresh_cpu(k=5):
    c = []
    for _ in range(k):
        c0 = time.process_time(); fresh(); c.append(time.process_time() - c0)
    return min(c) * 1000
_mc = getattr(np, '_core', None) or np.core
times['fresh_huge'] = fresh_cpu()
_mc.multiarray._set_madvise_hugepage(False)
times['fresh_4k'] = fresh_cpu()
_mc.multiarray._set_madvise_hugepage(True)
`;
}

/**
 * The reason a job writing fresh arrays trails numpy, with this run's
 * numbers: ours (freshArraysCpuMs) against numpy's with and without its
 * huge-page advice (freshArraysPython's 'fresh_huge' and 'fresh_4k').
 */
export function freshPagesReason(
  what: string,
  oursMs: number,
  numpyHugeMs: number,
  numpy4kMs: number,
): string {
  return `${what} cost Node ${oursMs.toFixed(0)} ms CPU in page faults alone (4 KB zeroed pages; Node cannot ask for huge pages) against numpy's ${numpyHugeMs.toFixed(0)} ms (it madvises transparent huge pages, host mode "${hugePageMode()}"; ${numpy4kMs.toFixed(0)} ms with the advice off)`;
}
