import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/** `atlas import` as a user runs it: what it matched, held, renamed and refused, in words. */
const dir = mkdtempSync(join(tmpdir(), 'atlas-import-registry-'));
const db = join(dir, 'atlas.duckdb');
const USCC = '91430100MA4L0000X9';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args, '--db', db], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  const store = await openStore({ path: db });
  const org = (id: string, name: string, kind: string, region: string) =>
    Organization.parse({
      id,
      name,
      kind,
      region,
      provenance: { source: 'registry.csv', method: 'import', year: 2022 },
    });
  await store.transaction((tx) =>
    writeOrganizations(tx, [
      org('zl', '中联重科股份有限公司', 'enterprise', '430100'),
      org('mic', '未来通信高端器件制造业创新中心', 'platform', '440300'),
    ]),
  );
  store.close();
}, 60_000);

describe('atlas import against the atlas', () => {
  it('updates the firm of the same legal name, keeps a platform a platform, and says so', () => {
    const p = file(
      'again.csv',
      '名称,省份,年份,从业人员\n中联重科股份有限公司,湖南,2023,25000\n未来通信高端器件制造业创新中心,广东,2023,80\n',
    );
    const r = atlas('import', p, '--kind', 'organizations');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('organisations: 0 new, 2 updated, 0 unchanged, 0 held for review');
    expect(r.err).toContain('row 2 中联重科股份有限公司 → 中联重科股份有限公司 (zl; same name');
    const h = JSON.parse(atlas('history', 'mic', '--format', 'json').out) as { field: string }[];
    expect(h.map((c) => c.field)).not.toContain('kind');
  }, 180_000);

  it('lists a new name under the same USCC as a rename, which the history keeps', () => {
    expect(
      atlas(
        'import',
        file('a.csv', `名称,信用代码,省份\n洞庭示例机械有限公司,${USCC},湖南\n`),
        '--kind',
        'organizations',
      ).code,
    ).toBe(0);
    const r = atlas(
      'import',
      file('b.csv', `名称,信用代码,省份\n洞庭示例重工有限公司,${USCC},湖南\n`),
      '--kind',
      'organizations',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('renamed row 2: 洞庭示例机械有限公司 → 洞庭示例重工有限公司');
    const h = JSON.parse(atlas('history', `org-${USCC}`, '--format', 'json').out) as {
      field: string;
      by: string;
      source: string;
    }[];
    expect(h.find((c) => c.field === 'name')).toMatchObject({
      by: expect.stringMatching(/^cli:/),
      source: 'b.csv',
    });
  }, 180_000);

  it('holds an uncertain row, says how to decide it, and merges it as a person decides with --reviewed', () => {
    const group = file('group.csv', '名称,省份,城市\n湖南审计测试主机集团有限公司,湖南,长沙\n');
    const seeded = atlas('import', group, '--kind', 'organizations');
    expect(seeded.code, seeded.err).toBe(0);
    const p = file('fuzzy.csv', '名称,省份,从业人员\n审计测试液压科技(长沙)有限公司,湖南,120\n');
    const held = atlas('import', p, '--kind', 'organizations');
    expect(held.code, held.err).toBe(0);
    expect(held.err).toContain('1 held for review');
    const id = /merge it with --reviewed 2=(\S+),/.exec(held.err)?.[1];
    expect(id, held.err).toBeTruthy();
    const merged = atlas('import', p, '--kind', 'organizations', '--reviewed', `2=${id}`);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.err).toContain('organisations: 0 new, 1 updated, 0 unchanged, 0 held for review');
    const bad = atlas('import', p, '--kind', 'organizations', '--reviewed', 'row2=new');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--reviewed takes ROW=new or ROW=ID');
  }, 180_000);

  it('refuses an unknown province with file, row, column and value, and writes nothing', () => {
    const p = file('mars.csv', '名称,省份\n火星示例有限公司,火星省\n');
    const r = atlas('import', p, '--kind', 'organizations');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('ATLAS_E_INVALID_ROWS');
    expect(r.err).toContain(`${p}, row 2, column 省份: region "火星省" not found`);
    const s = atlas('search', '火星示例', '--format', 'json');
    expect(s.out).not.toContain('火星示例有限公司');
  }, 180_000);
});
