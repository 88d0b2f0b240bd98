import { DataText } from '../SourceText.tsx';
import { useState } from 'react';
import { dataQualityApi } from '../../api/data-quality.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { qualityText } from '../../i18n/quality.ts';
import { formatNumber, formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useLoad } from '../../useLoad.ts';
import { SyntheticBadge } from '../Badges.tsx';

const DUPLICATES_SHOWN = 30;
const ids = (d: { organizations: { id: string }[] }) => d.organizations.map((o) => o.id);

/** Data-quality flags with examples, links to nowhere, and duplicate candidates to review. */
export function DataQuality(props: {
  generation: number;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useLang();
  const tt = useDictionary(qualityText);
  const [withReviewed, setWithReviewed] = useState(false);
  const { data, error } = useLoad(`quality-${props.generation}-${withReviewed}`, () =>
    dataQualityApi.get(withReviewed ? 'include' : 'exclude'),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => {
    setFailure(null);
    p.then(props.onChanged, (e: Error) => setFailure(e.message));
  };
  const merge = (into: string, from: string) => act(dataQualityApi.merge(into, from));
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  return (
    <section className="card wide" data-testid="data-quality">
      <h3>{tt('title')}</h3>
      <p className="muted">{tt('hint')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{tt('flag')}</th>
            <th className="num">{tt('count')}</th>
            <th className="num">{tt('share')}</th>
          </tr>
        </thead>
        <tbody>
          {data.flags.map((f) => (
            <tr key={f.flag} data-testid="quality-flag" data-flag={f.flag}>
              <td title={data.rules[f.flag]}>{tt(`flag.${f.flag}` as 'flag.no_region')}</td>
              <td className="num">
                {f.count === 0 ? (
                  0
                ) : (
                  <details>
                    <summary>{formatNumber(lang, f.count)}</summary>
                    <ul className="examples">
                      {f.examples.map((x) => (
                        <li key={x.id}>
                          <a href={organizationHref(x.id)}>
                            <DataText text={x.name} />
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              <td className="num">
                {formatPercent(lang, f.count / Math.max(1, data.organizations))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.danglingLinks ? <p>{tt('dangling', { n: data.danglingLinks })}</p> : null}
      <h4>{tt('duplicates', { n: data.duplicates.length })}</h4>
      {data.duplicates.length === 0 ? <p className="muted">{tt('noDuplicates')}</p> : null}
      {data.reviewedHidden > 0 || withReviewed ? (
        <label>
          <input
            type="checkbox"
            checked={withReviewed}
            onChange={(e) => setWithReviewed(e.target.checked)}
            data-testid="show-reviewed"
          />{' '}
          {tt('showReviewed', { n: data.reviewedHidden })}
        </label>
      ) : null}
      {failure ? <p role="alert">{failure}</p> : null}
      <ul data-testid="duplicates">
        {data.duplicates.slice(0, DUPLICATES_SHOWN).map((d) => (
          <li
            key={`${d.reason}|${d.key}`}
            data-testid="duplicate"
            data-reviewed={Boolean(d.reviewed)}
          >
            <span className="muted">{tt(`reason.${d.reason}` as 'reason.same_name')}:</span>{' '}
            {d.organizations.map((o, i) => (
              <span key={o.id}>
                {i ? ' · ' : ''}
                <a href={organizationHref(o.id)}>
                  <DataText text={o.name} />
                </a>{' '}
                {o.synthetic ? <SyntheticBadge /> : null}
                <span className="muted">
                  {' '}
                  {o.id} {o.region ?? ''}
                </span>
                {props.canEdit && i > 0 && !d.reviewed ? (
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => merge(d.organizations[0].id, o.id)}
                    data-testid="merge-duplicate"
                  >
                    {tt('merge')}
                  </button>
                ) : null}
              </span>
            ))}{' '}
            {d.reviewed ? (
              <span className="muted" data-testid="reviewed-note">
                {tt('reviewedBy', { by: d.reviewed.by ?? '—', at: d.reviewed.at.slice(0, 10) })}
                {d.reviewed.note ? `：${d.reviewed.note}` : ''}
              </span>
            ) : null}
            {props.canEdit && d.reviewed ? (
              <button
                type="button"
                className="small-button"
                onClick={() => act(dataQualityApi.undoDistinct(ids(d)))}
                data-testid="undo-distinct"
              >
                {tt('undo')}
              </button>
            ) : null}
            {props.canEdit && !d.reviewed ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const note = String(new FormData(e.currentTarget).get('note') ?? '').trim();
                  act(dataQualityApi.distinct(ids(d), note || undefined));
                }}
              >
                <input
                  name="note"
                  maxLength={500}
                  aria-label={tt('distinctNote')}
                  placeholder={tt('distinctNote')}
                  data-testid="distinct-note"
                />
                <button
                  type="submit"
                  className="small-button"
                  title={tt('distinctTitle')}
                  data-testid="mark-distinct"
                >
                  {tt('distinct')}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
