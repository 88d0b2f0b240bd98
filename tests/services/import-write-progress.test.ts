import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registryRows, REGISTRY_HEADER } from '../../bench/registry-csv.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { ImportProgressBoard } from '../../src/services/import/import-progress-board.ts';
import { openStore } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-write-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The staged write is a few statements: it reports the rows written after each, not only start and end. */
describe('progress during the staged write', () => {
  it('reports rows written after each statement, so the rate and time left have values', async () => {
    const rows = 12_000;
    const r = registryRows(11);
    const file = join(dir, 'registry.csv');
    writeFileSync(
      file,
      [REGISTRY_HEADER, ...Array.from({ length: rows }, (_, i) => r(i))].join('\n') + '\n',
    );
    let now = 0;
    const board = new ImportProgressBoard(() => now);
    const token = 'write-progress-token-01';
    board.start(token, 'session');
    const report = board.reporter(token);
    const writes: { done: number; total: number; rate: number | null; left: number | null }[] = [];
    const db = await openStore({ path: ':memory:' });
    try {
      const result = await importFile(db, file, {
        kind: 'organizations',
        columnar: true,
        importId: 'write-progress',
        provenance: { year: 2024 },
        onProgress: (done, total, stage) => {
          now += 100; // a clock the test moves: each report a tenth of a second later
          report(done, total, stage);
          if (stage !== 'write') return;
          const state = board.read(token, 'session');
          writes.push({ done, total, rate: state.rowsPerSecond, left: state.secondsLeft });
        },
      });
      expect(result.written).toBe(rows);
    } finally {
      db.close();
    }
    expect(writes[0]).toMatchObject({ done: 0, total: rows });
    expect(writes.at(-1)).toMatchObject({ done: rows, total: rows });
    const between = writes.filter((w) => w.done > 0 && w.done < rows);
    // Organisations, measures, then their history: three reports between start and end.
    expect(between.length).toBeGreaterThanOrEqual(3);
    const done = writes.map((w) => w.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    for (const w of between) {
      expect(w.rate).toBeGreaterThan(0);
      expect(w.left).toBeGreaterThan(0);
    }
  }, 60_000);
});
