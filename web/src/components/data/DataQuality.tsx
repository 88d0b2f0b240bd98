import { useState } from 'react';
import { dataQualityApi } from '../../api/data-quality.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { qualityText } from '../../i18n/quality.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { DuplicateCandidate } from './quality/DuplicateCandidate.tsx';
import { QualityFlags } from './quality/QualityFlags.tsx';

const DUPLICATES_SHOWN = 30;

/** Data-quality flags with examples, links to nowhere, and duplicate candidates to review. */
export function DataQuality(props: {
  generation: number;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useLang();
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
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  return (
    <section className="card wide" data-testid="data-quality">
      <h3>{tt('title')}</h3>
      <p className="muted">{tt('hint')}</p>
      <QualityFlags data={data} />
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
          <DuplicateCandidate
            key={`${d.reason}|${d.key}`}
            d={d}
            canEdit={props.canEdit}
            act={act}
          />
        ))}
      </ul>
    </section>
  );
}
