import { criticalReason, type PanoramaNode, type Tier } from '../../api/chain.ts';
import { citeInline } from '../../citation.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { SourceText } from '../SourceText.tsx';
import { NodeLinksLine } from './NodeLinksLine.tsx';
import { PlacedFirmItem } from './PlacedFirmItem.tsx';
import { colon } from '../../i18n/colon.ts';

const TIERS: Tier[] = ['chain_leader', 'single_champion', 'little_giant', 'sme'];

/** A chosen node: status, marks, why, its supply and its firms by tier. */
export function NodeDetail({
  node,
  reason,
  review,
}: {
  node: PanoramaNode;
  /** Why the node has its status, in the reader's language. */
  reason: string;
  /** Analysts: confirm or reject a placement (the panorama reloads). */
  review?: (organization: string, decision: 'confirm' | 'reject') => Promise<unknown>;
}) {
  const { lang, name } = useLang();
  const tt = useDictionary(chainText);
  return (
    <>
      <h3>{name(node.nameZh, node.nameEn)}</h3>
      <p>
        <span className={`status-chip status-${node.status}`}>{tt(`status.${node.status}`)}</span>{' '}
        {node.fourBases !== 'none' ? (
          <span className="badge">{tt(`bases.${node.fourBases}` as 'bases.key_materials')}</span>
        ) : null}{' '}
        {node.critical ? (
          <span className="badge critical-badge" title={citeInline(lang, node.critical.source)}>
            {tt('critical')}
            {colon(lang)}
            <SourceText text={criticalReason(node.critical, lang)} />
          </span>
        ) : null}
      </p>
      <p className="muted">
        {tt('why')}
        {colon(lang)}
        {reason}
      </p>
      <NodeLinksLine links={node.links} />
      {node.counts.firms === 0 ? <p className="muted">{tt('noFirms')}</p> : null}
      {TIERS.filter((tier) => node.firms[tier]?.length).map((tier) => (
        <div key={tier}>
          <h4>
            {tt(`tier.${tier}`)} ({node.firms[tier].length})
          </h4>
          <ul className="node-firms" data-testid="node-firms">
            {node.firms[tier].map((f) => (
              <PlacedFirmItem key={f.id} firm={f} review={review} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
