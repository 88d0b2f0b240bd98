import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AtlasError } from '../../core/errors.ts';
import type {
  ComplexitySuite,
  ComplexitySuiteFile,
} from '../../services/complexity/complexity-suite-file.ts';
import { suiteCellChunks } from './suite-cell-chunks.ts';

/** Below this many cells a second thread costs more (its start, ~30 ms) than it saves. */
const MIN_CELLS = 100_000;

/**
 * The suite's cell lines (suite-cell-chunks.ts) formatted on two cores: the
 * second half of the lines in a worker thread (suite-cells-worker.ts) while
 * this thread formats and writes the first; the worker's chunks wait in
 * memory until the first half is written (at most half the output: ~106 MB
 * of cells.csv at 3,000 × 1,400). The same bytes as one thread. Only when
 * the CLI runs bundled (the worker then starts in tens of ms; through tsx it
 * would load the sources again, ~0.5 s): otherwise, and for small outputs,
 * one thread.
 */
export async function* suiteCellsInParallel(
  r: ComplexitySuiteFile,
  long: boolean,
): AsyncGenerator<Buffer> {
  const script = workerScript();
  const cells = r.suites.reduce((n, s) => n + s.regions.length * s.industries.length, 0);
  if (!script || cells < MIN_CELLS) return yield* suiteCellChunks(r, long);
  const [first, second, transfer] = halves(r, cells);
  const worker = new Worker(script, { workerData: { part: second, long }, transferList: transfer });
  const state = { queue: [] as Buffer[], done: false, failed: null as Error | null };
  let wake: (() => void) | null = null;
  worker.on('message', (m: Uint8Array | null) => {
    if (m === null) state.done = true;
    else state.queue.push(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
    wake?.();
  });
  worker.on('error', (e) => {
    state.failed = e;
    wake?.();
  });
  worker.on('exit', (code) => {
    if (!state.done) state.failed ??= new Error(`the formatting thread stopped (exit ${code})`);
    wake?.();
  });
  try {
    yield* suiteCellChunks(first, long);
    for (;;) {
      const next = state.queue.shift();
      if (next) yield next;
      else if (state.failed)
        throw new AtlasError('ATLAS_E_INTERNAL', `writing the cells: ${state.failed.message}`);
      else if (state.done) return;
      else await new Promise<void>((done) => (wake = done));
    }
  } finally {
    await worker.terminate();
  }
}

/** The bundled worker beside this chunk (bin/build-cli.js), or null when running the sources. */
function workerScript(): string | null {
  if (!import.meta.filename?.endsWith('.js')) return null;
  const script = join(import.meta.dirname, 'suite-cells-worker.js');
  return existsSync(script) ? script : null;
}

/**
 * The suite cut at half its lines (a year's regions split at a region): the
 * first part as views, the second as copies whose buffers go to the worker.
 */
function halves(
  r: ComplexitySuiteFile,
  cells: number,
): [ComplexitySuiteFile, ComplexitySuiteFile, ArrayBuffer[]] {
  let y = 0;
  let before = 0;
  while (before + size(r.suites[y]) < cells / 2) before += size(r.suites[y++]);
  const cut = Math.ceil((cells / 2 - before) / Math.max(1, r.suites[y].industries.length));
  const transfer: ArrayBuffer[] = [];
  const head = rows(r.suites[y], 0, cut, false, transfer);
  const tail = rows(r.suites[y], cut, r.suites[y].regions.length, true, transfer);
  const later = r.suites.slice(y + 1).map((s) => rows(s, 0, s.regions.length, true, transfer));
  return [
    { ...r, years: r.years.slice(0, y + 1), suites: [...r.suites.slice(0, y), head] },
    { ...r, years: r.years.slice(y), suites: [tail, ...later], warnings: [] },
    transfer,
  ];
}

const size = (s: ComplexitySuite) => s.regions.length * s.industries.length;

/** Regions [from, to) of a suite: views, or copies (their buffers listed in `transfer`). */
function rows(
  s: ComplexitySuite,
  from: number,
  to: number,
  copy: boolean,
  transfer: ArrayBuffer[],
): ComplexitySuite {
  const take = (v: Float64Array, a: number, b: number) => {
    if (!copy) return v.subarray(a, b);
    const out = v.slice(a, b);
    transfer.push(out.buffer);
    return out;
  };
  const C = s.industries.length;
  const cell = (v: Float64Array) => take(v, from * C, to * C);
  const unit = (v: Float64Array) => take(v, from, to);
  const whole = (v: Float64Array) => take(v, 0, v.length);
  return {
    regions: s.regions.slice(from, to),
    industries: s.industries,
    value: cell(s.value),
    rca: cell(s.rca),
    mcp: cell(s.mcp),
    density: cell(s.density),
    cog: cell(s.cog),
    diversity: unit(s.diversity),
    eci: unit(s.eci),
    coi: unit(s.coi),
    ubiquity: whole(s.ubiquity),
    pci: whole(s.pci),
    warnings: [],
  };
}
