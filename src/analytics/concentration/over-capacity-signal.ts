/**
 * Over-capacity signals by region × industry from output over years — a
 * signal to look closer, not a measure of capacity: no capacity figure is
 * read, estimated or shown.
 *
 * Inputs    x_rd(y) output of region r in division d in years y0 < y1 (all
 *           regions of one level in the loaded tables), and the regions'
 *           output over every division X_r(y1).
 * Formulas  LQ_rd = (x_rd / X_r) / (Σ_r x_rd / Σ_r X_r) at y1 (the loaded
 *           regions are the reference economy);
 *           g_rd = (x_rd(y1) / x_rd(y0))^(1 / (y1 − y0)) − 1 (yearly growth);
 *           G_d the same over Σ_r x_rd (the division's growth in all regions).
 * Signals   specialised (LQ ≥ λ, default 1.25) and
 *           - `specialised-output-falling`: g_rd < 0 and g_rd < G_d — output
 *             concentrated here shrinks faster than the industry: plant
 *             built for more than is now made;
 *           - `specialised-lagging`: otherwise g_rd < G_d − δ (default 5
 *             percentage points a year);
 *           and, from firms' own figures where the atlas holds them (firms
 *           with output in both years, at least m of them, default 5):
 *           - `many-small-firms-falling`: the median firm's output at y1 is
 *             below the division's median over all regions, and at least half
 *             the firms' output fell — the fragmented, shrinking structure the
 *             basic-industry remedy (consolidation) addresses.
 * Edge cases x_rd(y0) ≤ 0 or missing → growth null, no growth signal; X_r = 0
 *           or Σ_r X_r = 0 → LQ null.
 * Cost      O(cells + firms · log firms).
 * References Isard (1960) Methods of Regional Analysis (location quotient);
 *           State Council (2013) 《国务院关于化解产能严重过剩矛盾的指导意见》 (国发〔2013〕41号) for why
 *           specialised regions of shrinking basic industries are looked at
 *           first; a signal in the sense of OECD (2008) Handbook on
 *           Constructing Composite Indicators: it points, it does not measure.
 */

export interface OverCapacityCell {
  region: string;
  division: string;
  /** Output at y0 and y1 (null where the table has none). */
  from: number | null;
  to: number | null;
}

export interface FirmOutput {
  region: string;
  division: string;
  from: number;
  to: number;
}

export interface OverCapacityOptions {
  fromYear: number;
  toYear: number;
  /** λ: the LQ from which a region counts as specialised. */
  lqMin?: number;
  /** δ: yearly growth shortfall against the industry for `specialised-lagging`. */
  lag?: number;
  /** m: the fewest firms with output in both years for the firm signal. */
  minFirms?: number;
}

export type OverCapacitySignalCode =
  'specialised-output-falling' | 'specialised-lagging' | 'many-small-firms-falling';

export interface FirmStructure {
  firms: number;
  falling: number;
  medianOutput: number;
  divisionMedian: number;
}

export interface OverCapacityRow {
  region: string;
  division: string;
  lq: number | null;
  growth: number | null;
  industryGrowth: number | null;
  firms: FirmStructure | null;
  signals: OverCapacitySignalCode[];
}

const cagr = (a: number | null, b: number | null, years: number) =>
  a !== null && b !== null && a > 0 && b >= 0 ? Math.pow(b / a, 1 / years) - 1 : null;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

/**
 * One row per cell: LQ, growth, the industry's growth, the firm structure
 * where firms are given, and the signals that hold. `regionTotals` is X_r at
 * the later year.
 */
export function overCapacitySignals(
  cells: readonly OverCapacityCell[],
  regionTotals: ReadonlyMap<string, number>,
  firms: readonly FirmOutput[],
  o: OverCapacityOptions,
): OverCapacityRow[] {
  const years = o.toYear - o.fromYear;
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError(
      `the later year must follow the earlier one, got ${o.fromYear}–${o.toYear}`,
    );
  const lqMin = o.lqMin ?? 1.25;
  const lag = o.lag ?? 0.05;
  const minFirms = o.minFirms ?? 5;
  const all = [...regionTotals.values()].reduce((a, x) => a + x, 0);
  const byDivision = new Map<string, { from: number; to: number }>();
  for (const c of cells) {
    const d = byDivision.get(c.division) ?? { from: 0, to: 0 };
    d.from += c.from ?? 0;
    d.to += c.to ?? 0;
    byDivision.set(c.division, d);
  }
  const structure = firmStructures(firms);
  return cells.map((c) => {
    const d = byDivision.get(c.division)!;
    const Xr = regionTotals.get(c.region) ?? 0;
    const lq = c.to !== null && Xr > 0 && all > 0 && d.to > 0 ? c.to / Xr / (d.to / all) : null;
    const growth = cagr(c.from, c.to, years);
    const industryGrowth = cagr(d.from, d.to, years);
    const f = structure.get(`${c.region}\u0000${c.division}`) ?? null;
    const signals: OverCapacitySignalCode[] = [];
    if (lq !== null && lq >= lqMin && growth !== null && industryGrowth !== null) {
      if (growth < 0 && growth < industryGrowth) signals.push('specialised-output-falling');
      else if (growth < industryGrowth - lag) signals.push('specialised-lagging');
    }
    if (f && f.firms >= minFirms && f.medianOutput < f.divisionMedian && f.falling * 2 >= f.firms)
      signals.push('many-small-firms-falling');
    return {
      region: c.region,
      division: c.division,
      lq,
      growth,
      industryGrowth,
      firms: f,
      signals,
    };
  });
}

/** Per region × division: firms, how many fell, the median firm and the division's median over all regions. */
function firmStructures(firms: readonly FirmOutput[]): Map<string, FirmStructure> {
  const cell = new Map<string, FirmOutput[]>();
  const division = new Map<string, number[]>();
  for (const f of firms) {
    const k = `${f.region}\u0000${f.division}`;
    (cell.get(k) ?? cell.set(k, []).get(k)!).push(f);
    (division.get(f.division) ?? division.set(f.division, []).get(f.division)!).push(f.to);
  }
  const medians = new Map([...division].map(([d, xs]) => [d, median(xs)]));
  const out = new Map<string, FirmStructure>();
  for (const [k, fs] of cell)
    out.set(k, {
      firms: fs.length,
      falling: fs.filter((f) => f.to < f.from).length,
      medianOutput: median(fs.map((f) => f.to)),
      divisionMedian: medians.get(fs[0].division)!,
    });
  return out;
}
