import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAtlas } from './run-atlas.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-world-'));
const db = join(dir, 'atlas.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas world and atlas cross-region', () => {
  it('prints a field beside its US counterpart and the world clusters, each figure with its source', () => {
    const r = runAtlas([
      'world',
      '--field',
      'construction-machinery',
      '--format',
      'json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      figure: string;
      subject: string;
      value: unknown;
      source: string;
    }[];
    const houston = rows.find(
      (x) => x.subject === 'world-houston-petrochemicals' && x.figure === 'firms',
    );
    expect(houston).toMatchObject({ value: 1000 });
    expect(houston?.source).toContain('先进制造业集群现代科技支撑体系建设研究');
    expect(r.stderr).toContain('US counterpart: Production Technology and Heavy Machinery (DPS 40');
  });

  it('refuses a cluster the atlas does not hold, in one line with a hint', () => {
    const r = runAtlas(['cross-region', 'no-such-cluster', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ATLAS_E_NOT_FOUND.*no-such-cluster/);
  });
});
