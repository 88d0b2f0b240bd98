import { citeSource } from '../../citation.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { reportsText } from '../../i18n/reports.ts';
import { useLang } from '../../lang.tsx';
import { SyntheticBadge } from '../Badges.tsx';
import { chainMapText } from '../chain/chain-map-text.ts';
import { CitedFactsView } from '../cluster/CitedFacts.tsx';
import { SizeGrowthView } from '../cluster/SizeGrowth.tsx';
import { SourceText } from '../SourceText.tsx';
import { MembersChart } from './MembersChart.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReportChain } from './ReportChain.tsx';
import { ReportEvaluation } from './ReportEvaluation.tsx';
import { ReportNetwork } from './ReportNetwork.tsx';
import { useClusterReport } from './use-cluster-report.ts';
import { colon } from '../../i18n/colon.ts';

/** A cluster's report made for printing: overview, cited facts, size, chains, network and evaluation. */
export function ClusterReport({ id }: { id: string }) {
  const { t, lang, name, code, join } = useLang();
  const tr = useDictionary(reportsText);
  const tt = useDictionary(chainMapText);
  const { cluster, binding, bound, chains, network, card, size, facts, ready } =
    useClusterReport(id);
  const c = cluster.data;
  if (cluster.error) return <p role="alert">{cluster.error}</p>;
  if (!c) return <p className="muted">{t('loading')}</p>;
  return (
    <article className="report" data-testid="report" data-report-ready={ready}>
      <ReportActions c={c} panorama={chains.data?.[0]?.panorama ?? null} />
      <h1>{name(c.name, c.nameEn)}</h1>
      <p className="muted">{tr('generated', { at: new Date().toISOString().slice(0, 10) })}</p>
      <h2>{tr('overview')}</h2>
      <p>
        {tr('regions')}
        {colon(lang)}
        {join(c.regionNames.map((r) => name(r.nameZh, r.nameEn)))} ·{' '}
        {c.field ? code('field', c.field) : ''} ·{' '}
        {tr('members', { n: c.memberCount, s: c.syntheticMemberCount })}{' '}
        {c.syntheticMemberCount > 0 ? <SyntheticBadge /> : null}
      </p>
      <p className="muted">
        {tr('provenance', { src: '' })}
        <SourceText text={citeSource(lang, c.provenance.source)} />
      </p>
      {c.byKind.length > 0 ? <MembersChart clusterId={c.id} byKind={c.byKind} /> : null}
      {/* The size sources state first; the atlas's own sums after it, as coverage. */}
      {facts.data ? <CitedFactsView data={facts.data} /> : null}
      {size.data ? <SizeGrowthView clusterId={c.id} data={size.data} /> : null}
      {(chains.data ?? []).map((d, i) => (
        <ReportChain
          key={d.template.id}
          clusterId={c.id}
          clusterName={name(c.name, c.nameEn)}
          by={binding.data?.chainTemplatesBy ?? 'field'}
          data={d}
          index={i}
        />
      ))}
      {binding.data && !bound.length ? (
        <p className="muted" data-testid="report-no-chain">
          {tt('reportNoChain')}
        </p>
      ) : null}
      {binding.error || chains.error ? <p role="alert">{binding.error ?? chains.error}</p> : null}
      {network.data ? <ReportNetwork network={network.data} /> : null}
      {card.data ? <ReportEvaluation card={card.data} /> : null}
    </article>
  );
}
