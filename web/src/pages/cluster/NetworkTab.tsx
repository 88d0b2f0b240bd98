import { pagesText } from '../../i18n/pages.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import type { ClusterProfile } from '../../types.ts';

/** The cluster profile's "network" tab. */
export function NetworkTab(props: { cluster: ClusterProfile }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="tab" data-testid="tab-network" data-cluster={props.cluster.id}>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
