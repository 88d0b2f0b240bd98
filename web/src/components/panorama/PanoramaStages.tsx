import type { PanoramaNode, Stage } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { PanoramaNodeButton } from './PanoramaNodeButton.tsx';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream', 'support'];

/** The panorama's nodes in four columns, upstream to support, indented by depth. */
export function PanoramaStages(props: {
  nodes: PanoramaNode[];
  chosen: string | null;
  reason: (node: PanoramaNode) => string;
  onChoose: (id: string) => void;
}) {
  const tt = useDictionary(chainText);
  return (
    <div className="panorama-stages">
      {STAGES.map((stage) => (
        <div key={stage} className="panorama-stage">
          <h4>{tt(`stage.${stage}`)}</h4>
          {props.nodes
            .filter((n) => n.stage === stage)
            .map((n) => (
              <PanoramaNodeButton
                key={n.id}
                node={n}
                selected={n.id === props.chosen}
                reason={props.reason(n)}
                onChoose={props.onChoose}
              />
            ))}
        </div>
      ))}
    </div>
  );
}
