import { dataQualityApi, type DataQuality } from '../../../api/data-quality.ts';
import { useDictionary } from '../../../i18n/dictionary.ts';
import { qualityText } from '../../../i18n/quality.ts';
import { organizationHref } from '../../../route.ts';
import { SyntheticBadge } from '../../Badges.tsx';
import { DataText } from '../../SourceText.tsx';
import { DistinctForm } from './DistinctForm.tsx';

type Duplicate = DataQuality['duplicates'][number];

const ids = (d: { organizations: { id: string }[] }) => d.organizations.map((o) => o.id);

/**
 * One duplicate candidate: why, its organisations, and for an editor a
 * merge into the first, a mark as distinct, or an undo of that mark.
 */
export function DuplicateCandidate(props: {
  d: Duplicate;
  canEdit: boolean;
  act: (p: Promise<unknown>) => void;
}) {
  const { d, canEdit, act } = props;
  const tt = useDictionary(qualityText);
  const merge = (into: string, from: string) => act(dataQualityApi.merge(into, from));
  return (
    <li data-testid="duplicate" data-reviewed={Boolean(d.reviewed)}>
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
          {canEdit && i > 0 && !d.reviewed ? (
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
      {canEdit && d.reviewed ? (
        <button
          type="button"
          className="small-button"
          onClick={() => act(dataQualityApi.undoDistinct(ids(d)))}
          data-testid="undo-distinct"
        >
          {tt('undo')}
        </button>
      ) : null}
      {canEdit && !d.reviewed ? (
        <DistinctForm onDistinct={(note) => act(dataQualityApi.distinct(ids(d), note))} />
      ) : null}
    </li>
  );
}
