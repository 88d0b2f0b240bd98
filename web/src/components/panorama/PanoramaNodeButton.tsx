import { criticalReason, type PanoramaNode } from '../../api/chain.ts';
import { citeInline } from '../../citation.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { marksText } from '../../i18n/marks.ts';
import { useLang } from '../../lang.tsx';
import { nodeCount } from '../chain/node-count.ts';
import { colon } from '../../i18n/colon.ts';

/** One chain node of the panorama: name, status, its organisations, ⚠ and ◆ marks; chosen on click. */
export function PanoramaNodeButton(props: {
  node: PanoramaNode;
  selected: boolean;
  /** Why the node has its status, in the reader's language. */
  reason: string;
  onChoose: (id: string) => void;
}) {
  const { lang, name } = useLang();
  const tt = useDictionary(chainText);
  const tm = useDictionary(marksText);
  const n = props.node;
  const count = nodeCount(n);
  return (
    <button
      type="button"
      className={`chain-node status-${n.status}${props.selected ? ' selected' : ''}`}
      style={{ marginLeft: `${Math.min(n.depth, 3) * 10}px` }}
      onClick={() => props.onChoose(n.id)}
      title={props.reason}
      data-testid="chain-node"
      data-node={n.id}
    >
      <span className="chain-node-name">{name(n.nameZh, n.nameEn)}</span>
      <span className="chain-node-meta">
        {tt(`status.${n.status}`)} · {tm(count.what, { n: count.n })}
        {n.critical ? (
          <span
            className="critical"
            title={`${tt('critical')}${colon(lang)}${citeInline(lang, criticalReason(n.critical, lang))}`}
          >
            {' '}
            ⚠
          </span>
        ) : null}
        {n.fourBases !== 'none' ? (
          <span className="bases" title={tt(`bases.${n.fourBases}` as 'bases.key_materials')}>
            {' '}
            ◆
          </span>
        ) : null}
      </span>
    </button>
  );
}
