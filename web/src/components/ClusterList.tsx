import { useEffect, useMemo, useState } from 'react';
import { useDictionary } from '../i18n/dictionary.ts';
import { drillText } from '../i18n/drill.ts';
import { useLang } from '../lang.tsx';
import type { Cluster } from '../types.ts';
import { ClusterFilters } from './cluster-list/ClusterFilters.tsx';
import { ClusterItem } from './cluster-list/ClusterItem.tsx';
import { filterClusters } from './cluster-list/filter-clusters.ts';
import { useClusterSearch } from './cluster-list/use-cluster-search.ts';

/**
 * The clusters beside the map, with a filter box and filters by field,
 * type and a tag of their members (专精特新, 链主 …); a click opens the cluster. The map shows what the list shows
 * (`onShownChange`).
 */
export function ClusterList(props: {
  clusters: Cluster[];
  selected: string | null;
  onSelect: (id: string) => void;
  onShownChange?: (shown: Cluster[]) => void;
  /** Drilled into a province: only its clusters, and a way back to the country. */
  focus?: { code: string; name: string; onLeave: () => void } | null;
}) {
  const { t, code } = useLang();
  const [filter, setFilter] = useState('');
  const [field, setField] = useState('');
  const [designation, setDesignation] = useState('');
  const [tag, setTag] = useState('');
  // The server's ranked hits come first; the text match adds what it leaves (a field's label).
  const ranked = useClusterSearch(filter);

  const focus = props.focus?.code ?? null;
  const td = useDictionary(drillText);
  const shown = useMemo(
    () =>
      filterClusters(
        props.clusters,
        { text: filter, field, designation, tag, focus },
        ranked,
        code,
      ),
    [filter, ranked, field, designation, tag, props.clusters, code, focus],
  );
  const { onShownChange } = props;
  useEffect(() => onShownChange?.(shown), [shown, onShownChange]);

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
        <ClusterFilters
          clusters={props.clusters}
          field={{ value: field, set: setField }}
          designation={{ value: designation, set: setDesignation }}
          tag={{ value: tag, set: setTag }}
        />
        <div className="muted">
          {t('showing', { n: shown.length, total: props.clusters.length })}
        </div>
        {props.focus ? (
          <div className="list-focus" data-testid="list-focus">
            {td('listFocused', {
              province: props.focus.name,
              n: props.clusters.filter((c) => c.provinces.some((p) => p.code === focus)).length,
            })}{' '}
            <button type="button" className="small-button" onClick={props.focus.onLeave}>
              {td('showAll')}
            </button>
          </div>
        ) : null}
      </div>
      {shown.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      <ul data-testid="cluster-list">
        {shown.map((c) => (
          <ClusterItem
            key={c.id}
            c={c}
            selected={c.id === props.selected}
            onSelect={props.onSelect}
          />
        ))}
      </ul>
    </section>
  );
}
