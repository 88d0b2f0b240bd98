import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOrganizationList } from '../../src/services/resolution/read-organization-list.ts';
import { resolveOrganizations } from '../../src/services/resolution/resolve-organizations.ts';

const DIR = 'tests/fixtures/resolution';

describe('resolution on real pairs (tests/fixtures/resolution/README.md)', () => {
  it('matches Shenzhen full legal names to listed short names with precision ≥ 0.99 and recall ≥ 0.95', async () => {
    const left = await readOrganizationList(`${DIR}/szse-left.csv`);
    const right = await readOrganizationList(`${DIR}/listed-right.csv`);
    const truth = new Map(
      readFileSync(`${DIR}/truth.csv`, 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(',') as [string, string]),
    );
    expect(left).toHaveLength(288);
    expect(truth.size).toBe(288);
    const { pairs, counts } = resolveOrganizations(left, right);
    const matches = pairs.filter((p) => p.decision === 'match');
    const correct = matches.filter((p) => truth.get(p.leftId) === p.rightId).length;
    const precision = correct / matches.length;
    const recall = correct / truth.size;
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(counts.match).toBe(matches.length);
  });
});
