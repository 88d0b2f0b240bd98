import type { PlacedFirm } from '../../api/chain.ts';
import type { Unit } from '../../format.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { Quantity } from '../Quantity.tsx';

/** One firm placed on a node: link, kind, revenue and staff, how it was placed, its review. */
export function PlacedFirmItem(props: {
  firm: PlacedFirm;
  /** Analysts: confirm or reject the placement. */
  review?: (organization: string, decision: 'confirm' | 'reject') => Promise<unknown>;
}) {
  const { lang, code } = useLang();
  const tt = useDictionary(chainText);
  const { firm: f, review } = props;
  const figure = (v: number | null, unit: Unit) => (
    <Quantity value={v} unit={unit} missing="missingOrWithheld" />
  );
  return (
    <li
      title={tt('placedBy', {
        method: code('method', f.method),
        c: formatPercent(lang, f.confidence),
      })}
    >
      <a href={organizationHref(f.id)}>{f.name}</a> {f.synthetic ? <SyntheticBadge /> : null}
      <span className="muted">
        {' '}
        {code('kind', f.kind)} · {tt('revenue')} {figure(f.revenue, 'yuan10k')} · {tt('employees')}{' '}
        {figure(f.employees, 'persons')}
      </span>
      {f.review !== 'auto' ? (
        <span className="badge">{tt(f.review === 'confirmed' ? 'confirmed' : 'rejected')}</span>
      ) : null}
      {review && f.review === 'auto' ? (
        <span className="review-buttons">
          <button
            type="button"
            onClick={() => void review(f.id, 'confirm')}
            data-testid="placement-confirm"
          >
            {tt('confirm')}
          </button>
          <button
            type="button"
            onClick={() => void review(f.id, 'reject')}
            data-testid="placement-reject"
          >
            {tt('reject')}
          </button>
        </span>
      ) : null}
    </li>
  );
}
