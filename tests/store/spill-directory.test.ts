import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Duck } from '../../src/store/duck.ts';

/**
 * An in-memory database spills to a directory of its own: DuckDB's default
 * (`.tmp` in the working directory, file names not unique to a process) let
 * two processes spilling at once read each other's blocks.
 */
describe('an in-memory database’s spill directory', () => {
  it('is its own, under the system’s temporary folder, and goes when the database closes', async () => {
    const a = await Duck.open(':memory:');
    const b = await Duck.open(':memory:');
    const dirOf = async (d: Duck) =>
      String((await d.one(`SELECT current_setting('temp_directory') AS t`))!.t);
    const [da, db] = [await dirOf(a), await dirOf(b)];
    expect(da).not.toBe(db);
    for (const d of [da, db]) {
      expect(d.startsWith(tmpdir())).toBe(true);
      expect(existsSync(d)).toBe(true);
    }
    // It is used: a sort larger than the memory limit spills there and succeeds.
    await a.all(`SET memory_limit = '64MB'`);
    const [row] = await a.all(
      `SELECT count(*)::INTEGER AS n FROM (SELECT i, md5(i::VARCHAR) AS h FROM range(2000000) t(i) ORDER BY h)`,
    );
    expect(row.n).toBe(2_000_000);
    a.close();
    b.close();
    expect(existsSync(da)).toBe(false);
    expect(existsSync(db)).toBe(false);
  });

  it('is the file’s own for a database file (DuckDB spills beside it)', async () => {
    const path = `${tmpdir()}/atlas-spill-${process.pid}.duckdb`;
    const f = await Duck.open(path);
    const t = String((await f.one(`SELECT current_setting('temp_directory') AS t`))!.t);
    f.close();
    for (const p of [path, `${path}.wal`, `${path}.tmp`])
      rmSync(p, { recursive: true, force: true });
    expect(t).toBe(`${path}.tmp`);
  });
});
