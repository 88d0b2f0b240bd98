import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';

/**
 * Green and digital transformation indicators of a cluster (the "plane"),
 * built from what an office imports for its member firms (the "point"):
 * flags from the lists it holds and firms' own figures, as organisation
 * indicators (`atlas import --kind indicators`, subject type organization).
 *
 * Firm inputs (indicator name → meaning, unit):
 *   green_factory           1 if on the MIIT green-factory list (绿色工厂), else 0
 *   green_supply_chain      1 if on the MIIT green supply-chain management list, else 0
 *   ultra_low_emission      1 if its ultra-low-emission retrofit is completed and
 *                           publicised (钢铁行业超低排放), else 0
 *   energy_tce              comprehensive energy consumption, tonnes of standard coal
 *                           equivalent (GB/T 2589-2020 综合能耗计算通则)
 *   digital_maturity_level  intelligent-manufacturing capability maturity level 1-5
 *                           (GB/T 39116-2020 智能制造能力成熟度模型)
 *   smart_factory           1 if recognised as a smart factory / 智能制造示范工厂, else 0
 *   industrial_internet     1 if it uses an industrial-internet platform, else 0
 * The latest year a firm reports counts. Energy per output divides by the
 * firms' gross output (万元) of the same year from their yearly measures;
 * the national statistic (单位工业增加值能耗) divides by value added, which
 * the atlas does not hold: the two are not comparable, and the name says so.
 */
export interface TransformationIndicator {
  id: string;
  dimension: 'green' | 'digital';
  nameZh: string;
  nameEn: string;
  unit: string;
  input: string;
  how: 'count' | 'share' | 'mean' | 'share-at-least-3' | 'per-output';
}

export const TRANSFORMATION_INDICATORS: readonly TransformationIndicator[] = [
  {
    id: 'green_factories',
    dimension: 'green',
    nameZh: '绿色工厂数',
    nameEn: 'Green factories',
    unit: 'firms',
    input: 'green_factory',
    how: 'count',
  },
  {
    id: 'green_factory_share',
    dimension: 'green',
    nameZh: '绿色工厂占比',
    nameEn: 'Share of firms that are green factories',
    unit: 'share',
    input: 'green_factory',
    how: 'share',
  },
  {
    id: 'green_supply_chain_firms',
    dimension: 'green',
    nameZh: '绿色供应链管理企业数',
    nameEn: 'Green supply-chain firms',
    unit: 'firms',
    input: 'green_supply_chain',
    how: 'count',
  },
  {
    id: 'ultra_low_emission_share',
    dimension: 'green',
    nameZh: '完成超低排放改造的企业占比',
    nameEn: 'Share of firms with ultra-low emissions',
    unit: 'share',
    input: 'ultra_low_emission',
    how: 'share',
  },
  {
    id: 'energy_per_output',
    dimension: 'green',
    nameZh: '单位总产值综合能耗',
    nameEn: 'Energy use per gross output',
    unit: 'tce per 10k yuan of output',
    input: 'energy_tce',
    how: 'per-output',
  },
  {
    id: 'digital_maturity_mean',
    dimension: 'digital',
    nameZh: '智能制造能力成熟度平均等级',
    nameEn: 'Mean intelligent-manufacturing maturity level',
    unit: 'level (1-5)',
    input: 'digital_maturity_level',
    how: 'mean',
  },
  {
    id: 'digital_maturity_level3_share',
    dimension: 'digital',
    nameZh: '成熟度三级及以上企业占比',
    nameEn: 'Share of assessed firms at maturity level 3 or above',
    unit: 'share',
    input: 'digital_maturity_level',
    how: 'share-at-least-3',
  },
  {
    id: 'smart_factories',
    dimension: 'digital',
    nameZh: '智能工厂数',
    nameEn: 'Smart factories',
    unit: 'firms',
    input: 'smart_factory',
    how: 'count',
  },
  {
    id: 'industrial_internet_share',
    dimension: 'digital',
    nameZh: '使用工业互联网平台的企业占比',
    nameEn: 'Share of firms using an industrial-internet platform',
    unit: 'share',
    input: 'industrial_internet',
    how: 'share',
  },
];

const BY_ID = new Map(TRANSFORMATION_INDICATORS.map((t) => [t.id, t]));

/** One indicator's definition; unknown ids fail listing the known ones. */
export function transformationIndicator(id: string): TransformationIndicator {
  const t = BY_ID.get(id);
  if (!t)
    throw new AtlasError(
      'ATLAS_E_UNKNOWN_NAME',
      `no transformation indicator ${id}; known: ${TRANSFORMATION_INDICATORS.map((x) => x.id).join(', ')}`,
      { id },
    );
  return t;
}

/** Firm inputs of a cluster's member enterprises: input → organisation → latest value. */
export type FirmInputs = Map<string, Map<string, number>>;

export interface ClusterFirmInputs {
  inputs: FirmInputs;
  /** Member enterprise → gross output (万元) by year. */
  output: Map<string, Map<number, number>>;
  /** Member enterprise → the year of its latest energy figure. */
  energyYear: Map<string, number>;
  firms: number;
}

/** Reads the imported firm inputs of a cluster's member enterprises. */
export async function readClusterFirmInputs(db: Duck, cluster: string): Promise<ClusterFirmInputs> {
  const rows = await db.all(
    `SELECT i.subject, i.indicator, i.year, i.value
     FROM indicators i JOIN cluster_members m ON m.organization = i.subject
     JOIN organizations o ON o.id = i.subject
     WHERE i.subject_type = 'organization' AND m.cluster = $cluster AND o.kind = 'enterprise'
       AND i.value IS NOT NULL
     ORDER BY i.year NULLS FIRST`,
    { cluster },
  );
  const inputs: FirmInputs = new Map();
  const energyYear = new Map<string, number>();
  for (const r of rows) {
    const ind = String(r.indicator);
    const byOrg = inputs.get(ind) ?? new Map<string, number>();
    byOrg.set(String(r.subject), Number(r.value)); // later years overwrite earlier ones
    inputs.set(ind, byOrg);
    if (ind === 'energy_tce' && r.year !== null) energyYear.set(String(r.subject), Number(r.year));
  }
  const out = await db.all(
    `SELECT ms.organization, ms.year, ms.output FROM measures ms
     JOIN cluster_members m ON m.organization = ms.organization
     WHERE m.cluster = $cluster AND ms.output IS NOT NULL`,
    { cluster },
  );
  const output = new Map<string, Map<number, number>>();
  for (const r of out) {
    const o = String(r.organization);
    output.set(o, (output.get(o) ?? new Map()).set(Number(r.year), Number(r.output)));
  }
  const f = await db.one(
    `SELECT count(*) AS n FROM cluster_members m JOIN organizations o ON o.id = m.organization
     WHERE m.cluster = $cluster AND o.kind = 'enterprise'`,
    { cluster },
  );
  return { inputs, output, energyYear, firms: Number(f?.n ?? 0) };
}

/**
 * The indicator for one cluster from its firms' inputs; null when no member
 * reports the input (the caller says what to import). Counts and shares
 * count the firms reporting the flag; a share divides by those reporting
 * it, not by all members (an unreported firm is unknown, not 0).
 */
export function transformationValue(
  t: TransformationIndicator,
  d: ClusterFirmInputs,
): number | null {
  const values = d.inputs.get(t.input);
  if (!values || values.size === 0) return null;
  const xs = [...values.values()];
  switch (t.how) {
    case 'count':
      return xs.filter((v) => v > 0).length;
    case 'share':
      return xs.filter((v) => v > 0).length / xs.length;
    case 'mean':
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    case 'share-at-least-3':
      return xs.filter((v) => v >= 3).length / xs.length;
    case 'per-output': {
      let energy = 0;
      let output = 0;
      for (const [org, e] of values) {
        const year = d.energyYear.get(org);
        const o = year === undefined ? undefined : d.output.get(org)?.get(year);
        if (o === undefined || o <= 0) continue;
        energy += e;
        output += o;
      }
      return output > 0 ? energy / output : null;
    }
  }
}

/** What to import for an indicator no cluster has: named for the error message. */
export function importHint(t: TransformationIndicator): string {
  const extra =
    t.how === 'per-output'
      ? ', and the same firms’ yearly output (organisations file, output column)'
      : '';
  return `import the member firms' ${t.input} values (atlas import --kind indicators FILE with columns subject_type,subject,indicator,year,value; subject_type organization, indicator ${t.input})${extra}`;
}
