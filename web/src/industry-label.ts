import type { Lang } from './i18n/common.ts';

/** Lead words most GB/T 4754 English titles share; on a chart's axis they hide what tells titles apart. */
const LEAD = /^(?:Manufacture of |Processing of |Production and Supply of )/;

/**
 * An industry's name cut to fit a chart's axis: `n` Chinese characters, or
 * about 1.7 n Latin letters (a Latin letter is about 0.6 of a Chinese
 * character wide) with the shared lead words ("Manufacture of …") left out,
 * so that "35 Special Purpose Machinery" and "38 Electrical Machinery and…"
 * stay apart. The full name stays in the chart's tooltip and data table.
 */
export function axisIndustryName(lang: Lang, code: string, name: string, n: number): string {
  const bare = lang === 'en' ? name.replace(LEAD, '') : name;
  const s = `${code} ${bare}`;
  const max = lang === 'en' ? Math.round(n * 1.7) : n;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
