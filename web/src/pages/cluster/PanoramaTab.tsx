import { useState } from 'react';
import { useEvidenceSpeaker } from '../../components/chain/evidence-speaker.ts';
import { nodeReason, type StatusThresholds } from '../../components/chain/node-reason.ts';
import { ChainPicker } from '../../components/chain/ChainPicker.tsx';
import { NodeDetail } from '../../components/panorama/NodeDetail.tsx';
import { PanoramaStages } from '../../components/panorama/PanoramaStages.tsx';
import { PanoramaSummary } from '../../components/panorama/PanoramaSummary.tsx';
import { usePanorama } from '../../components/panorama/use-panorama.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';

/**
 * The cluster's industry-chain panorama (产业链全景图): nodes by stage,
 * coloured by status, four-bases and choke-point marks; a node's firms by
 * tier on click, each leading to its organisation page.
 */
export function PanoramaTab(props: { cluster: ClusterProfile }) {
  return (
    <section className="tab panorama-tab" data-testid="tab-panorama">
      <ChainPicker clusterName={props.cluster.name}>
        {(chain) => <Panorama cluster={props.cluster.id} chain={chain} />}
      </ChainPicker>
    </section>
  );
}

function Panorama(props: { cluster: string; chain: string }) {
  const { t } = useLang();
  const speaker = useEvidenceSpeaker();
  const tt = useDictionary(chainText);
  const { shown, error, review } = usePanorama(props.cluster, props.chain);
  const [node, setNode] = useState<string | null>(null);
  if (error) return <p role="alert">{error}</p>;
  if (!shown) return <p className="muted">{t('loading')}</p>;
  const p = shown.panorama;
  const thresholds = p.options as unknown as StatusThresholds;
  const selected = p.nodes.find((n) => n.id === node) ?? null;
  return (
    <>
      <PanoramaSummary shown={shown} />
      <div className="panorama-grid">
        <PanoramaStages
          nodes={p.nodes}
          chosen={node}
          reason={(n) => nodeReason(n, thresholds, speaker)}
          onChoose={setNode}
        />
        <aside className="panorama-node" data-testid="panorama-node">
          {selected ? (
            <NodeDetail
              node={selected}
              reason={nodeReason(selected, thresholds, speaker)}
              review={review ? (org, decision) => review(selected.id, org, decision) : undefined}
            />
          ) : (
            <p className="muted">{tt('chooseNode')}</p>
          )}
        </aside>
      </div>
    </>
  );
}
