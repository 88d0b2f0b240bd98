import { csvCell } from '../core/text/csv-cell.ts';
import { writeShortestDouble } from '../core/text/write-shortest-double.ts';
import { resolveFormat } from './output.ts';
import { writeChunks } from './output/write-chunks.ts';

/** A cell metric's values (row-major, NaN where undefined) and their labels. */
export interface GridToWrite {
  regions: readonly string[];
  industries: readonly string[];
  values: Float64Array;
}

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
  await writeChunks(csvChunks(grid), opts.out);
}

/** Bytes per chunk written; a line never spans two chunks. */
const CHUNK_BYTES = 1 << 20;

/**
 * The CSV bytes, header first, in chunks of about CHUNK_BYTES: each line's
 * labels copied from their UTF-8 bytes (encoded once), the number written
 * as ASCII in place, String(v)'s digits without the string
 * (core/text/write-shortest-double.ts); no string per line, no rope to
 * flatten and re-encode.
 */
function* csvChunks(grid: GridToWrite): Generator<Buffer> {
  const regions = grid.regions.map((r) => Buffer.from(csvCell(r) + ','));
  const industries = grid.industries.map((i) => Buffer.from(csvCell(i) + ','));
  const C = industries.length;
  // A line: two labels, a number (at most 24 characters), a line feed.
  const longest = (bs: Buffer[]) => bs.reduce((m, b) => Math.max(m, b.length), 0);
  const room = longest(regions) + longest(industries) + 32;
  let buf = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room * 2));
  let pos = buf.write('region,industry,value\n', 0, 'latin1');
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r];
    for (let i = 0; i < C; i++) {
      const v = grid.values[r * C + i];
      if (Number.isNaN(v)) continue;
      if (pos + room > buf.length) {
        yield buf.subarray(0, pos);
        buf = Buffer.allocUnsafe(buf.length);
        pos = 0;
      }
      for (let k = 0; k < region.length; k++) buf[pos++] = region[k];
      const industry = industries[i];
      for (let k = 0; k < industry.length; k++) buf[pos++] = industry[k];
      pos = writeShortestDouble(buf, pos, v);
      buf[pos++] = 0x0a;
    }
  }
  yield buf.subarray(0, pos);
}
