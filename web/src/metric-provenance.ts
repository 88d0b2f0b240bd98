import { formatNumber, formatPercent, type Key, type Lang } from './i18n/common.ts';
import type { MatrixInfo } from './types.ts';
import { withheldLabel } from './withheld.ts';

type T = (key: Key, vars?: Record<string, string | number>) => string;

/**
 * Where a metric's figure comes from, as tooltip lines: the metric and its
 * reference convention, the matrix it was computed on (measure, year,
 * regions × industries, organisations) and the synthetic share of those
 * organisations.
 */
export function metricProvenance(
  metric: string,
  convention: string,
  m: MatrixInfo,
  t: T,
  lang: Lang,
): string {
  const vars = {
    measure: t(`measure.${m.measure}` as Key),
    year: m.year ?? '',
    regions: m.regions,
    industries: m.industries,
    organizations: formatNumber(lang, m.organizations),
  };
  return [
    `${metric} · ${convention}`,
    t(m.year === null ? 'countBasis' : 'matrixBasis', vars),
    `${t('syntheticShare')}${lang === 'zh-CN' ? '：' : ': '}${
      // Withheld (null) under the disclosure rule: said so, never 0%.
      m.syntheticShare === null ? withheldLabel(lang) : formatPercent(lang, m.syntheticShare)
    }`,
  ].join('\n');
}
