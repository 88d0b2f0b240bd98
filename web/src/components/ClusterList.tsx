import { useMemo, useState } from 'react';
import { useLang } from '../lang.tsx';
import { provenanceText } from '../provenance.ts';
import type { Cluster } from '../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from './Badges.tsx';

/** The clusters beside the map, with a filter box; a click opens the cluster. */
export function ClusterList(props: {
  clusters: Cluster[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const l = useLang();
  const { t, name, code, join } = l;
  const [filter, setFilter] = useState('');

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    if (!f) return props.clusters;
    return props.clusters.filter((c) =>
      [
        c.name,
        c.nameEn ?? '',
        c.field ?? '',
        code('field', c.field),
        ...c.provinces.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
        ...c.regionNames.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
      ].some((s) => s.toLowerCase().includes(f)),
    );
  }, [filter, props.clusters, code]);

  return (
    <section className="cluster-list" aria-label={t('clusterListTitle')}>
      <div className="list-head">
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('filterPlaceholder')}
          aria-label={t('filterPlaceholder')}
          data-testid="cluster-filter"
        />
        <div className="muted">
          {t('showing', { n: shown.length, total: props.clusters.length })}
        </div>
      </div>
      {shown.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      <ul data-testid="cluster-list">
        {shown.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === props.selected ? 'cluster-item selected' : 'cluster-item'}
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
                  {t('members')} {c.memberCount}
                </span>
                {c.syntheticMemberCount > 0 ? (
                  <SyntheticBadge count={c.syntheticMemberCount} />
                ) : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
