import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';

/** From a cluster to its field beside the world's clusters (the world page). */
export function WorldLink(props: { clusterId: string }) {
  const tt = useDictionary(worldText);
  return (
    <p>
      <a href={`#/world/cluster/${encodeURIComponent(props.clusterId)}`} data-testid="world-link">
        {tt('linkFromCluster')}
      </a>
    </p>
  );
}
