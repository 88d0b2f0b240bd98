import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csrFromLabelledEdges } from '../../src/analytics/network/csr-from-labelled-edges.ts';
import { openColumnarCsv } from '../../src/services/columnar/open-columnar-csv.ts';
import { readEdgeGraph } from '../../src/services/network/read-edge-columns.ts';
import { readEdgesFile } from '../../src/services/network/read-edges-file.ts';
import { readLongColumns } from '../../src/services/metrics/read-long-columns.ts';
import { readLongFile } from '../../src/services/metrics/read-long-file.ts';
import { readPointRows, readPointsFile } from '../../src/services/spatial/read-points-file.ts';

/**
 * The columnar readers (DuckDB read_csv into typed arrays) against the
 * row-wise readers they replace, on regular and awkward files: the same
 * values, labels in the same order, the same warnings, and the same error
 * (code, message, every row, column and value named). Files the fast path
 * must take are checked to take it, so the comparison is not vacuous.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-columnar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
function file(text: string | Buffer, ext = '.csv'): string {
  const p = join(dir, `f${seq++}${ext}`);
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

async function fast(p: string): Promise<boolean> {
  const t = await openColumnarCsv(p);
  t?.close();
  return t !== null;
}

const LONG: [string, string, boolean][] = [
  ['plain', 'region,industry,value\na,x,1\nb,y,2.5\na,y,3\na,x,4\n', true],
  [
    'CRLF, BOM, blank lines, case',
    '\ufeffRegion,INDUSTRY,Value\r\na,x,1\r\n\r\nb,y,2\r\n,,\r\n  ,  ,  \r\n',
    true,
  ],
  [
    'quotes, commas, a cell over two lines',
    'region,industry,value\n"a, inc",x,"1,234"\n"b\nc",y,2\nd,"z ""q""",3\n',
    true,
  ],
  [
    'labels trimmed and merged',
    'region,industry,value\n a ,x,1\na,x ,2\n\u3000a\u3000,y,3\n',
    true,
  ],
  [
    'full-width, signs, exponents',
    'region,industry,value\na,x,１２\nb,x,+3\nc,x,1e3\nd,x,.5\ne,x,7.\n',
    true,
  ],
  [
    'integers: leading zeros, beyond 2^53 and beyond 64 bits, underscores, spaces',
    'region,industry,value\na,x,007\nb,x,0\nc,x,9007199254740993\nd,x,18446744073709551617\ne,x,1_000\nf,x, 12\ng,x,12 \nh,x,+0\n',
    true,
  ],
  ['extra and repeated columns', 'region,industry,value,value,note\na,x,1,2,n\nb,y,3,4,m\n', true],
  ['semicolons', 'region;industry;value\na;x;1\nb;y;2\n', true],
  [
    'bad rows',
    'region,industry,value\na,x,-1\n,y,2\nb, ,abc\nc,z,\nd,z,-\ne,z,1e999\nf,z,12万\n',
    true,
  ],
  ['bad rows after a two-line cell', 'region,industry,value\n"a\nb",x,1\nc,x,bad\n\nd,,2\n', true],
  ['missing column', 'region,sector,value\na,x,1\n', true],
  ['header only', 'region,industry,value\n', false],
  ['only blank rows', 'region,industry,value\n,,\n', false],
  ['irregular quotes', 'region,industry,value\n "a",x,1\nb"c,y,2\n', false],
  ['a row longer than the header', 'region,industry,value\na,x,1,9\n', true],
  ['a row shorter than the header', 'region,industry,value\na,x,1\nb,y\nc\n', true],
  ['upper-case and spaced headers', ' Region , Industry ,VALUE\na,x,1\n', true],
  ['tsv', 'region\tindustry\tvalue\na\tx\t1\n', true],
  ['one column', 'value\n1\n', true],
];

describe('readLongColumns agrees with readLongFile', () => {
  it.each(LONG)('%s', async (_name, text, takesFastPath) => {
    const p = file(text, _name === 'tsv' ? '.tsv' : '.csv');
    if (takesFastPath && !_name.includes('longer')) expect(await fast(p)).toBe(true);
    if (!takesFastPath) expect(await fast(p)).toBe(false);
    const want = await outcome(readLongFile(p, ['region', 'industry']));
    const got = await outcome(
      readLongColumns(p, ['region', 'industry']).then((r) => ({
        labels: Array.from(r.values, (_, k) => r.labels.map((l) => l.names[l.codes[k]])),
        values: [...r.values],
      })),
    );
    expect(got).toEqual(want);
  });

  it('GB18030 text goes the row-wise way and still agrees', async () => {
    const gb = Buffer.from([
      ...Buffer.from('region,industry,value\n'),
      0xb3,
      0xc9,
      0xb6,
      0xbc, // 成都
      ...Buffer.from(',x,1\n'),
    ]);
    const p = file(gb);
    expect(await fast(p)).toBe(false);
    const want = await readLongFile(p, ['region', 'industry']);
    const got = await readLongColumns(p, ['region', 'industry']);
    expect(got.labels[0].names).toEqual([want.labels[0][0]]);
  });

  it('an optional column is read when present and named when a required one is missing', async () => {
    const withYear = file('region,industry,year,value\na,x,2020,1\n');
    expect(
      (await readLongColumns(withYear, ['region', 'industry'], 'value', ['year'])).optional,
    ).toEqual(['year']);
    const noIndustry = file('region,value\na,1\n');
    const e = await outcome(readLongColumns(noIndustry, ['region', 'industry'], 'value', ['year']));
    expect(e).toMatchObject({
      error: { code: 'ATLAS_E_MISSING_COLUMN', details: { missing: ['industry', 'year'] } },
    });
  });
});

const EDGES: [string, string, { weighted?: boolean; directed?: boolean }][] = [
  ['plain', 'source,target\na,b\nb,c\nc,a\n', {}],
  [
    'loops, zeros, parallels, trims',
    'source,target,weight\na,b,1\n b ,a,2\nc,c,1\nd,e,0\na,b,3\ne, d,1\n',
    { weighted: true },
  ],
  ['directed parallels', 'source,target\na,b\nb,a\na,b\n', { directed: true }],
  [
    'bad weights',
    'Source,Target,Weight\na,b,x\n,c,1\nd,,\ne,f,-2\ng,h,"1,5"\n',
    { weighted: true },
  ],
  ['weight ignored without --weighted', 'source,target,weight\na,b,x\n', {}],
  ['missing weight column', 'source,target\na,b\n', { weighted: true }],
  ['blank rows and CRLF', 'source,target\r\na,b\r\n,\r\n\r\nb,c\r\n', {}],
];

describe('readEdgeGraph agrees with readEdgesFile + csrFromLabelledEdges', () => {
  it.each(EDGES)('%s', async (_name, text, opts) => {
    const p = file(text);
    expect(await fast(p)).toBe(true);
    const want = await outcome(
      readEdgesFile(p, opts).then((e) => ({
        graph: csrFromLabelledEdges({ ...e, directed: Boolean(opts.directed) }),
        warnings: e.warnings,
      })),
    );
    const got = await outcome(readEdgeGraph(p, opts));
    expect(got).toEqual(want);
  });
});

const POINTS: [string, string][] = [
  ['plain', 'id,lon,lat\na,104.1,30.6\nb,-73.9,40.7\n'],
  ['weights', 'ID,Lon,Lat,Weight,name\na,104.1,30.6,2,x\nb,106.5,29.5,,y\nc,1,1, ,z\n'],
  [
    'bad cells',
    'id,lon,lat,weight\n,104,30,1\nb,east,30,1\nc,200.0,95,1\nd,1,1,-1e0\ne,１０４,30,1\nf,1,1e999,1\ng,-1e999,1,1\n',
  ],
  ['blank rows', 'id,lon,lat\na,1,2\n,,\n\nb,3,4\n'],
];

describe('readPointsFile (columnar) agrees with the row-wise reader', () => {
  it.each(POINTS)('%s', async (_name, text) => {
    const p = file(text);
    expect(await fast(p)).toBe(true);
    for (const crs of ['wgs84', 'gcj02'] as const) {
      const want = await outcome(readPointRows(p, crs));
      const got = await outcome(readPointsFile(p, crs));
      expect(got).toEqual(want);
    }
  });
});

describe('openColumnarCsv', () => {
  it('leaves a path that read_csv would take for a glob pattern to the row-wise reader', async () => {
    const p = join(dir, 'data[1].csv');
    writeFileSync(p, 'region,industry,value\na,x,1\n');
    expect(await fast(p)).toBe(false);
    const got = await readLongColumns(p, ['region', 'industry']);
    expect([...got.values]).toEqual([1]);
  });
});
