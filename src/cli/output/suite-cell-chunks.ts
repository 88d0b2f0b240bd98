import { csvCell } from '../../core/text/csv-cell.ts';
import { writeFixedDigits, writeFixedDigitsAt } from '../../core/text/write-fixed-digits.ts';
import { writeWholeOrShortestAt } from '../../core/text/write-whole-or-shortest.ts';
import type {
  ComplexitySuite,
  ComplexitySuiteFile,
} from '../../services/complexity/complexity-suite-file.ts';

/**
 * Significant digits of the computed measures (RCA, density, COG, ECI, COI,
 * PCI): relative error ≤ 6·10⁻¹², far below what the input's counts carry;
 * the input value, diversity and ubiquity are written exactly.
 */
export const SUITE_DIGITS = 12;

/** The columns of each output, after an optional leading `year`. */
export const SUITE_COLUMNS = {
  long: 'region,industry,value,rca,mcp,density,cog,diversity,eci,coi,ubiquity,pci',
  cells: 'region,industry,value,rca,mcp,density,cog',
  regions: 'region,diversity,eci,coi',
  industries: 'industry,ubiquity,pci',
} as const;

const scratch = Buffer.alloc(64);
/** A measure's text as the cells have it (empty when undefined). */
export const fixed = (v: number) =>
  scratch.toString('latin1', 0, writeFixedDigits(scratch, 0, v, SUITE_DIGITS));
export const exact = (v: number) => (Number.isNaN(v) ? '' : String(v));

export const header = (r: ComplexitySuiteFile, columns: string) =>
  `${r.hasYear ? 'year,' : ''}${columns}\n`;

/** Bytes per chunk written; a line never spans two chunks. */
const CHUNK_BYTES = 1 << 20;

/** Each label (and, in the long table, its measures) as bytes, encoded once per year. */
function lineParts(s: ComplexitySuite, year: string | null, long: boolean) {
  const y = year === null ? '' : `${csvCell(year)},`;
  const regions = s.regions.map((name) => Buffer.from(`${y}${csvCell(name)},`, 'utf8'));
  const industries = s.industries.map((name) => Buffer.from(`${csvCell(name)},`, 'utf8'));
  const regionTails = s.regions.map((_, k) =>
    Buffer.from(
      long ? `,${exact(s.diversity[k])},${fixed(s.eci[k])},${fixed(s.coi[k])},` : '\n',
      'latin1',
    ),
  );
  const industryTails = s.industries.map((_, k) =>
    Buffer.from(long ? `${exact(s.ubiquity[k])},${fixed(s.pci[k])}\n` : '', 'latin1'),
  );
  const longest = (bs: Buffer[]) => bs.reduce((m, b) => Math.max(m, b.length), 0);
  const room =
    longest(regions) + longest(industries) + longest(regionTails) + longest(industryTails) + 5 * 32;
  return { regions, industries, regionTails, industryTails, room };
}

/**
 * The cell lines of every year, header first, in chunks of about CHUNK_BYTES:
 * labels and per-unit measures copied from bytes encoded once, each cell's
 * numbers written in place (value exactly, the measures at SUITE_DIGITS),
 * read by the writers from their arrays (no double boxed per call). Without
 * `withHeader`: the lines only (a part after the first, suite-cells-worker.ts).
 */
export function* suiteCellChunks(
  r: ComplexitySuiteFile,
  long: boolean,
  withHeader = true,
): Generator<Buffer> {
  // Two buffers in turn: writeChunks hands a chunk on before the one after next is asked for.
  const pair = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let turn = 0;
  let buf = pair[0];
  const head = withHeader ? header(r, long ? SUITE_COLUMNS.long : SUITE_COLUMNS.cells) : '';
  let pos = buf.write(head, 0, 'utf8');
  for (let y = 0; y < r.suites.length; y++) {
    const s = r.suites[y];
    const parts = lineParts(s, r.hasYear ? r.years[y] : null, long);
    const { regions, industries, regionTails, industryTails, room } = parts;
    if (room * 2 > buf.length) {
      yield buf.subarray(0, pos);
      pair[0] = Buffer.allocUnsafe(room * 2);
      pair[1] = Buffer.allocUnsafe(room * 2);
      buf = pair[(turn = 0)];
      pos = 0;
    }
    const { value, rca, mcp, density, cog } = s;
    const C = industries.length;
    for (let ri = 0; ri < regions.length; ri++) {
      const region = regions[ri];
      const tail = regionTails[ri];
      for (let i = 0, c = ri * C; i < C; i++, c++) {
        if (pos + room > buf.length) {
          yield buf.subarray(0, pos);
          buf = pair[(turn ^= 1)];
          pos = 0;
        }
        for (let k = 0; k < region.length; k++) buf[pos++] = region[k];
        const industry = industries[i];
        for (let k = 0; k < industry.length; k++) buf[pos++] = industry[k];
        pos = writeWholeOrShortestAt(buf, pos, value, c);
        buf[pos++] = 0x2c;
        pos = writeFixedDigitsAt(buf, pos, rca, c, SUITE_DIGITS);
        buf[pos++] = 0x2c;
        buf[pos++] = mcp[c] === 1 ? 0x31 : 0x30;
        buf[pos++] = 0x2c;
        pos = writeFixedDigitsAt(buf, pos, density, c, SUITE_DIGITS);
        buf[pos++] = 0x2c;
        pos = writeFixedDigitsAt(buf, pos, cog, c, SUITE_DIGITS);
        for (let k = 0; k < tail.length; k++) buf[pos++] = tail[k];
        const it = industryTails[i];
        for (let k = 0; k < it.length; k++) buf[pos++] = it[k];
      }
    }
  }
  yield buf.subarray(0, pos);
}
