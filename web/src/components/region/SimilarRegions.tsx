import { useIndustryName } from '../../industry-name.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import type { HomogeneityAnswer } from '../../types.ts';
import { colon } from '../../i18n/colon.ts';

/** A figure to n decimals, or "–" where the answer holds none (withheld or not computed). */
function fixed(v: number | null | undefined, n: number): string {
  return typeof v === 'number' ? v.toFixed(n) : '–';
}

function short(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The regions whose priority industries are most alike, with the industries they share. */
export function SimilarRegions({ h }: { h: HomogeneityAnswer }) {
  const inm = useIndustryName();
  const { t, name, lang } = useLang();
  // A share the disclosure rule withheld is null: "–", as `fixed` writes it.
  const percent = (v: number | null) => (v === null ? '–' : formatPercent(lang, v));
  if (h.similar.length === 0) return <p className="muted">{t('noMatch')}</p>;
  return (
    <table className="similar" data-testid="similar-regions">
      <thead>
        <tr>
          <th>{t('region')}</th>
          <th>{t('similarity')}</th>
          <th>{t('similarityAll')}</th>
          <th>{t('overlap')}</th>
        </tr>
      </thead>
      <tbody>
        {h.similar.map((p) => (
          <tr key={p.b.code}>
            <td>
              <a href={regionHref(p.b.code)}>{name(p.b.nameZh, p.b.nameEn)}</a>
            </td>
            <td className="sim">
              <span className="sim-bar">
                <i style={{ width: `${Math.round((p.similarity ?? 0) * 100)}%` }} />
              </span>
              {p.similarity === null ? '–' : p.similarity.toFixed(3)}
              {p.similarity !== null && p.similarity >= h.threshold ? (
                <span className="badge badge-national">{t('highSimilarity')}</span>
              ) : null}
            </td>
            <td className="num">
              {/* Null when the answer withholds it (too few regions or firms). */}
              {fixed(p.similarityAll, 3)}
            </td>
            <td>
              {p.overlap.length === 0 ? (
                <span className="muted">{t('noOverlap')}</span>
              ) : (
                p.overlap.map((o) => (
                  <span
                    key={o.industry}
                    className="chip"
                    title={`${t('share')}${colon(lang)}${percent(o.shareA)} / ${percent(o.shareB)}`}
                  >
                    {o.industry} {short(inm.name(o.industry, o.nameZh, o.nameEn), 14)}{' '}
                    <b>
                      {fixed(o.lqA, 2)} / {fixed(o.lqB, 2)}
                    </b>
                  </span>
                ))
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
