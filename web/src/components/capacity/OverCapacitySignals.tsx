import { overCapacityApi } from '../../api/over-capacity.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { overCapacityText } from '../../i18n/over-capacity.ts';
import { formatNumber, formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { colon } from '../../i18n/colon.ts';

/**
 * Over-capacity signals for the basic industries by province, from the
 * regional statistics the atlas holds: each row with its location quotient,
 * growth against the industry's, the firm count where firms' output is
 * held (confidential for visitors), the signals in words, and the method and
 * sources below. No capacity figure is shown: there is none to show.
 */
export function OverCapacitySignals() {
  const { lang } = useLang();
  const tt = useDictionary(overCapacityText);
  const s = useLoad('over-capacity', () => overCapacityApi.signals());
  const a = s.data;
  const pct = (x: number | null) =>
    x === null ? '—' : `${formatPercent(lang, x)} / ${lang === 'en' ? 'yr' : '年'}`;
  return (
    <section data-testid="over-capacity">
      <h3>{tt('title')}</h3>
      <p className="muted">{tt('intro')}</p>
      {s.error ? <p className="error">{s.error}</p> : null}
      {a && a.from === null ? (
        <p className="muted" data-testid="over-capacity-no-data">
          {tt('noData')}
        </p>
      ) : null}
      {a && a.from !== null && a.rows.length === 0 ? <p className="muted">{tt('none')}</p> : null}
      {a && a.rows.length ? (
        <table className="table" data-testid="over-capacity-table">
          <caption>{fill(tt('years'), { from: a.from ?? '', to: a.to ?? '' })}</caption>
          <thead>
            <tr>
              <th>{tt('region')}</th>
              <th>{tt('industry')}</th>
              <th>{tt('lq')}</th>
              <th>{tt('growth')}</th>
              <th>{tt('industryGrowth')}</th>
              <th>{tt('firms')}</th>
              <th>{tt('signals')}</th>
            </tr>
          </thead>
          <tbody>
            {a.rows.map((r) => (
              <tr key={`${r.region}|${r.division}`}>
                <td>{r.regionName}</td>
                <td>
                  {r.division}{' '}
                  {lang === 'en' ? (r.divisionNameEn ?? r.divisionName) : r.divisionName}
                </td>
                <td>{r.lq === null ? '—' : formatNumber(lang, Math.round(r.lq * 100) / 100)}</td>
                <td>{pct(r.growth)}</td>
                <td>{pct(r.industryGrowth)}</td>
                <td>
                  {r.firms === null
                    ? tt('withheld')
                    : `${formatNumber(lang, r.firms)} (${formatNumber(lang, r.firmsFalling ?? 0)})`}
                </td>
                <td>{r.signals.map((x) => (lang === 'en' ? x.en : x.zh)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {a ? (
        <p className="muted small">
          {tt('method')}
          {colon(lang)}
          {lang === 'en' ? a.method.en : a.method.zh}
          {a.provenance.sources.length
            ? ` ${tt('sources')}${colon(lang)}${a.provenance.sources.join('; ')}`
            : ''}
        </p>
      ) : null}
    </section>
  );
}
