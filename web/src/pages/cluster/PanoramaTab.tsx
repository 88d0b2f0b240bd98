import { SourceText } from '../../components/SourceText.tsx';
import { useEvidenceSpeaker } from '../../components/chain/evidence-speaker.ts';
import { nodeReason, type StatusThresholds } from '../../components/chain/node-reason.ts';
import { nodeCount } from '../../components/chain/node-count.ts';
import { marksText } from '../../i18n/marks.ts';
import { useState } from 'react';
import {
  chainApi,
  criticalReason,
  type PanoramaNode,
  type Stage,
  type Tier,
} from '../../api/chain.ts';
import { SyntheticBadge } from '../../components/Badges.tsx';
import { ChainPicker } from '../../components/chain/ChainPicker.tsx';
import { Figure } from '../../components/Figure.tsx';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { formatPercent } from '../../i18n.ts';
import { Quantity } from '../../components/Quantity.tsx';
import { citeInline } from '../../citation.ts';
import { Withheld } from '../../components/Withheld.tsx';
import type { Unit } from '../../format.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../useLoad.ts';
import { sessionApi } from '../../api/session.ts';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream', 'support'];
const TIERS: Tier[] = ['chain_leader', 'single_champion', 'little_giant', 'sme'];

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
  const { t, lang, name } = useLang();
  const speaker = useEvidenceSpeaker();
  const tt = useDictionary(chainText);
  const tm = useDictionary(marksText);
  const [generation, setGeneration] = useState(0);
  const { data, error } = useLoad(`${props.cluster}|${props.chain}|${generation}`, () =>
    chainApi.panorama(props.cluster, props.chain),
  );
  const me = useLoad('me', () => sessionApi.me());
  const canReview = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const [last, setLast] = useState(data);
  if (data && data !== last) setLast(data);
  const [node, setNode] = useState<string | null>(null);
  if (error) return <p role="alert">{error}</p>;
  const shown = data ?? last; // keep the panorama on screen while a review reloads it
  if (!shown) return <p className="muted">{t('loading')}</p>;
  const p = shown.panorama;
  const thresholds = p.options as unknown as StatusThresholds;
  const selected = p.nodes.find((n) => n.id === node) ?? null;
  const basis = tt('completenessBasis', {
    template: name(p.template.nameZh, p.template.nameEn),
    version: p.template.version,
    weights: Object.entries((p.options.statusWeights as Record<string, number> | undefined) ?? {})
      .map(([k, w]) => `${tt(`status.${k}` as 'status.strong')} ${w}`)
      .join(', '),
    synthetic: shown.syntheticShare
      ? ` · ${tt('syntheticShare', { p: formatPercent(lang, shown.syntheticShare) })}`
      : '',
  });
  return (
    <>
      <div className="panorama-summary" data-testid="panorama-summary">
        <span>
          {tt('completeness')}{' '}
          <Figure provenance={basis} synthetic={Boolean(shown.syntheticShare)}>
            <b>{formatPercent(lang, p.completeness)}</b>
          </Figure>
        </span>
        <span>
          {tt('coverage')}{' '}
          <Figure provenance={basis} synthetic={Boolean(shown.syntheticShare)}>
            <b>{formatPercent(lang, p.coverage)}</b>
          </Figure>
        </span>
        {(['strong', 'present', 'weak', 'missing'] as const).map((s) => (
          <span key={s} className={`status-chip status-${s}`}>
            {tt(`status.${s}`)} {p.byStatus[s] ?? 0}
          </span>
        ))}
        {shown.syntheticShare ? (
          <span>
            <SyntheticBadge />{' '}
            {tt('syntheticShare', { p: formatPercent(lang, shown.syntheticShare) })}
          </span>
        ) : null}
      </div>
      <div className="panorama-grid">
        <div className="panorama-stages">
          {STAGES.map((stage) => (
            <div key={stage} className="panorama-stage">
              <h4>{tt(`stage.${stage}`)}</h4>
              {p.nodes
                .filter((n) => n.stage === stage)
                .map((n) => (
                  <button
                    key={n.id}
                    type="button"
                    className={`chain-node status-${n.status}${n.id === node ? ' selected' : ''}`}
                    style={{ marginLeft: `${Math.min(n.depth, 3) * 10}px` }}
                    onClick={() => setNode(n.id)}
                    title={nodeReason(n, thresholds, speaker)}
                    data-testid="chain-node"
                    data-node={n.id}
                  >
                    <span className="chain-node-name">{name(n.nameZh, n.nameEn)}</span>
                    <span className="chain-node-meta">
                      {tt(`status.${n.status}`)} · {tm(nodeCount(n).what, { n: nodeCount(n).n })}
                      {n.critical ? (
                        <span
                          className="critical"
                          title={`${tt('critical')}: ${citeInline(lang, criticalReason(n.critical, lang))}`}
                        >
                          {' '}
                          ⚠
                        </span>
                      ) : null}
                      {n.fourBases !== 'none' ? (
                        <span
                          className="bases"
                          title={tt(`bases.${n.fourBases}` as 'bases.key_materials')}
                        >
                          {' '}
                          ◆
                        </span>
                      ) : null}
                    </span>
                  </button>
                ))}
            </div>
          ))}
        </div>
        <aside className="panorama-node" data-testid="panorama-node">
          {selected ? (
            <NodeDetail
              node={selected}
              reason={nodeReason(selected, thresholds, speaker)}
              review={
                canReview
                  ? (org, decision) =>
                      chainApi
                        .review(props.chain, selected.id, org, decision)
                        .then(() => setGeneration((g) => g + 1))
                  : undefined
              }
            />
          ) : (
            <p className="muted">{tt('chooseNode')}</p>
          )}
        </aside>
      </div>
    </>
  );
}

function NodeDetail({
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
  const { lang, name, code } = useLang();
  const tt = useDictionary(chainText);
  const figure = (v: number | null, unit: Unit) => (
    <Quantity value={v} unit={unit} missing="missingOrWithheld" />
  );
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
            {tt('critical')}: <SourceText text={criticalReason(node.critical, lang)} />
          </span>
        ) : null}
      </p>
      <p className="muted">
        {tt('why')}: {reason}
      </p>
      <p className="muted">
        {node.links.insideShare !== null ? (
          `${tt('insideShare')} ${formatPercent(lang, node.links.insideShare)} · `
        ) : node.links.inCount > 0 ? (
          // In-links but no share: the disclosure rule withheld it from this reader.
          <>
            {tt('insideShare')} <Withheld />
            {' · '}
          </>
        ) : null}
        {tt('suppliers', { n: node.links.suppliers })}
      </p>
      {node.counts.firms === 0 ? <p className="muted">{tt('noFirms')}</p> : null}
      {TIERS.filter((tier) => node.firms[tier]?.length).map((tier) => (
        <div key={tier}>
          <h4>
            {tt(`tier.${tier}`)} ({node.firms[tier].length})
          </h4>
          <ul className="node-firms" data-testid="node-firms">
            {node.firms[tier].map((f) => (
              <li
                key={f.id}
                title={tt('placedBy', {
                  method: code('method', f.method),
                  c: formatPercent(lang, f.confidence),
                })}
              >
                <a href={organizationHref(f.id)}>{f.name}</a>{' '}
                {f.synthetic ? <SyntheticBadge /> : null}
                <span className="muted">
                  {' '}
                  {code('kind', f.kind)} · {tt('revenue')} {figure(f.revenue, 'yuan10k')} ·{' '}
                  {tt('employees')} {figure(f.employees, 'persons')}
                </span>
                {f.review !== 'auto' ? (
                  <span className="badge">
                    {tt(f.review === 'confirmed' ? 'confirmed' : 'rejected')}
                  </span>
                ) : null}
                {review && f.review === 'auto' ? (
                  <span className="review-buttons">
                    <button
                      type="button"
                      onClick={() => void review(f.id, 'confirm')}
                      data-testid="placement-confirm"
                    >
                      {tt('confirm')}
                    </button>
                    <button
                      type="button"
                      onClick={() => void review(f.id, 'reject')}
                      data-testid="placement-reject"
                    >
                      {tt('reject')}
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
