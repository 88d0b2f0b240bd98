import type { ComplexityYears } from '../../api/complexity-years.ts';
import type { Lang } from '../../i18n/common.ts';
import type { timeSliderText } from '../../i18n/time-slider.ts';
import type { YearIndicator } from './year-indicator.ts';

export type Tt = (
  key: keyof (typeof timeSliderText)['en'],
  vars?: Record<string, string | number>,
) => string;

/** A number with its unit in brackets: 0.57（指数） / 0.57 (index). */
export function withUnit(lang: Lang, v: number, unit: string, digits = 2): string {
  const n = new Intl.NumberFormat(lang, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(v);
  return lang === 'zh-CN' ? `${n}（${unit}）` : `${n} (${unit})`;
}

const nameOf = (lang: Lang, s: { code: string; nameZh: string | null; nameEn: string | null }) =>
  (lang === 'en' ? s.nameEn : s.nameZh) ?? s.nameZh ?? s.code;

/**
 * The time slider's indicators from the complexity-by-year answer: the
 * region's ECI, its rank and diversity; the industry's PCI; the cell's LQ.
 * Every value is written with its unit (an index, a ratio, a count of
 * industries, a rank of so many).
 */
export function complexityIndicators(a: ComplexityYears, tt: Tt, lang: Lang): YearIndicator[] {
  const index = (v: number) => withUnit(lang, v, tt('unitIndex'));
  const out: YearIndicator[] = [];
  for (const r of a.regions) {
    out.push(
      {
        key: 'eci',
        label: tt('eci'),
        kind: 'level',
        format: index,
        formatDelta: index,
        points: r.years.map((y) => ({ year: y.year, value: y.value })),
      },
      {
        key: 'eci-rank',
        label: tt('rank'),
        kind: 'rank',
        format: String,
        formatDelta: String,
        points: r.years.map((y) => ({ year: y.year, value: y.rank, of: y.of })),
      },
      {
        key: 'diversity',
        label: tt('diversity'),
        kind: 'level',
        format: (v) => tt('industries', { n: v }),
        formatDelta: (v) => tt('industries', { n: v }),
        points: r.years.map((y) => ({ year: y.year, value: y.count })),
      },
    );
  }
  for (const i of a.industries)
    out.push({
      key: 'pci',
      label: tt('pci', { name: nameOf(lang, i) }),
      kind: 'level',
      format: index,
      formatDelta: index,
      points: i.years.map((y) => ({ year: y.year, value: y.value })),
    });
  if (a.cell) {
    const ind = a.industries.find((i) => i.code === a.cell?.industry);
    const lq = (v: number) => withUnit(lang, v, tt('unitLq'));
    out.unshift({
      key: 'lq',
      label: tt('lq', { name: ind ? nameOf(lang, ind) : a.cell.industry }),
      kind: 'level',
      format: lq,
      formatDelta: lq,
      points: a.cell.years.map((y) => ({ year: y.year, value: y.lq })),
    });
  }
  return out;
}
