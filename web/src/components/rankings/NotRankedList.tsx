import type { Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { clusterHref } from '../../route.ts';
import { ClusterName } from '../cluster/ClusterName.tsx';

/** Clusters with no member data, listed apart from the ranking; nothing when there are none. */
export function NotRankedList(props: { notRanked: Rankings['notRanked'] }) {
  const tt = useDictionary(rankingsText);
  if (props.notRanked.length === 0) return null;
  return (
    <section className="not-ranked" data-testid="not-ranked">
      <h3>{tt('notRanked', { n: props.notRanked.length })}</h3>
      <p className="muted">{tt('notRankedExplain')}</p>
      <ul>
        {props.notRanked.map((r) => (
          <li key={r.alternative} data-testid="not-ranked-row" data-cluster={r.alternative}>
            <a href={clusterHref(r.alternative)}>
              <ClusterName id={r.alternative} name={r.name} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
