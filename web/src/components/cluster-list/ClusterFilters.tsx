import { useMemo } from 'react';
import { useLang } from '../../lang.tsx';
import type { Cluster } from '../../types.ts';

/** Distinct non-empty values, sorted, for a filter's choices. */
function choices(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

type Choice = { value: string; set: (v: string) => void };

/** Filters by field, designation and a tag of the members (the last only when some cluster has tags). */
export function ClusterFilters(props: {
  clusters: Cluster[];
  field: Choice;
  designation: Choice;
  tag: Choice;
}) {
  const { clusters, field, designation, tag } = props;
  const { t, code } = useLang();
  const fields = useMemo(() => choices(clusters.map((c) => c.field)), [clusters]);
  const tags = useMemo(() => choices(clusters.flatMap((c) => c.memberTags ?? [])), [clusters]);
  const designations = useMemo(() => choices(clusters.map((c) => c.designation)), [clusters]);
  return (
    <div className="list-filters">
      <select
        value={field.value}
        onChange={(e) => field.set(e.target.value)}
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
        value={designation.value}
        onChange={(e) => designation.set(e.target.value)}
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
          value={tag.value}
          onChange={(e) => tag.set(e.target.value)}
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
  );
}
