import { formatPercent } from '../../i18n/common.ts';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import type { HomogeneityAnswer } from '../../types.ts';
import { Withheld } from '../Withheld.tsx';
import type { Matrices } from './use-region-data.ts';

interface Listed {
  industry: string;
  lq: number | null;
  share: number | null;
}

/** Largest first; a withheld figure (null) sorts last, never as 0. */
const bySize = (a: Listed, b: Listed) =>
  (b.share ?? -Infinity) - (a.share ?? -Infinity) || (b.lq ?? -Infinity) - (a.lq ?? -Infinity);

/**
 * The region's strongest clusters (US Cluster Mapping rule), else its specialised
 * industries (LQ ≥ 1), largest share of the region first: ranked by LQ alone, a thin
 * industry (two firms where the nation has few) would head the list and the region's
 * main industry could fall off it.
 */
export function StrongClusters(props: {
  data: Matrices;
  region: string;
  homog: HomogeneityAnswer | null;
}) {
  const { data, region, homog } = props;
  const inm = useIndustryName();
  const { t, lang } = useLang();
  const names = new Map(data.lq.industries.map((i) => [i.code, i]));
  const lqOf = new Map(
    data.lq.rows.filter((r) => r.region === region).map((r) => [r.industry!, r.value]),
  );
  // The structure answer is the same matrix's: the region's share of each industry.
  const shareOf = new Map(homog?.structure.map((s) => [s.industry, s.share]));
  // The order needs the shares: wait for them rather than reorder the list under the reader.
  if (homog?.region?.code !== region) return <p className="muted">{t('loading')}</p>;
  const strong = data.strong.rows
    .filter((r) => r.region === region && r.value === 1)
    .map((r) => r.industry!);
  const list = (
    strong.length ? strong : [...lqOf].filter(([, v]) => v !== null && v >= 1).map(([i]) => i)
  )
    .map((i) => ({ industry: i, lq: lqOf.get(i) ?? null, share: shareOf.get(i) ?? null }))
    .sort(bySize)
    .slice(0, 10);
  return (
    <>
      {strong.length === 0 ? <p className="muted">{t('noStrongClusters')}</p> : null}
      <ol className="strong-list" data-testid="strong-clusters">
        {list.map((c) => {
          const n = names.get(c.industry);
          return (
            <li key={c.industry}>
              <span title={n ? inm.note(c.industry, n.nameEn) : undefined}>
                {c.industry} {n ? inm.name(c.industry, n.nameZh, n.nameEn) : ''}
              </span>
              {c.share !== null ? (
                <span className="lq-pill" data-testid="strong-share">
                  {t('share')} {formatPercent(lang, c.share)}
                </span>
              ) : null}
              <span className="lq-pill">
                {t('lq')} {c.lq === null ? <Withheld /> : c.lq.toFixed(2)}
              </span>
              <span className="badge badge-national">
                {strong.length ? t('strongCluster') : t('specialised')}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
