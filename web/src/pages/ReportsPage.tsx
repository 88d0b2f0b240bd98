import { api } from '../api.ts';
import { MembersChart } from '../components/report/MembersChart.tsx';
import { PdfLink } from '../components/report/PdfLink.tsx';
import { RegionReport } from '../components/report/RegionReport.tsx';
import { chainApi } from '../api/chain.ts';
import { clusterFactsApi } from '../api/cluster-facts.ts';
import { clusterSizeApi } from '../api/cluster-size.ts';
import { CitedFactsView } from '../components/cluster/CitedFacts.tsx';
import { SizeGrowthView } from '../components/cluster/SizeGrowth.tsx';
import { networkApi } from '../api/network.ts';
import { rankingsApi } from '../api/rankings.ts';
import { SyntheticBadge } from '../components/Badges.tsx';
import { saveCsv } from '../components/chart/chart-table.ts';
import { citeSource } from '../citation.ts';
import { SourceText } from '../components/SourceText.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { networkText } from '../i18n/network.ts';
import { rankingsText } from '../i18n/rankings.ts';
import { reportsText } from '../i18n/reports.ts';
import { syntheticText } from '../i18n/synthetic.ts';
import { SyntheticShareNote } from '../components/SyntheticShare.tsx';
import { formatPercent } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../useLoad.ts';
import { ReportChooser } from '../components/report/ReportChooser.tsx';
import { ReportChain } from '../components/report/ReportChain.tsx';
import { chainMapText } from '../components/chain/chain-map-text.ts';

/** Reports (route #/reports/CLUSTER or #/reports/region/CODE): cluster and region reports made for printing. */
export function ReportsPage(props: { rest: string[] }) {
  const tr = useDictionary(reportsText);
  const clusters = useLoad('clusters', () => api.clusters());
  const regionCode = props.rest[0] === 'region' ? (props.rest[1] ?? null) : null;
  const id = props.rest[0] === 'region' ? null : (props.rest[0] ?? null);
  return (
    <section className="page reports-page" data-testid="page-reports">
      <div className="no-print">
        <h2>{tr('title')}</h2>
        <p className="muted">{tr('explain')}</p>
        {clusters.error ? <p role="alert">{clusters.error}</p> : null}
        <ReportChooser
          key={`${id ?? ''}|${regionCode ?? ''}`}
          clusters={clusters.data}
          clusterId={id}
          regionCode={regionCode}
        />
      </div>
      {id ? <ClusterReport id={id} /> : null}
      {regionCode ? <RegionReport code={regionCode} /> : null}
    </section>
  );
}

function ClusterReport({ id }: { id: string }) {
  const { t, lang, name, code, join } = useLang();
  const tr = useDictionary(reportsText);
  const ts = useDictionary(syntheticText);
  const tt = useDictionary(chainMapText);
  const tn = useDictionary(networkText);
  const trk = useDictionary(rankingsText);
  const cluster = useLoad(id, () => api.cluster(id));
  // The chains the cluster is bound to (its field's, or an analyst's choice), never a guess by name.
  const binding = useLoad(`chain-binding|${id}`, () => chainApi.clusterChains(id));
  const bound = binding.data?.chainTemplates ?? [];
  const chains = useLoad(`report-chains|${id}|${bound.join(',')}`, () =>
    Promise.all(
      bound.map(async (chain) => {
        const [template, panorama] = await Promise.all([
          chainApi.template(chain),
          chainApi.panorama(id, chain),
        ]);
        return { template, panorama };
      }),
    ),
  );
  const panorama = { data: chains.data?.[0]?.panorama ?? null };
  const network = useLoad(id, () => networkApi.cluster(id));
  const card = useLoad(id, () => rankingsApi.scorecard(id).catch(() => null));
  const size = useLoad(`size|${id}`, () => clusterSizeApi.size(id).catch(() => null));
  const facts = useLoad(`facts|${id}`, () => clusterFactsApi.facts(id).catch(() => null));
  const c = cluster.data;
  if (cluster.error) return <p role="alert">{cluster.error}</p>;
  if (!c) return <p className="muted">{t('loading')}</p>;
  const nodes = panorama.data?.panorama.nodes ?? [];
  const exportNodes = () =>
    saveCsv(
      {
        name: `${c.id}-chain`,
        columns: ['name', 'status', 'firms'],
        labels: [tr('node'), tr('status'), tr('firms')],
        rows: nodes.map((n) => [name(n.nameZh, n.nameEn), n.status, n.counts.counted]),
      },
      {
        title: tr('csv'),
        scope: name(c.name, c.nameEn),
        date: new Date().toISOString().slice(0, 10),
        source: citeSource(lang, c.provenance.source),
        synthetic: (panorama.data?.syntheticShare ?? 0) > 0,
      },
      lang,
    );
  return (
    <article
      className="report"
      data-testid="report"
      // Every part answered (or failed): what `atlas report` and the PDF route wait for.
      data-report-ready={[binding, chains, network, card, size, facts].every((l) => !l.loading)}
    >
      <div className="no-print report-actions">
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {tr('print')}
        </button>
        <PdfLink path={`cluster/${encodeURIComponent(c.id)}`} />
        {nodes.length ? (
          <button type="button" onClick={exportNodes} data-testid="report-csv">
            {tr('csv')}
          </button>
        ) : null}
      </div>
      <h1>{name(c.name, c.nameEn)}</h1>
      <p className="muted">{tr('generated', { at: new Date().toISOString().slice(0, 10) })}</p>
      <h2>{tr('overview')}</h2>
      <p>
        {tr('regions')}: {join(c.regionNames.map((r) => name(r.nameZh, r.nameEn)))} ·{' '}
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
      {network.data && network.data.status === 'judged' ? (
        <>
          <h2>{tr('network')}</h2>
          <p data-testid="report-verdict">
            {lang === 'en'
              ? network.data.index.verdictLabel.en
              : network.data.index.verdictLabel.zh}
            {' · '}
            {network.data.index.checks
              .map(
                (x) =>
                  `${lang === 'en' ? x.label.en : x.label.zh} ${x.value === null ? '—' : formatPercent(lang, x.value)}`,
              )
              .join(' · ')}
          </p>
          <SyntheticShareNote
            mark={network.data}
            basis="members"
            testId="report-network-synthetic"
          />
        </>
      ) : network.data ? (
        <>
          <h2>{tr('network')}</h2>
          {/* Too little to judge: said so, never a verdict drawn from nothing. */}
          <p data-testid="report-verdict">
            {network.data.status === 'no_members'
              ? tn('noMembers')
              : network.data.status === 'too_few_firms'
                ? tn('tooFewFirms', {
                    n: network.data.index.firms,
                    min: network.data.index.insufficient?.minFirms ?? 3,
                  })
                : tn('noTiesRecorded')}
          </p>
        </>
      ) : null}
      {card.data ? (
        <>
          <h2>{tr('evaluation')}</h2>
          {card.data.ranking && card.data.typology ? (
            <>
              <p>
                #{card.data.ranking.rank} ({card.data.ranking.rank_low ?? card.data.ranking.rank}–
                {card.data.ranking.rank_high ?? card.data.ranking.rank}) ·{' '}
                {card.data.ranking.score.toFixed(3)} ·{' '}
                {trk(`type.${card.data.typology.type}` as 'type.basic')}
              </p>
              {card.data.ranking.synthetic_share > 0 ? (
                <p className="synthetic-note" data-testid="report-evaluation-synthetic">
                  {ts('ranking', {
                    share: formatPercent(lang, card.data.ranking.synthetic_share),
                  })}
                </p>
              ) : null}
              <ol>
                {card.data.typology.path.map((p) => (
                  <li key={p.id}>{lang === 'en' ? p.text.en : p.text.zh}</li>
                ))}
              </ol>
            </>
          ) : (
            <p data-testid="report-no-evaluation">{trk('noMemberData')}</p>
          )}
        </>
      ) : null}
    </article>
  );
}
