import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const expected = JSON.parse(
  readFileSync(new URL('../fixtures/evaluation/expected.json', import.meta.url), 'utf8'),
);

describe('atlas weights / atlas evaluate', () => {
  it('weights ahp --json prints {weights, lambdaMax, CI, CR}; a bad matrix names row and column', () => {
    const m = join(dir, 'ahp.csv');
    writeFileSync(m, ',速度,成本,舒适\n速度,1,3,5\n成本,1/3,1,3\n舒适,1/5,1/3,1\n');
    const r = atlas('weights', 'ahp', '--matrix', m, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const e = expected.ahp3.eigenvector;
    expect(Math.abs(out.weights['速度'] - e.weights[0])).toBeLessThan(1e-9);
    expect(Math.abs(out.CR - e.CR)).toBeLessThan(1e-9);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, ',a,b\na,1,x\nb,1,1\n');
    const b = atlas('weights', 'ahp', '--matrix', bad);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('row 2, column b');
  });

  it('evaluate: TOPSIS with Monte-Carlo rank intervals, reproducible by seed', () => {
    const d = join(dir, 'data.csv');
    const rows = ['alternative,indicator,value'];
    expected.topsisAircraft.x.forEach((r: number[], i: number) =>
      r.forEach((v, j) => rows.push(`A${i + 1},x${j + 1},${v}`)),
    );
    writeFileSync(d, rows.join('\n') + '\n');
    const args = [
      'evaluate',
      '--data',
      d,
      '--method',
      'topsis',
      '--runs',
      '50',
      '--seed',
      '3',
      '--format',
      'csv',
    ];
    const a = atlas(...args);
    expect(a.code).toBe(0);
    expect(a.stdout.split('\n')[0]).toBe('alternative,score,rank,rank_low,rank_high');
    expect(atlas(...args).stdout).toBe(a.stdout);
  });
});
