import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryRows } from '../../bench/registry-csv.ts';
import {
  type PreparedRecord,
  prepareRecord,
} from '../../src/analytics/resolution/prepare-record.ts';
import { DEFAULT_RESOLUTION_OPTIONS as o } from '../../src/analytics/resolution/resolution-options.ts';
import { boundFacts, scoreUpperBound } from '../../src/analytics/resolution/score-bound.ts';
import { scorePair } from '../../src/analytics/resolution/score-pair.ts';
import { UnitCountFilter } from '../../src/analytics/resolution/unit-count-filter.ts';
import { resolutionReference } from '../../src/services/resolution/resolution-reference.ts';
import {
  type OrganizationRow,
  toRecords,
} from '../../src/services/resolution/resolve-organizations.ts';

/**
 * The bounds the import matcher filters by never fall below a pair's score,
 * whatever the common-core counts say: listed firms' legal names against
 * their short forms, a seeded registry and names written in other ways.
 */
const listed = (
  JSON.parse(readFileSync('data/default/listed-firms.json', 'utf8')) as {
    organizations: { id: string; name: string; region?: string; industries?: string[] }[];
  }
).organizations.filter((_, i) => i % 23 === 0);

function records(): { left: PreparedRecord[]; right: PreparedRecord[] } {
  const { places } = resolutionReference();
  const gen = registryRows(5);
  const rows = listed.map((f) => ({
    id: f.id,
    name: f.name,
    region: f.region,
    industry: f.industries?.[0]?.slice(0, 2),
  }));
  const left = [
    ...rows.map((r, k) => ({
      ...r,
      id: `l${k}`,
      name: [
        r.name.slice(0, 4),
        `${r.name}(长沙)`,
        r.name.replace(/有限公司$/, ''),
        '深' + r.name.slice(2, 5),
      ][k % 4],
    })),
    ...Array.from({ length: 60 }, (_, i) => {
      const [name, uscc, region, , , industry] = gen(i).split(',');
      return {
        id: `g${i}`,
        name,
        uscc: i % 2 ? uscc : undefined,
        region,
        industry: industry.slice(0, 2),
      };
    }),
    { id: 'x1', name: 'Sany Heavy Industry' },
    { id: 'x2', name: '湖北能源集團股份有限公司', region: '42' },
    { id: 'x3', name: '中联重科', region: '430100' },
  ];
  const prep = (side: string, list: OrganizationRow[]) =>
    toRecords(list, side, []).map((r) => prepareRecord(r, places));
  return { left: prep('left', left), right: prep('right', rows) };
}

describe('score bounds', () => {
  const { left, right } = records();
  const facts = right.map(boundFacts);

  it('never fall below the score of a pair, common core or not', () => {
    let pairs = 0;
    for (const l of left) {
      const lf = boundFacts(l);
      right.forEach((r, j) => {
        const u = scoreUpperBound(l, r, lf, facts[j], o);
        for (const common of [true, false]) {
          const s = scorePair(l, r, { options: o, common: (c) => c.length <= 2 && common });
          expect(u).toBeGreaterThanOrEqual(s.score - 1e-12);
        }
        pairs++;
      });
    }
    expect(pairs).toBeGreaterThan(20_000);
  });

  it('let through every record that can reach review by the shared-unit counts', () => {
    const filter = new UnitCountFilter(right, facts);
    const floor = o.reviewAt - o.margin;
    const bonus = Math.max(o.cityBonus, o.regionBonus) + o.industryBonus;
    let reaching = 0;
    for (const l of left) {
      const lf = boundFacts(l);
      if (!UnitCountFilter.applies(lf)) continue;
      const passing = new Set(filter.passing(l, lf, floor - bonus));
      right.forEach((r, j) => {
        const best = Math.max(
          ...[true, false].map(
            (common) =>
              scorePair(l, r, { options: o, common: (c) => c.length <= 2 && common }).score,
          ),
        );
        if (best < floor) return;
        reaching++;
        expect(passing.has(j)).toBe(true);
      });
    }
    expect(reaching).toBeGreaterThan(50);
  });
});
