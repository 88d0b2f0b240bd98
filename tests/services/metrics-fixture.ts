import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A tiny atlas for the metric and homogeneity tests: three provinces × three
 * GB/T 4754 divisions, employees in 2024 (one organisation per cell):
 *
 *             39 (electronics)  27 (pharma)  13 (food)   total
 *   110000 A        60              40           0        100
 *   310000 B        33              17          50        100
 *   440000 C         0              10          90 (syn.) 100
 *   total           93              67         140        300
 *
 * LQ_A39 = 0.6/0.31, LQ_A27 = 0.4/(67/300), LQ_B39 = 0.33/0.31,
 * LQ_B13 = 0.5/(140/300), LQ_C13 = 0.9/(140/300) are ≥ 1; the others < 1.
 * The 90 of C×13 are synthetic: 30 % of the total. Two more organisations
 * cannot be placed at province × division: one without a region, one with
 * only a label; one has no 2024 measure.
 */
const manual = { source: 'test fixture', method: 'manual' as const, year: 2024 };
const org = (
  id: string,
  region: string | undefined,
  industries: string[],
  employees: number | null,
  synthetic = false,
) =>
  Organization.parse({
    id,
    name: `测试单位 ${id}`,
    kind: 'enterprise',
    region,
    industries,
    industryLabels: industries.length ? [] : ['生物医药'],
    measures: employees === null ? [] : [{ year: 2024, employees }],
    provenance: synthetic ? { source: 'test', method: 'synthetic', synthetic: true } : manual,
  });

export const TINY_ORGS = [
  org('a39', '110105', ['3911'], 60),
  org('a27', '110108', ['C2710', '1310'], 40), // letter-prefixed code; secondary industry ignored
  org('b39', '310115', ['3912'], 33),
  org('b27', '310104', ['2720'], 17),
  org('b13', '310115', ['1310'], 50),
  org('c27', '440305', ['2710'], 10),
  org('c13', '440306', ['1320'], 90, true),
  org('nowhere', undefined, ['3911'], 7),
  org('labelled', '440305', [], 5),
  org('no-measure', '440305', ['3911'], null),
];

export async function tinyStore(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  await db.transaction((tx) => writeOrganizations(tx, TINY_ORGS));
  return db;
}
