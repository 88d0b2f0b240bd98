import { api } from '../../api/index.ts';
import { useLang } from '../../lang.tsx';
import type { Cluster } from '../../types.ts';
import { useLoad } from '../../use-load.ts';
import { DataText } from '../SourceText.tsx';

let clusters: Promise<Map<string, Cluster>> | null = null;

/** The cluster list by id, asked once per page load (answers that name clusters carry Chinese only). */
function clusterIndex(): Promise<Map<string, Cluster>> {
  clusters ??= api
    .clusters()
    .then((cs) => new Map(cs.map((c) => [c.id, c])))
    .catch((e: unknown) => {
      clusters = null;
      throw e;
    });
  return clusters;
}

/**
 * A cluster's name in the reader's language, for answers that give only the
 * Chinese name (rankings, network verdicts): its English name from the
 * cluster list (asked once, shared by every name on the page), else the
 * Chinese marked as Chinese.
 */
export function ClusterName(props: { id: string; name: string }) {
  const { lang } = useLang();
  const index = useLoad(lang === 'en' ? 'cluster-index' : 'cluster-index-off', () =>
    lang === 'en' ? clusterIndex() : Promise.resolve(null),
  );
  const en = index.data?.get(props.id)?.nameEn;
  return en ? <>{en}</> : <DataText text={props.name} />;
}
