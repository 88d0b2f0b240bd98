/**
 * Peers measured in the same run: Debian's python3-numpy, -scipy, -igraph and
 * -networkx under /usr/bin/python3 (apt-get install python3-numpy
 * python3-scipy python3-igraph python3-networkx). A bench file writes its
 * data to a temporary directory, runs one Python script that times each job
 * (the minimum of `k` runs after a warm-up, like ours) and prints
 * `{"job": ms, ...}` as JSON. A peer whose module is missing is skipped and
 * the bench says so; nothing here is ever a dependency of the product.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

export interface PeerTime {
  label: string;
  ms: number | null;
  /** The peer's CPU time (min of its runs; > wall when it runs threads). */
  cpuMs?: number;
  /** Why there is no time (module missing, script failed). */
  skipped?: string;
  /** Printed beside the ratio when the product is slower: the known reason. */
  whySlower?: string;
}

/** Versions of the modules that import, by name; the others are missing. */
export function pythonModules(names: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const n of names) out[n] = null;
  if (!existsSync(PYTHON)) return out;
  const script = `
import json, importlib
out = {}
for n in ${JSON.stringify(names)}:
    try:
        out[n] = getattr(importlib.import_module(n), '__version__', '?')
    except Exception:
        out[n] = None
print(json.dumps(out))`;
  const r = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
  if (r.status !== 0) return out;
  return JSON.parse(r.stdout) as Record<string, string | null>;
}

/**
 * Python helpers prepended to every peer script: best(f, k) → min wall ms;
 * the min CPU ms of the same runs goes into times under 'job@cpu' when the
 * result is stored as times['job'] (igraph's PRPACK runs OpenMP threads).
 */
const PRELUDE = `
import json, sys, time
last_cpu = [None]
def best(f, k=3):
    f()
    t = []
    c = []
    for _ in range(k):
        t0 = time.perf_counter(); c0 = time.process_time(); f()
        c.append(time.process_time() - c0); t.append(time.perf_counter() - t0)
    last_cpu[0] = min(c) * 1000
    return min(t) * 1000
class Times(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        if last_cpu[0] is not None:
            super().__setitem__(k + '@cpu', last_cpu[0])
            last_cpu[0] = None
`;

/** Runs a peer script (its `times` dict is printed as JSON); args follow the script. */
export function runPeerScript(body: string, args: string[]): Record<string, number> | string {
  const script = `${PRELUDE}\ntimes = Times()\n${body}\nprint(json.dumps(times))`;
  const r = spawnSync(PYTHON, ['-c', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) return `peer script failed: ${r.stderr.trim().slice(-400)}`;
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, number>;
}

/** A temporary directory for the data handed to the peers, removed at exit. */
export function peerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-peers-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A peer time from a script's result, or the reason it is absent. */
export function peer(
  label: string,
  result: Record<string, number> | string | undefined,
  job: string,
  missing: string | null,
  whySlower?: string,
): PeerTime {
  if (missing) return { label, ms: null, skipped: missing };
  if (result === undefined) return { label, ms: null, skipped: 'not run' };
  if (typeof result === 'string') return { label, ms: null, skipped: result };
  const ms = result[job];
  if (ms === undefined) return { label, ms: null, skipped: `no time for ${job}` };
  return { label, ms, cpuMs: result[`${job}@cpu`], whySlower };
}

/** "python3-igraph not installed: skipped" when a module is missing, else null. */
export function missingNote(mods: Record<string, string | null>, needed: string[]): string | null {
  const absent = needed.filter((n) => !mods[n]);
  if (absent.length === 0) return null;
  return `${absent.map((n) => `python3-${n}`).join(', ')} not installed under ${PYTHON} (apt-get install ${absent.map((n) => `python3-${n}`).join(' ')}): peer skipped`;
}
