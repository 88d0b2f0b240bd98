import type { Lang } from '../../i18n/common.ts';

/** One year of an indicator: a level (with its unit) and, for a ranked one, its rank of `of`. */
export interface YearPoint {
  year: number;
  value: number | null;
  rank?: number | null;
  of?: number | null;
}

/**
 * An indicator of the time slider: a measure by year (members' size, LQ,
 * ECI …) or a rank. `format` writes a value with its unit, `formatDelta` a
 * change with its unit and sign; `growth` asks for the growth rate as well
 * (sums, not indices, which may cross zero).
 */
export interface YearIndicator {
  key: string;
  label: string;
  kind: 'level' | 'rank';
  format: (v: number) => string;
  formatDelta: (v: number) => string;
  growth?: boolean;
  points: YearPoint[];
}

/** The words what-changed sentences are made of, in the reader's language (i18n/time-slider.ts). */
export type Say = (
  key:
    | 'first'
    | 'missing'
    | 'missingPrev'
    | 'levelChange'
    | 'rankChange'
    | 'growth'
    | 'rose'
    | 'fell'
    | 'unchanged'
    | 'up'
    | 'down'
    | 'sameRank',
  vars?: Record<string, string | number>,
) => string;

const percent = (lang: Lang, g: number) =>
  new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'always',
  }).format(g);

/**
 * What changed in one indicator between the year before (the previous year
 * the slider holds) and `year`: the two values with their units, the change
 * and, for sums, the growth rate; for a rank, places gained or lost. Says so
 * when either year has no figure (missing or withheld) or `year` is the first.
 */
export function whatChanged(
  ind: YearIndicator,
  year: number,
  years: readonly number[],
  say: Say,
  lang: Lang,
): string {
  const k = years.indexOf(year);
  const at = (y: number) => ind.points.find((p) => p.year === y);
  const now = at(year);
  if (!now || now.value === null) return say('missing', { y: year });
  if (k <= 0) return say('first', { y: year });
  const prevYear = years[k - 1];
  const prev = at(prevYear);
  if (!prev || prev.value === null) return say('missingPrev', { prev: prevYear });
  if (ind.kind === 'rank') {
    const d = (prev.value as number) - now.value;
    const dir = d > 0 ? say('up', { n: d }) : d < 0 ? say('down', { n: -d }) : say('sameRank');
    return say('rankChange', {
      prev: prevYear,
      y: year,
      from: prev.value,
      to: now.value,
      of: now.of ?? '—',
      dir,
    });
  }
  const delta = now.value - prev.value;
  const dir = delta > 0 ? say('rose') : delta < 0 ? say('fell') : say('unchanged');
  const growth =
    ind.growth && prev.value > 0
      ? say('growth', { g: percent(lang, now.value / prev.value - 1) })
      : '';
  return say('levelChange', {
    prev: prevYear,
    y: year,
    from: ind.format(prev.value),
    to: ind.format(now.value),
    dir,
    delta: ind.formatDelta(Math.abs(delta)),
    growth,
  });
}

/** The years any indicator has a figure for (the slider's years: only those the data hold). */
export function yearsWithData(indicators: readonly YearIndicator[]): number[] {
  const ys = new Set<number>();
  for (const ind of indicators) for (const p of ind.points) if (p.value !== null) ys.add(p.year);
  return [...ys].sort((a, b) => a - b);
}
