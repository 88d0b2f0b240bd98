import { growthRate } from '../../analytics/evaluation/growth-rate.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { chooseYears } from '../evaluation/evaluate-years-report.ts';
import { runStoreMetric, type StoreMetricOptions } from './run-store-metric.ts';

export interface MetricYearsResult {
  metric: string;
  years: number[];
  baseYear: number;
  columns: string[];
  /** The metric's rows, one per unit and year, with the base year's value, the change and growth. */
  rows: Record<string, unknown>[];
  warnings: AtlasWarning[];
}

/**
 * `atlas metric NAME --source … --years A-B [--base-year Y]`: one metric of
 * the atlas's region × industry matrix for each year with data, each unit's
 * value beside its base-year value (default the first year), the change and
 * the growth rate (growth-rate.ts). A unit absent in the base year has no
 * change. For the command line (figures of every firm); the API's metric
 * route answers one year under the disclosure rule.
 */
export async function runStoreMetricYears(
  db: Duck,
  name: string,
  opts: StoreMetricOptions,
  years: number[] | undefined,
  baseYear: number | undefined,
): Promise<MetricYearsResult> {
  const probe = await runStoreMetric(db, name, { ...opts, year: baseYear ?? years?.[0] });
  const available = [...probe.matrix.years].sort((a, b) => a - b);
  const chosen = chooseYears(available, years, baseYear);
  const base = baseYear ?? chosen.years[0];
  const keyCols = probe.columns.filter((c) => c !== 'value');
  const keyOf = (r: Record<string, unknown>) => keyCols.map((c) => String(r[c])).join('\u0000');
  const byYear = new Map<number, Record<string, unknown>[]>();
  const warnings: AtlasWarning[] = [...chosen.warnings];
  for (const y of chosen.years) {
    const r =
      y === probe.matrix.year ? probe : await runStoreMetric(db, name, { ...opts, year: y });
    byYear.set(y, r.rows as unknown as Record<string, unknown>[]);
    warnings.push(...r.warnings.map((w) => ({ ...w, message: `${y}: ${w.message}` })));
  }
  const atBase = new Map((byYear.get(base) ?? []).map((r) => [keyOf(r), Number(r.value)]));
  const rows = chosen.years.flatMap((y) =>
    (byYear.get(y) ?? []).map((r) => {
      const v = Number(r.value);
      const b = atBase.get(keyOf(r));
      return {
        ...r,
        year: y,
        base_value: b ?? null,
        change: b === undefined || !Number.isFinite(v) ? null : v - b,
        growth: b === undefined ? null : growthRate(b, v),
      };
    }),
  );
  return {
    metric: name,
    years: chosen.years,
    baseYear: base,
    columns: [...keyCols, 'year', 'value', 'base_value', 'change', 'growth'],
    rows,
    warnings,
  };
}
