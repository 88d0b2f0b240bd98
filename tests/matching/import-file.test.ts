import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors.ts';
import { importMatchingFile } from '../../src/services/matching/index.ts';
import { matchDemand } from '../../src/services/matching/match-demand.ts';
import type { Duck } from '../../src/store/duck.ts';
import { readCapabilities, readDemands } from '../../src/store/matching.ts';
import { encodeGb18030, tempDir, writeTemp } from '../ingest/helpers.ts';
import { smallAtlas } from './fixture.ts';

/** Demands and capabilities from files: zh headers, GB18030, all or nothing. */
let db: Duck;
const dir = tempDir();
beforeAll(async () => {
  db = await smallAtlas();
});
afterAll(() => db.close());

describe('importMatchingFile', () => {
  it('imports capabilities from a GB18030 CSV with Chinese headers and lists split on 、', async () => {
    const file = writeTemp(
      dir,
      'caps.csv',
      encodeGb18030(
        '机构,能力,产品,认证\nS1,精密液压阀,多路阀、先导阀,ISO 9001\nS2,油缸制造,液压油缸,\n',
      ),
    );
    const r = await importMatchingFile(db, 'capabilities', file);
    expect(r.written).toBe(2);
    const s1 = (await readCapabilities(db, { organization: 'S1' })).find((c) => c.id === r.ids[0]);
    expect(s1).toMatchObject({ title: '精密液压阀', products: ['多路阀', '先导阀'] });
    expect(s1?.certifications).toEqual(['ISO 9001']);
    // Imported capabilities take part in matching at once.
    const m = await matchDemand(db, { text: '先导阀' }, { top: 1 });
    expect(m.matches[0].supplier.id).toBe('S1');
  });

  it('refuses a file with bad rows, naming file, row and column, and writes nothing', async () => {
    const before = (await readDemands(db)).length;
    const file = writeTemp(
      dir,
      'demands.csv',
      [
        'organization,title,quantity,deadline,invited',
        'A,多路阀,200,2027-03-01,',
        'NOPE,油缸,10,,',
        'A,,5,,',
        'B,泵,-1,2027-13,S1、GHOST',
      ].join('\n'),
    );
    let err: AtlasError | undefined;
    try {
      await importMatchingFile(db, 'demands', file);
    } catch (e) {
      err = e as AtlasError;
    }
    expect(err?.code).toBe('ATLAS_E_INVALID_ROWS');
    const rows = (err?.details as { rows: { row: number; column: string; reason: string }[] }).rows;
    expect(rows.map((x) => [x.row, x.column])).toEqual(
      expect.arrayContaining([
        [3, 'organization'],
        [4, 'title'],
        [5, 'quantity'],
        [5, 'deadline'],
        [5, 'invited'],
      ]),
    );
    expect(rows.some((x) => x.row === 2)).toBe(false);
    expect(err?.message).toContain(file);
    expect((await readDemands(db)).length).toBe(before);
  });

  it('says which required column is missing', async () => {
    const file = writeTemp(dir, 'no-title.csv', 'organization,数量\nA,3\n');
    await expect(importMatchingFile(db, 'demands', file)).rejects.toMatchObject({
      code: 'ATLAS_E_MISSING_COLUMN',
    });
  });
});
