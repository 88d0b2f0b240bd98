import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorldInputs, worldFiles } from '../../scripts/build-world/build.ts';
import { checkWorldClusters, deriveConcordance } from '../../scripts/build-world/derive-world.ts';

/** The committed world data is what the script derives from ../shared/data, and cites its sources. */
const inputs = readWorldInputs();
const committed = (rel: string) => readFileSync(`data/${rel}`, 'utf8');

describe('world benchmark data', () => {
  it('us-clusters.json and naics-gbt4754.json are exactly what scripts/build-world derives', () => {
    for (const [rel, text] of Object.entries(worldFiles(inputs))) expect(committed(rel)).toBe(text);
  });

  it('holds the 51 DPS traded clusters with their 778 + 9 industries and related clusters', () => {
    const us = JSON.parse(committed('world/us-clusters.json')) as {
      clusters: { code: number; nameEn: string; naics: unknown[]; related: { code: number }[] }[];
    };
    expect(us.clusters).toHaveLength(51);
    expect(us.clusters.reduce((s, c) => s + c.naics.length, 0)).toBe(787);
    const heavy = us.clusters.find((c) => c.code === 40)!;
    expect(heavy.nameEn).toBe('Production Technology and Heavy Machinery');
    // CMP: Downstream Metal Products is the most related to heavy machinery (cr_all 0.90).
    expect(heavy.related[0]!.code).toBe(12);
  });

  it('maps construction machinery (GB/T 3514) to NAICS 333120 in the heavy-machinery cluster, each row with a basis', () => {
    const rows = deriveConcordance(inputs);
    const cm = rows.find((r) => r.gbt4754 === '3514')!;
    expect(cm).toMatchObject({ naics: '333120', relation: 'equivalent', inferred: true });
    expect(cm.usCluster?.code).toBe(40);
    for (const r of rows) {
      expect(r.basis.length).toBeGreaterThan(10);
      expect(r.source).toContain('GB/T 4754');
    }
  });

  it('names the row and column of a bad code and writes nothing', () => {
    const bad = {
      ...inputs,
      judgementsCsv: 'gbt4754,naics,dps_naics,relation,basis\n9999,333120,,equivalent,x y z\n',
    };
    expect(() => deriveConcordance(bad)).toThrow(/row 2, column gbt4754: 9999/);
  });

  it('finds every quote of the world clusters in its source article', () => {
    const shared = (f: string) => readFileSync(`../shared/${f}`, 'utf8');
    expect(
      checkWorldClusters(committed('world/world-clusters.json'), shared, inputs.gbtCsv),
    ).toEqual([]);
    const forged = committed('world/world-clusters.json').replaceAll(
      '29 家企业总部',
      '39 家企业总部',
    );
    expect(checkWorldClusters(forged, shared, inputs.gbtCsv)).toHaveLength(2);
  });
});
