import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { csvCell } from '../core/text/csv-cell.ts';
import { resolveFormat } from './output.ts';

/** A cell metric's values (row-major, NaN where undefined) and their labels. */
export interface GridToWrite {
  regions: readonly string[];
  industries: readonly string[];
  values: Float64Array;
}

/** Lines per write: large enough to amortise the call, small enough to stay a few MB. */
const LINES_PER_CHUNK = 65_536;

/**
 * True when `emit` would write CSV for these options (--out without
 * --format, or --format csv, or stdout piped): the case writeGridCsv serves.
 */
export function wantsCsv(opts: { format?: string; out?: string }): boolean {
  return (opts.out && !opts.format ? 'csv' : resolveFormat(opts.format)) === 'csv';
}

/**
 * Writes `region,industry,value` the way emit's CSV does (the same cells,
 * labels guarded by csvCell, numbers unrounded, undefined cells left out),
 * streamed from the grid in chunks with back-pressure: a 3,000 × 1,400 grid
 * never becomes 4.2M row objects or one 100 MB string. A reader that stops
 * early (`| head`) closes the pipe: writing stops quietly.
 */
export async function writeGridCsv(grid: GridToWrite, opts: { out?: string }): Promise<void> {
  const stream: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
  const state: { failed: (Error & { code?: string }) | null } = { failed: null };
  const onError = (e: Error) => {
    state.failed = e;
  };
  stream.on('error', onError);
  try {
    for (const chunk of csvChunks(grid)) {
      if (state.failed) break;
      await write(stream, chunk);
    }
    if (opts.out && !state.failed) await new Promise<void>((done) => stream.end(done));
  } finally {
    stream.off('error', onError);
  }
  if (state.failed && state.failed.code !== 'EPIPE') throw state.failed;
}

/** The CSV text, header first, in chunks of LINES_PER_CHUNK lines. */
function* csvChunks(grid: GridToWrite): Generator<string> {
  const regions = grid.regions.map((r) => csvCell(r) + ',');
  const industries = grid.industries.map((i) => csvCell(i) + ',');
  const C = industries.length;
  let chunk = 'region,industry,value\n';
  let lines = 0;
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r];
    for (let i = 0; i < C; i++) {
      const v = grid.values[r * C + i];
      if (Number.isNaN(v)) continue;
      chunk += region + industries[i] + String(v) + '\n';
      if (++lines === LINES_PER_CHUNK) {
        yield chunk;
        chunk = '';
        lines = 0;
      }
    }
  }
  yield chunk;
}

/** Writes a chunk and waits until it is handed on, or for 'drain' (or a failure) under back-pressure. */
function write(stream: Writable, text: string): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      stream.off('drain', settle);
      stream.off('error', settle);
      done();
    };
    if (stream.write(text, () => settle())) return;
    stream.once('drain', settle);
    stream.once('error', settle);
  });
}
