import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { Withheld } from '../Withheld.tsx';
import type { Matrices } from './use-region-data.ts';

/** The region's strongest clusters (US Cluster Mapping rule), else its specialised industries. */
export function StrongClusters({ data, region }: { data: Matrices; region: string }) {
  const inm = useIndustryName();
  const { t } = useLang();
  const names = new Map(data.lq.industries.map((i) => [i.code, i]));
  const lqOf = new Map(
    data.lq.rows.filter((r) => r.region === region).map((r) => [r.industry!, r.value]),
  );
  const strong = data.strong.rows
    .filter((r) => r.region === region && r.value === 1)
    .map((r) => r.industry!);
  const list = (
    strong.length ? strong : [...lqOf].filter(([, v]) => v !== null && v >= 1).map(([i]) => i)
  )
    // A withheld LQ (null) says so and sorts last, never as 0.
    .map((i) => ({ industry: i, lq: lqOf.get(i) ?? null }))
    .sort((a, b) => (b.lq ?? -Infinity) - (a.lq ?? -Infinity))
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
