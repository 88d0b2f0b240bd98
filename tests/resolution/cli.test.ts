import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'atlas-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const left = join(dir, 'left.csv');
const right = join(dir, 'right.csv');
writeFileSync(
  left,
  'id,name,region\nL1,中联重科股份有限公司,430100\nL2,审计测试液压科技(长沙)有限公司,长沙市\nL3,三一重工股份有限公司,湖南\n',
);
writeFileSync(
  right,
  '编号,企业名称,省份,统一社会信用代码\nR1,中联重科,湖南,\nR2,审计测试液压科技有限公司,湖南,\nR3,湖北三一能源有限公司,湖北,\n',
);

describe('atlas resolve', () => {
  it('writes left_id,right_id,score,decision,reasons to --out', () => {
    const out = join(dir, 'pairs.csv');
    const r = atlas('resolve', left, right, '--out', out);
    expect(r.code, r.err).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('left_id,right_id,score,decision,reasons');
    expect(lines).toContain('L1,R1,1,match,same_name;same_province');
    expect(lines.some((l) => l.startsWith('L2,R2,1,match'))).toBe(true);
    expect(lines.some((l) => l.startsWith('L3,'))).toBe(false);
    expect(r.err).toContain('2 matches');
  });

  it('answers JSON, and names the file, row and column of a bad row', () => {
    const j = atlas('resolve', left, right, '--format', 'json');
    expect(j.code, j.err).toBe(0);
    const rows = JSON.parse(j.out) as { left_id: string; reasons: string[] }[];
    expect(rows[0]).toMatchObject({ left_id: 'L1', right_id: 'R1', decision: 'match' });
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,name\nA,甲公司\nB,\n');
    const r = atlas('resolve', bad, right);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('ATLAS_E_ROW_MISSING_VALUE');
    expect(r.err).toMatch(/bad\.csv, row 3, column "name"/);
  });
});
