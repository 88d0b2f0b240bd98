import { useLang } from '../../lang.tsx';
import { provenanceText } from '../../provenance.ts';
import type { Cluster } from '../../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from '../Badges.tsx';

/** One cluster of the list: name, provinces and field, badges and member count; a click opens it. */
export function ClusterItem(props: {
  c: Cluster;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { c } = props;
  const l = useLang();
  const { t, name, code, join } = l;
  return (
    <li>
      <button
        type="button"
        className={props.selected ? 'cluster-item selected' : 'cluster-item'}
        onClick={() => props.onSelect(c.id)}
        title={provenanceText(c.provenance, l)}
        data-testid="cluster-item"
      >
        <span className="cluster-name">{name(c.name, c.nameEn)}</span>
        <span className="cluster-meta">
          {join(c.provinces.map((p) => name(p.nameZh, p.nameEn)))}
          {c.field ? ` · ${code('field', c.field)}` : ''}
        </span>
        <span className="cluster-badges">
          {c.designation === 'national' ? <NationalBadge round={c.round} /> : null}
          {c.synthetic ? <SyntheticBadge /> : null}
          {!c.verified ? <UnverifiedBadge /> : null}
          <span className="members" title={t('membersCount')}>
            {t('membersN', { n: c.memberCount })}
          </span>
          {c.syntheticMemberCount > 0 ? <SyntheticBadge count={c.syntheticMemberCount} /> : null}
        </span>
      </button>
    </li>
  );
}
