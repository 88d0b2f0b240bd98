import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import { garbledReason, textProblem } from '../../src/core/text/sanitize.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore, signedIn } from '../api/fixture.ts';
import { runAtlas } from '../cli/run-atlas.ts';
import { encodeBig5, encodeGb18030, PARQUET_BASE_SQL } from './hostile-files.ts';

/** Issue 22, items 6, 10, 11, 13 and 14, each by the case the campaign found. */
let dir: string;
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-safe-'));
  db = await fixtureStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (name: string, bytes: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
    return undefined;
  } catch (e) {
    if (!isAtlasError(e)) throw e;
    return e;
  }
};
const count = async () => Number((await db.one('SELECT count(*) AS n FROM organizations'))!.n);

/** A Parquet file whose footer names a column the schema does not have (hyparquet left its read unobserved). */
async function renamedColumnParquet(): Promise<string> {
  const base = join(dir, 'base.parquet');
  const duck = await DuckDBInstance.create(':memory:');
  const conn = await duck.connect();
  await conn.run(PARQUET_BASE_SQL(base));
  conn.closeSync();
  const bytes = readFileSync(base);
  const footer = bytes.length - 8 - bytes.readUInt32LE(bytes.length - 8);
  bytes[bytes.indexOf(Buffer.from('province'), footer) + 2] ^= 0x20;
  return put('renamed.parquet', bytes);
}

describe('item 6: no parser error escapes', () => {
  it('a corrupt Parquet file is ATLAS_E_FILE_FORMAT naming it, through the service, the API preview and the CLI (no stack trace)', async () => {
    const path = await renamedColumnParquet();
    const e = await refusal(importFile(db, path, { kind: 'organizations' }));
    expect(e?.code).toBe('ATLAS_E_FILE_FORMAT');
    expect(e?.message).toContain('renamed.parquet');
    const res = await app.inject({
      method: 'POST',
      url: '/api/imports?kind=organizations&mode=preview&file=renamed.parquet',
      payload: readFileSync(path),
      headers: { ...analyst, 'content-type': 'application/octet-stream' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'ATLAS_E_FILE_FORMAT' });
    const cli = runAtlas([
      'import',
      path,
      '--kind',
      'organizations',
      '--db',
      join(dir, 'cli.duckdb'),
    ]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('error ATLAS_E_FILE_FORMAT');
    expect(cli.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('item 10: strict decoding, no merge across external ids, no garbled overwrite', () => {
  it('names the line of a byte sequence invalid in the declared or detected encoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name,province\n湘潭甲有限公司,湖南\n'),
      Buffer.from([0xe6, 0xb5, 0x2c]),
      Buffer.from('湖南\n湘潭乙有限公司,湖南\n'),
    ]);
    const e = await refusal(importFile(db, put('bad.csv', bytes), { kind: 'organizations' }));
    expect(e?.code).toBe('ATLAS_E_FILE_ENCODING');
    expect(e?.details).toMatchObject({ encoding: 'utf-8', rows: [{ row: 3 }] });
    const gb = put('gb.csv', encodeGb18030('name,province\n湘潭丙有限公司,湖南\n'));
    const declared = await refusal(
      importFile(db, gb, { kind: 'organizations', encoding: 'utf-8', dryRun: true }),
    );
    expect(declared?.code).toBe('ATLAS_E_FILE_ENCODING');
    expect(declared?.message).toContain('declared');
  });

  it('detects Big5 and UTF-16 and says so', async () => {
    const text =
      'name,province\n台灣積體電路製造股份有限公司,廣東\n鴻海精密工業股份有限公司,廣東\n聯發科技股份有限公司,廣東\n';
    const big5 = await importFile(db, put('big5.csv', encodeBig5(text)), {
      kind: 'organizations',
      dryRun: true,
    });
    expect(big5.encoding).toBe('big5');
    expect(big5.warnings.map((w) => w.code)).toContain('ATLAS_W_ENCODING_DETECTED');
    // ASCII only, the province in pinyin: an unknown province ('x') would refuse every row.
    const ascii = text.replace(/廣東/g, 'Guangdong').replace(/[^ -~\n]+/g, 'x');
    const u16 = Buffer.from(ascii, 'utf16le');
    const r16 = await importFile(db, put('u16.csv', u16), { kind: 'organizations', dryRun: true });
    expect(r16.encoding).toBe('utf-16le');
    expect(r16.warnings.map((w) => w.code)).toContain('ATLAS_W_ENCODING_DETECTED');
  });

  it('keeps three rows with different ts_codes apart though name and area agree', async () => {
    const before = await count();
    const csv =
      'ts_code,name,area\n900001.SZ,湘潭丁有限公司,湖南\n900002.SZ,湘潭丁有限公司,湖南\n900003.SZ,湘潭丁有限公司,湖南\n';
    const r = await importFile(db, put('three.csv', csv), { kind: 'organizations' });
    expect(r.records).toBe(3);
    expect(await count()).toBe(before + 3);
  });

  it('never overwrites a name with garbled text unless told', async () => {
    const one = await openStore({ path: ':memory:' });
    await one.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'org-ts_code-000001.SZ',
          name: '平安银行股份有限公司',
          kind: 'enterprise',
          region: '440300',
          externalIds: { ts_code: '000001.SZ' },
          provenance: { source: 't', method: 'manual' },
        }),
      ]),
    );
    // A Big5 copy: 银 has no Big5 form and became '?'.
    const path = put(
      'big5-names.csv',
      encodeBig5('ts_code,name,area\n000001.SZ,平安银行股份有限公司,深圳\n'),
    );
    const e = await refusal(importFile(one, path, { kind: 'organizations' }));
    expect(e?.code).toBe('ATLAS_E_INVALID_ROWS');
    expect((e?.details.rows as { code: string }[])[0].code).toBe('ATLAS_E_ROW_GARBLED_TEXT');
    expect(
      (await one.one("SELECT name FROM organizations WHERE id = 'org-ts_code-000001.SZ'"))?.name,
    ).toBe('平安银行股份有限公司');
    await importFile(one, path, { kind: 'organizations', acceptGarbled: true });
    expect(
      (await one.one("SELECT name FROM organizations WHERE id = 'org-ts_code-000001.SZ'"))?.name,
    ).toBe('平安?行股份有限公司');
    one.close();
  });
});

describe('item 11: row- and file-level errors, never a database or stack error', () => {
  it('a repeated ts_code with another name is a row error naming both rows', async () => {
    const before = await count();
    const csv = 'ts_code,name,area\n900011.SZ,湘潭戊有限公司,湖南\n900011.SZ,湘潭己有限公司,湖南\n';
    const e = await refusal(importFile(db, put('dup.csv', csv), { kind: 'organizations' }));
    expect(e?.code).toBe('ATLAS_E_INVALID_ROWS');
    expect(e?.details.rows).toEqual([
      expect.objectContaining({ row: 3, code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT' }),
    ]);
    expect(String((e?.details.rows as { reason: string }[])[0].reason)).toContain('row 2');
    expect(await count()).toBe(before);
  });

  it('a 100,000-deep JSON is a file-level error', async () => {
    const deep = put('deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
    const e = await refusal(importFile(db, deep, { kind: 'organizations' }));
    expect(e?.code).toBe('ATLAS_E_FILE_TOO_LARGE');
    expect(e?.details).toMatchObject({ limit: 'jsonMaxDepth' });
  });
});

describe('item 13: bad input is a 400 with a stable code, and no SQL leaves the server', () => {
  it.each([
    '/api/services?cluster=cxc-ok',
    '/api/organizations?page=99999999999',
    '/api/organizations?page=1e400',
    '/api/organizations?page=Infinity',
    '/api/demands?page=Infinity',
    '/api/imports?page=1e400',
    '/api/imports?pageSize=Infinity',
    '/api/audit?page=18446744073709551616',
    '/api/matches/rank?q=a&buyer=%5C',
    '/api/spatial/clusters?industry=39&epsKm=1e400',
  ])('%s', async (url) => {
    const res = await app.inject({ url, headers: analyst });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toMatch(/SELECT|FROM |VARCHAR|Conversion Error|"sql"/);
    if (res.statusCode >= 400) expect(res.json().code).toMatch(/^ATLAS_E_/);
  });

  it('a 1×1 matrix gives null figures, not a 500, on every complexity route', async () => {
    const one = await openStore({ path: ':memory:' });
    await one.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'x1',
          name: '甲',
          kind: 'enterprise',
          region: '440300',
          industries: ['3971'],
          provenance: { source: 't', method: 'manual' },
        }),
      ]),
    );
    const small = await buildApp({ db: one });
    for (const url of [
      '/api/complexity/regions',
      '/api/complexity/industries',
      '/api/complexity/space',
      '/api/complexity/opportunities?region=440300',
    ]) {
      const res = await small.inject({ url });
      expect(res.statusCode, url).toBe(200);
    }
    const regions = (await small.inject({ url: '/api/complexity/regions' })).json();
    expect(regions.rows[0].eci).toBeNull();
    await small.close();
    one.close();
  });
});

describe('item 14: one text rule and one name limit for every entry path', () => {
  it('refuses NUL, bidi overrides and lone surrogates, and passes kana and plain text', () => {
    for (const bad of ['a\u0000b', '甲\u202E乙', 'a\u2066b', 'a\uD800b', 'a\uDC00'])
      expect(textProblem(bad), JSON.stringify(bad)).toBeDefined();
    for (const ok of ['平安银行', 'トヨタ自動車株式会社', 'AT&T (中国) 有限公司', 'line\nbreak'])
      expect(textProblem(ok)).toBeUndefined();
    expect(garbledReason('æ·±åœ³')).toBeDefined();
    expect(garbledReason('平安?行')).toBeDefined();
    expect(garbledReason('a\uFFFDb')).toBeDefined();
    expect(garbledReason('トヨタ自動車')).toBeUndefined();
  });

  it('import: a bidi override is a row error, a 2,000,000-character name too, a 301-character one too', async () => {
    const cases: [string, string][] = [
      ['bidi.csv', 'name,province\n"湘潭\u202E庚有限公司",湖南\n'],
      ['huge.csv', `name,province\n${'长'.repeat(2_000_000)},湖南\n`],
      ['n301.csv', `name,province\n${'长'.repeat(301)},湖南\n`],
    ];
    for (const [name, text] of cases) {
      const e = await refusal(importFile(db, put(name, text), { kind: 'organizations' }));
      expect(e?.code, name).toBe('ATLAS_E_INVALID_ROWS');
      expect((e?.details.rows as { row: number }[])[0].row, name).toBe(2);
    }
  });

  it('API: PATCH and any body or query with a NUL or a bidi override is a 400', async () => {
    const patch = await app.inject({
      method: 'PATCH',
      url: '/api/organizations/o1',
      payload: { name: '深圳甲电子\u202E有限公司' },
      headers: analyst,
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().code).toBe('ATLAS_E_BAD_VALUE');
    const long = await app.inject({
      method: 'PATCH',
      url: '/api/organizations/o1',
      payload: { name: '长'.repeat(301) },
      headers: analyst,
    });
    expect(long.statusCode).toBe(400);
    const query = await app.inject({ url: '/api/organizations?q=%00' });
    expect(query.statusCode).toBe(400);
    expect(query.json().code).toBe('ATLAS_E_BAD_VALUE');
  });
});
