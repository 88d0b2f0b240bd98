import {
  overCapacitySignals,
  type OverCapacityRow,
} from '../../analytics/concentration/over-capacity-signal.ts';
import type {
  OverCapacityAnswer,
  OverCapacityQuery,
  OverCapacityRowAnswer,
  OverCapacitySignal,
} from '../../contract/over-capacity.ts';
import { AtlasError, warning } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  overCapacityNames,
  readOverCapacityInputs,
  readRegionOutputYears,
} from '../../store/queries/over-capacity-inputs.ts';

/**
 * The basic industries of the cluster typology's basic-industry path, as GB/T
 * 4754-2017 divisions: textiles (17), petroleum and coal products (25),
 * chemicals (26), non-metallic mineral products — building materials (30),
 * ferrous metals — steel (31), non-ferrous metals (32). Light industry spans
 * many divisions: name them with `industries`.
 */
export const BASIC_INDUSTRIES = ['17', '25', '26', '30', '31', '32'] as const;

const WORDS: Record<OverCapacitySignal, { zh: string; en: string }> = {
  'specialised-output-falling': {
    zh: '专业化程度高（区位商 ≥ {lq}），而产值下降、降幅大于全行业：产能可能超出现有需求',
    en: 'specialised (LQ ≥ {lq}) while output falls faster than the industry’s: plant may exceed what is now made',
  },
  'specialised-lagging': {
    zh: '专业化程度高（区位商 ≥ {lq}），而产值年增速比全行业低 {lag} 个百分点以上',
    en: 'specialised (LQ ≥ {lq}) while output grows more than {lag} percentage points a year slower than the industry',
  },
  'many-small-firms-falling': {
    zh: '企业多而小（中位企业产值低于全行业中位数），且半数以上企业产值下降',
    en: 'many small firms (the median firm below the industry’s median) and at least half of them with falling output',
  },
};

const METHOD = {
  zh: '信号而非产能数据：不读取、不估算任何产能数字。区位商按终止年产值计算，以所载入的同级全部地区为参照；增速为起止年间产值的年均增速；全行业增速按所载入地区合计。企业结构只用图谱中企业自身的产值（两年都有的企业）。信号提示需要进一步核查产能利用率，而非判定产能过剩。',
  en: 'A signal, not capacity data: no capacity figure is read or estimated. LQ from output at the later year, against all loaded regions of the level; growth is the yearly growth of output between the two years; the industry’s growth over the loaded regions together. The firm structure uses firms’ own output in the atlas (firms with output in both years). A signal points to where capacity utilisation should be checked; it does not establish over-capacity.',
};

const fill = (s: string, lq: number, lag: number) =>
  s.replace('{lq}', String(lq)).replace('{lag}', String(Math.round(lag * 1000) / 10));

/** The two years: as asked, else the latest with output and the earliest within five years before it. */
function yearsOf(years: number[], q: OverCapacityQuery): { from: number; to: number } | null {
  const to = q.to ?? years.at(-1);
  if (to === undefined) return null;
  const from = q.from ?? years.find((y) => y >= to - 5 && y < to);
  if (from === undefined) return null;
  if (from >= to)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `from (${from}) must be before to (${to})`, {
      from,
      to,
    });
  return { from, to };
}

/** Over-capacity signals by region × division from the loaded regional statistics and firms' output. */
export async function overCapacity(db: Duck, q: OverCapacityQuery): Promise<OverCapacityAnswer> {
  const level = q.level ?? 'province';
  const industries = q.industries?.length ? q.industries : [...BASIC_INDUSTRIES];
  const thresholds = { lq: q.lq ?? 1.25, lag: q.lag ?? 0.05, minFirms: q.minFirms ?? 5 };
  const years = yearsOf(await readRegionOutputYears(db, level), q);
  const base = {
    level,
    industries,
    thresholds,
    method: METHOD,
  };
  if (!years)
    return {
      ...base,
      from: null,
      to: null,
      rows: [],
      provenance: { sources: [], note: 'no regional output loaded at this level' },
      warnings: [
        warning(
          'ATLAS_W_TOO_LITTLE_DATA',
          `no two years of regional output at ${level} level: load yearbook tables (atlas import --kind region-statistics) for at least two years`,
          { level },
        ),
      ],
    };
  const inputs = await readOverCapacityInputs(db, level, industries, years.from, years.to);
  const rows = overCapacitySignals(inputs.cells, inputs.regionTotals, inputs.firms, {
    fromYear: years.from,
    toYear: years.to,
    lqMin: thresholds.lq,
    lag: thresholds.lag,
    minFirms: thresholds.minFirms,
  });
  const names = await overCapacityNames(db, [...new Set(rows.map((r) => r.region))], industries);
  const shown = rows
    .filter((r) => q.signalledOnly === false || r.signals.length > 0)
    .sort((a, b) => b.signals.length - a.signals.length || (b.lq ?? 0) - (a.lq ?? 0));
  return {
    ...base,
    ...years,
    rows: shown.map((r) => answerRow(r, inputs.cells, names, thresholds)),
    provenance: {
      sources: inputs.sources,
      note: `regional output: region_statistics at ${level} level, ${years.from} and ${years.to}; firm structure: firms' own output in the atlas (${inputs.firms.length} firms with output in both years)`,
    },
    warnings: [],
  };
}

function answerRow(
  r: OverCapacityRow,
  cells: { region: string; division: string; from: number | null; to: number | null }[],
  names: Map<string, { zh: string; en: string | null }>,
  t: { lq: number; lag: number },
): OverCapacityRowAnswer {
  const cell = cells.find((c) => c.region === r.region && c.division === r.division);
  const division = names.get(`d:${r.division}`);
  return {
    region: r.region,
    regionName: names.get(`r:${r.region}`)?.zh ?? r.region,
    division: r.division,
    divisionName: division?.zh ?? r.division,
    divisionNameEn: division?.en ?? null,
    outputFrom: cell?.from ?? null,
    outputTo: cell?.to ?? null,
    lq: r.lq,
    growth: r.growth,
    industryGrowth: r.industryGrowth,
    firms: r.firms?.firms ?? null,
    firmsFalling: r.firms?.falling ?? null,
    medianFirmOutput: r.firms?.medianOutput ?? null,
    divisionMedianFirmOutput: r.firms?.divisionMedian ?? null,
    signals: r.signals.map((code) => ({
      code,
      zh: fill(WORDS[code].zh, t.lq, t.lag),
      en: fill(WORDS[code].en, t.lq, t.lag),
    })),
  };
}
