import { describe, expect, it } from 'vitest';
import { parseExportTable } from '../../src/services/export/parse-export-table.ts';

/** An export request's body, read and checked in the worker (services/export/parse-export-table.ts). */
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const ok = { sheet: 's', columns: ['a', 'b'], rows: [['x', 1]] };

describe('parseExportTable', () => {
  it('reads a table and keeps codes as text', () => {
    expect(parseExportTable(bytes({ ...ok, rows: [['0011', 2]], note: 'n' }))).toEqual({
      sheet: 's',
      columns: ['a', 'b'],
      rows: [['0011', 2]],
      note: 'n',
    });
  });

  it('refuses what the schema refuses, naming the field, row and column', () => {
    const code = (v: unknown) => {
      try {
        parseExportTable(bytes(v));
      } catch (e) {
        return { code: (e as { code: string }).code, message: (e as Error).message };
      }
      return undefined;
    };
    expect(code('{"sheet":')).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST' });
    expect(code([1])).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST' });
    expect(code({ ...ok, extra: 1 })).toMatchObject({ message: /extra/ });
    expect(code({ ...ok, columns: [] })).toMatchObject({ code: 'ATLAS_E_BAD_VALUE' });
    expect(code({ ...ok, sheet: 'x'.repeat(101) })).toMatchObject({ message: /sheet/ });
    expect(code({ ...ok, rows: [['ok', 1], 'no'] })).toMatchObject({ message: /row 2/ });
    expect(
      code({
        ...ok,
        rows: [
          ['ok', 1],
          ['a\u0000b', 1],
        ],
      }),
    ).toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
      message: /row 2, column a: holds a NUL/,
    });
    expect(code({ ...ok, note: 'x\u202Ey' })).toMatchObject({ message: /^note/ });
  });
});
