import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { numberOption } from '../../src/cli/options/number-option.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { runMain } from '../cli/run-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas generate', () => {
  it('parses whole numbers in range, else ATLAS_E_USAGE', () => {
    expect(numberOption.whole('firms', '250', 0, 1000)).toBe(250);
    for (const v of ['-1', '1.5', 'abc', '', '1e3', '1001']) {
      expect(() => numberOption.whole('firms', v, 0, 1000)).toThrow(AtlasError);
      try {
        numberOption.whole('firms', v, 0, 1000);
      } catch (e) {
        expect((e as AtlasError).code).toBe('ATLAS_E_USAGE');
        expect((e as AtlasError).message).toContain(`--firms`);
        expect((e as AtlasError).message).toContain(`"${v}"`);
      }
    }
  });

  it('writes the synthetic data set to --out and says on stderr that it is synthetic', async () => {
    const out = join(dir, 'g.json');
    const r = await runMain(['generate', '--seed', '5', '--firms', '60', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/SYNTHETIC/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.meta).toMatchObject({ seed: 5, firms: 60, synthetic: true });
    expect(data.organizations).toHaveLength(60);
  });

  it('exits 1 with ATLAS_E_USAGE on a bad seed, count or cluster', async () => {
    for (const args of [
      ['--seed', 'x'],
      ['--firms', '-2'],
      ['--firms', '999999999'],
      ['--clusters', 'cluster-nowhere'],
    ]) {
      const r = await runMain(['generate', ...args, '--out', join(dir, 'never.json')]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/ATLAS_E_USAGE/);
    }
  });
});
