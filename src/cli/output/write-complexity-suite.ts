import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { csvCell } from '../../core/text/csv-cell.ts';
import type { ComplexitySuiteFile } from '../../services/complexity/complexity-suite-file.ts';
import { exact, fixed, header, SUITE_COLUMNS } from './suite-cell-chunks.ts';
import { suiteCellsInParallel } from './suite-cells-in-parallel.ts';
import { writeChunks } from './write-chunks.ts';

export { SUITE_COLUMNS, SUITE_DIGITS } from './suite-cell-chunks.ts';

/**
 * Writes the suite as CSV. Without `outDir`: one long table, one line per
 * region × industry cell with every measure (the region's and the industry's
 * repeated on each of their lines), as py-ecomplexity returns it, to `out`
 * or stdout. With `outDir`: cells.csv, regions.csv and industries.csv in it,
 * each measure once. Empty fields are undefined values (NaN). The cell lines
 * are formatted on two threads when the CLI runs bundled (suite-cells-in-parallel.ts).
 */
export async function writeComplexitySuite(
  r: ComplexitySuiteFile,
  opts: { out?: string; outDir?: string },
): Promise<void> {
  if (!opts.outDir) return writeChunks(suiteCellsInParallel(r, true), opts.out);
  await mkdir(opts.outDir, { recursive: true });
  await writeChunks(suiteCellsInParallel(r, false), join(opts.outDir, 'cells.csv'));
  await writeChunks([unitCsv(r, 'regions')], join(opts.outDir, 'regions.csv'));
  await writeChunks([unitCsv(r, 'industries')], join(opts.outDir, 'industries.csv'));
}

/** The per-region or per-industry table (small: built as one string). */
function unitCsv(r: ComplexitySuiteFile, level: 'regions' | 'industries'): Buffer {
  const lines = [header(r, SUITE_COLUMNS[level])];
  r.suites.forEach((s, y) => {
    const year = r.hasYear ? `${csvCell(r.years[y])},` : '';
    if (level === 'regions')
      s.regions.forEach((name, k) =>
        lines.push(
          `${year}${csvCell(name)},${exact(s.diversity[k])},${fixed(s.eci[k])},${fixed(s.coi[k])}\n`,
        ),
      );
    else
      s.industries.forEach((name, k) =>
        lines.push(`${year}${csvCell(name)},${exact(s.ubiquity[k])},${fixed(s.pci[k])}\n`),
      );
  });
  return Buffer.from(lines.join(''));
}
