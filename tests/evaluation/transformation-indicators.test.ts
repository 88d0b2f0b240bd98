/**
 * Green and digital indicators of a cluster from its member firms' imported
 * inputs (transformation-indicators.ts), through the evaluation: computed
 * when imported, hand-checked; when nobody imported them, the error names
 * the input and the import command.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../src/core/model/cluster.ts';
import { clusterScorecard } from '../../src/services/evaluation/cluster-scorecard.ts';
import { rankClusters } from '../../src/services/evaluation/rank-clusters.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeIndicators, type IndicatorValue } from '../../src/store/indicators.ts';
import { steelStore } from '../consolidation/fixture.ts';

const SYSTEM = fileURLToPath(
  new URL('../../data/index-systems/green-digital-transformation.json', import.meta.url),
);
const PATH = fileURLToPath(
  new URL('../../data/index-systems/basic-industry-path.json', import.meta.url),
);
const prov = { source: 'test fixture', method: 'manual' as const, year: 2024 };
const org = (subject: string, indicator: string, value: number, year = 2024): IndicatorValue => ({
  subjectType: 'organization',
  subject,
  indicator,
  year,
  value,
  provenance: { ...prov, synthetic: false, verified: true } as never,
});

let db: Duck;
beforeAll(async () => {
  db = await steelStore();
  // A second cluster: the two smaller firms (an evaluation ranks two or more).
  await db.transaction((tx) =>
    writeClusters(tx, [
      Cluster.parse({
        id: 'test-steel-2',
        name: '测试钢铁产业集群二',
        regions: ['130200'],
        members: [{ organization: 'wu' }, { organization: 'ji' }],
        provenance: prov,
      }),
    ]),
  );
});
afterAll(() => db.close());

describe('green and digital indicators in the evaluation', () => {
  it('without imported inputs the error names what to import', async () => {
    await expect(rankClusters(db, { system: SYSTEM })).rejects.toMatchObject({
      code: 'ATLAS_E_INDEX_SYSTEM',
      message: expect.stringMatching(
        /green_factories: no cluster has the data for Green factories.*import the member firms' green_factory values \(atlas import --kind indicators/,
      ),
    });
  });

  it('computed from the firms’ inputs: counts, shares among reporters, energy per output', async () => {
    await db.transaction((tx) =>
      writeIndicators(tx, [
        org('jia', 'green_factory', 1),
        org('yi', 'green_factory', 0),
        org('wu', 'green_factory', 1),
        org('jia', 'green_supply_chain', 1),
        org('jia', 'ultra_low_emission', 1),
        org('yi', 'ultra_low_emission', 1),
        org('bing', 'ultra_low_emission', 0),
        // Energy in tce; output (万元) of the fixture: jia 40, yi 30 in 2024.
        org('jia', 'energy_tce', 8),
        org('yi', 'energy_tce', 9),
        org('wu', 'energy_tce', 1),
        org('jia', 'digital_maturity_level', 4),
        org('yi', 'digital_maturity_level', 2),
        org('jia', 'smart_factory', 1),
        org('jia', 'industrial_internet', 1),
        org('ji', 'industrial_internet', 0),
        org('wu', 'digital_maturity_level', 3),
        org('wu', 'smart_factory', 0),
        org('wu', 'green_supply_chain', 0),
        org('wu', 'ultra_low_emission', 1),
      ]),
    );
    const r = await rankClusters(db, { system: SYSTEM });
    const v = (cluster: string, indicator: string) =>
      r.values.find((x) => x.alternative === cluster && x.indicator === indicator)?.value;
    expect(v('test-steel', 'green_factories')).toBe(2); // jia, wu
    expect(v('test-steel', 'green_factory_share')).toBeCloseTo(2 / 3, 12);
    expect(v('test-steel', 'ultra_low_emission_share')).toBeCloseTo(3 / 4, 12);
    expect(v('test-steel', 'energy_per_output')).toBeCloseTo((8 + 9 + 1) / (40 + 30 + 3), 12);
    expect(v('test-steel', 'digital_maturity_mean')).toBeCloseTo(3, 12);
    expect(v('test-steel', 'digital_maturity_level3_share')).toBeCloseTo(2 / 3, 12);
    expect(v('test-steel-2', 'industrial_internet_share')).toBe(0);
    expect(v('test-steel-2', 'green_factories')).toBe(1);
    expect(r.rows.map((x) => x.alternative)).toEqual(['test-steel', 'test-steel-2']);
  });

  it('the basic-industry diagnosis cites concentration and energy use (basic-industry-path system)', async () => {
    const r = await rankClusters(db, { system: PATH });
    const v = (cluster: string, indicator: string) =>
      r.values.find((x) => x.alternative === cluster && x.indicator === indicator)?.value;
    // test-steel: outputs 40, 30, 20, 5, 3, 2 → HHI 2938, CR4 95 (consolidation fixture).
    expect(v('test-steel', 'hhi_firms')).toBeCloseTo(2938, 9);
    expect(v('test-steel', 'crn_firms')).toBeCloseTo(95, 9);
    // test-steel-2: outputs 3 and 2 → shares 60, 40: HHI 5200, CR4 100.
    expect(v('test-steel-2', 'hhi_firms')).toBeCloseTo(5200, 9);
    const card = await clusterScorecard(db, 'test-steel', {
      system: PATH,
      peers: ['test-steel-2'],
    });
    expect(card.typology?.type).toBe('basic');
    const low = card.diagnosis.find((d) => d.problem === 'low_concentration')!;
    expect(low.status).toBe('indicated');
    expect(low.evidence.map((e) => e.indicator).sort()).toEqual(['crn_firms', 'hhi_firms']);
    const env = card.diagnosis.find((d) => d.problem === 'environmental_constraint')!;
    expect(env.status).not.toBe('no data');
    expect(env.evidence.map((e) => e.indicator)).toEqual(['energy_per_output']);
  });
});
