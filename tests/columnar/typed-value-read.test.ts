import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/ingest/parse-number.ts';
import { openColumnarCsv } from '../../src/services/columnar/open-columnar-csv.ts';
import { readLongColumns } from '../../src/services/metrics/read-long-columns.ts';
import { readLongFile } from '../../src/services/metrics/read-long-file.ts';

/**
 * The value column is first read by read_csv as DOUBLE (the fast path) and
 * the file is read again with text cells (the strict path) when that read
 * fails or leaves a row without a clean value. Here: every value the fast
 * path keeps is the strict parser's own double, bit for bit, and on the cells
 * where the two parsers part (leading zeros, huge integers, underscores,
 * empty cells, text, signs, infinities) the answer or the error is the
 * row-wise reader's.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-typed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
function file(text: string): string {
  const p = join(dir, `f${seq++}.csv`);
  writeFileSync(p, text);
  return p;
}

async function outcome<T>(p: Promise<T>): Promise<{ ok: T } | { error: unknown }> {
  try {
    return { ok: await p };
  } catch (e) {
    const err = e as { code?: string; message?: string; details?: unknown };
    return { error: { code: err.code, message: err.message, details: err.details } };
  }
}

const doubles = (columns: string[]) => [columns.indexOf('value')];

/** The fast path's reading of `p`: null when the typed read was not used. */
async function typedValues(p: string): Promise<Float64Array | null> {
  const t = await openColumnarCsv(p, { doubles });
  if (!t) return null;
  try {
    if (!t.csv.doubles.has(2)) return null;
    return (await t.csv.numbers(2)).values;
  } finally {
    t.close();
  }
}

async function sameAsRowWise(p: string) {
  const want = await outcome(readLongFile(p, ['region', 'industry']));
  const got = await outcome(
    readLongColumns(p, ['region', 'industry']).then((r) => ({
      labels: Array.from(r.values, (_, k) => r.labels.map((l) => l.names[l.codes[k]])),
      values: [...r.values],
    })),
  );
  expect(got).toEqual(want);
}

const CELLS = [
  '007',
  '00.5',
  '0',
  '-0',
  '+3',
  '.5',
  '7.',
  '1e3',
  '1E+3',
  '1e05',
  '1e-400',
  '1e999',
  '9007199254740993',
  '18446744073709551617',
  '123456789012345678901234567890',
  '0.1',
  '2.675',
  ' 12',
  '12 ',
  '\t12',
  '1_000',
  '0_1',
  '-1',
  '-1e-3',
  '',
  '-',
  'abc',
  '"1,234"',
  '１２',
  'inf',
  'nan',
  'Infinity',
  '0x10',
  '1 2',
  '1e',
  '.',
];

describe('the typed value read agrees with the strict one', () => {
  it.each(CELLS)('cell %j', async (cell) => {
    const p = file(`region,industry,value\na,x,1\nb,y,${cell}\nc,z,2.5\n`);
    const typed = await typedValues(p);
    // Cells read_csv's DOUBLE parser takes: the comparison below is not vacuous.
    if (['007', '-0', '9007199254740993', '18446744073709551617', ' 12', '1e-400'].includes(cell))
      expect(typed).not.toBeNull();
    if (typed)
      for (const [k, text] of ['1', cell, '2.5'].entries()) {
        if (Number.isNaN(typed[k])) continue;
        const strict = parseNumber(text.replace(/^"|"$/g, ''));
        expect(strict.ok && Object.is(strict.value, typed[k])).toBe(true);
      }
    await sameAsRowWise(p);
  });

  it('is taken on a file of plain numbers and keeps every double bit for bit', async () => {
    let a = 12345;
    const rand = () => ((a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32) as number;
    const texts: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const x = rand() * 10 ** Math.floor(rand() * 40 - 20);
      const forms = [String(x), x.toExponential(), x.toFixed(6), String(Math.round(x * 1e6))];
      texts.push(forms[k % forms.length]);
    }
    const p = file(
      'region,industry,value\n' + texts.map((t, k) => `r${k % 7},i${k % 5},${t}`).join('\n'),
    );
    const typed = await typedValues(p);
    expect(typed).not.toBeNull();
    texts.forEach((t, k) => expect(Object.is(typed?.[k], Number(t))).toBe(true));
    await sameAsRowWise(p);
  });

  it('is not tried on a file holding an underscore (read_csv takes it as a digit separator)', async () => {
    const p = file('region,industry,value\na_1,x,1\nb,y,2\n');
    expect(await typedValues(p)).toBeNull();
    await sameAsRowWise(p);
  });

  it('gives the row-wise answer or errors on blank rows, empty labels, bad rows, a first value column', async () => {
    for (const text of [
      'region,industry,value\na,x,1\n,,\n\nb,y,2\n',
      'region,industry,value\na,x,1\n,y,2\nb,,3\n',
      'region,industry,value\na,x,-1\nb,y,\nc,z,abc\nd,w,1e999\n',
      'value,region,industry\n1,a,x\n2,b,y\n',
    ])
      await sameAsRowWise(file(text));
  });
});
