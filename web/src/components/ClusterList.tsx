import { useEffect, useMemo, useState } from 'react';
import { catalogApi } from '../api/catalog.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { drillText } from '../i18n/drill.ts';
import { useLang } from '../lang.tsx';
import { provenanceText } from '../provenance.ts';
import type { Cluster } from '../types.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from './Badges.tsx';

/** Distinct non-empty values, sorted, for a filter's choices. */
function choices(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

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
  const l = useLang();
  const { t, name, code, join } = l;
  const [filter, setFilter] = useState('');
  const [field, setField] = useState('');
  const [designation, setDesignation] = useState('');
  const [tag, setTag] = useState('');
  const fields = useMemo(() => choices(props.clusters.map((c) => c.field)), [props.clusters]);
  const tags = useMemo(
    () => choices(props.clusters.flatMap((c) => c.memberTags ?? [])),
    [props.clusters],
  );
  const designations = useMemo(
    () => choices(props.clusters.map((c) => c.designation)),
    [props.clusters],
  );

  // The server's search ranks clusters by any mix of place and field, pinyin,
  // initials or English ("长沙工程机械", "cs工程机械"); the text match below
  // adds what it leaves (a field's label), after its hits.
  const [ranked, setRanked] = useState<{ text: string; ids: string[] } | null>(null);
  useEffect(() => {
    const q = filter.trim();
    if (q === '') return;
    let live = true;
    const timer = setTimeout(() => {
      catalogApi
        .search(q, { types: ['cluster'], limit: 100 })
        .then((r) => live && setRanked({ text: q, ids: r.hits.map((h) => h.id) }))
        .catch(() => live && setRanked({ text: q, ids: [] }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filter]);

  const focus = props.focus?.code ?? null;
  const td = useDictionary(drillText);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const picked = props.clusters.filter(
      (c) =>
        (!focus || c.provinces.some((p) => p.code === focus)) &&
        (!field || c.field === field) &&
        (!designation || c.designation === designation) &&
        (!tag || (c.memberTags ?? []).includes(tag)),
    );
    if (!f) return picked;
    const order = new Map(
      (ranked?.text.toLowerCase() === f ? ranked.ids : []).map((id, i) => [id, i]),
    );
    const found = picked
      .filter((c) => order.has(c.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const byText = picked.filter(
      (c) =>
        !order.has(c.id) &&
        [
          c.name,
          c.nameEn ?? '',
          c.field ?? '',
          code('field', c.field),
          ...c.provinces.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
          ...c.regionNames.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
        ].some((s) => s.toLowerCase().includes(f)),
    );
    return [...found, ...byText];
  }, [filter, ranked, field, designation, tag, props.clusters, code, focus]);
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
        <div className="list-filters">
          <select
            value={field}
            onChange={(e) => setField(e.target.value)}
            aria-label={t('field')}
            data-testid="filter-field"
          >
            <option value="">{t('allFields')}</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {code('field', f)}
              </option>
            ))}
          </select>
          <select
            value={designation}
            onChange={(e) => setDesignation(e.target.value)}
            aria-label={t('designation')}
            data-testid="filter-designation"
          >
            <option value="">{t('allDesignations')}</option>
            {designations.map((d) => (
              <option key={d} value={d}>
                {code('designation', d)}
              </option>
            ))}
          </select>
          {tags.length > 0 ? (
            <select
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              aria-label={t('tags')}
              data-testid="filter-tag"
            >
              <option value="">{t('allTags')}</option>
              {tags.map((x) => (
                <option key={x} value={x}>
                  {code('tag', x)}
                </option>
              ))}
            </select>
          ) : null}
        </div>
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
