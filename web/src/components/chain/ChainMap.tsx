import { useMemo, useRef, useState } from 'react';
import { chainApi, type ChainTemplate, type PanoramaAnswer, type Tier } from '../../api/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useLoad } from '../../useLoad.ts';
import { EChart } from '../EChart.tsx';
import type { ChartTable } from '../chart/chart-table.ts';
import {
  chainMapHeight,
  chainMapOption,
  edgeEvidence,
  statusKey,
  type MapNodeState,
  type MapTemplate,
  type MapText,
} from './chain-map-option.ts';
import { chainMapText } from './chain-map-text.ts';
import { drawnNodeIds } from './drawn-nodes.ts';

const TIERS: Tier[] = ['chain_leader', 'single_champion', 'little_giant', 'sme'];

/**
 * The cluster's panorama drawn as a chain map (产业链图谱): the flow from
 * upstream to downstream, nodes coloured by status and sized by the
 * organisations placed, links by their evidence; a click shows the node's
 * organisations and the evidence of its inputs. The cards of the panorama
 * stay below it as the text version; the map's data is offered as a table.
 */
export function ChainMap(props: {
  cluster: string;
  clusterName: string;
  chain: string;
  /** Already loaded (a report loads them before it says it is ready): not asked again. */
  template?: ChainTemplate;
  panorama?: PanoramaAnswer;
  testId?: string;
}) {
  const { lang } = useLang();
  const tt = useDictionary(chainMapText);
  const given = props.template && props.panorama ? 'given' : 'load';
  const template = useLoad(`map-template|${props.chain}|${given}`, () =>
    props.template ? Promise.resolve(props.template) : chainApi.template(props.chain),
  );
  const panorama = useLoad(`map-panorama|${props.cluster}|${props.chain}|${given}`, () =>
    props.panorama
      ? Promise.resolve(props.panorama)
      : chainApi.panorama(props.cluster, props.chain),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const section = useRef<HTMLElement | null>(null);
  const t = (props.template ?? template.data) as unknown as MapTemplate | null;
  const pano = props.panorama ?? panorama.data;
  const states = useMemo(() => statesOf(pano), [pano]);
  const option = useMemo(
    () =>
      t
        ? chainMapOption({
            template: t,
            states,
            scope: props.clusterName,
            lang,
            tt: tt as MapText,
            selected,
          })
        : null,
    [t, states, props.clusterName, lang, tt, selected],
  );
  if (!props.template && template.error) return <p role="alert">{template.error}</p>;
  if (!t || !option) return null;
  const name = (n: { nameZh: string; nameEn: string }) => (lang === 'en' ? n.nameEn : n.nameZh);
  const table: ChartTable = {
    name: `chain-map-${t.id}`,
    columns: ['node', 'stage', 'status', 'firms', 'inputs'],
    labels: [tt('colNode'), tt('colStage'), tt('colStatus'), tt('colFirms'), tt('colInputs')],
    rows: t.nodes.map((n) => [
      name(n),
      tt(n.stage),
      tt(statusKey(states.get(n.id)?.status) as never),
      states.get(n.id)?.firms ?? null,
      t.edges
        .filter((e) => e.to === n.id)
        .map((e) =>
          name(t.nodes.find((x) => x.id === e.from) ?? { nameZh: e.from, nameEn: e.from }),
        )
        .join(lang === 'en' ? ', ' : '、'),
    ]),
    title: tt('mapTitle', { chain: name(t) }),
    scope: props.clusterName,
    // the export writes its own 来源： / Source: before it
    source: tt('mapSource').replace(/^(来源：|Source: )/, ''),
  };
  return (
    <section
      className="chain-map"
      data-testid={props.testId ?? 'chain-map-section'}
      data-chain={t.id}
      data-template-nodes={t.nodes.length}
      ref={section}
    >
      <p className="muted">{tt('mapHint')}</p>
      <EChart
        option={option}
        height={chainMapHeight(t)}
        testId="chain-map"
        exportName={`chain-map-${t.id}`}
        table={table}
        onFinished={(chart) => {
          // What ECharts drew, set on the element (not React state: no new render).
          const ids = drawnNodeIds(chart);
          section.current?.setAttribute('data-drawn-nodes', String(ids.length));
          section.current?.setAttribute('data-drawn-ids', ids.join(' '));
        }}
        onClick={(p) => {
          const id = (p.data as { id?: string } | undefined)?.id;
          if (id) setSelected(id);
        }}
      />
      {selected ? <NodeDetail template={t} node={selected} panorama={pano} /> : null}
    </section>
  );
}

function statesOf(p: PanoramaAnswer | null): Map<string, MapNodeState> {
  return new Map(
    (p?.panorama.nodes ?? []).map((n) => [n.id, { status: n.status, firms: n.counts.firms }]),
  );
}

/** The selected node: its organisations by tier and the evidence of its inputs. */
function NodeDetail(props: {
  template: MapTemplate;
  node: string;
  panorama: PanoramaAnswer | null;
}) {
  const { lang } = useLang();
  const tt = useDictionary(chainMapText);
  const n = props.template.nodes.find((x) => x.id === props.node);
  if (!n) return null;
  const name = (x: { nameZh: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameZh);
  const p = props.panorama?.panorama.nodes.find((x) => x.id === n.id);
  const firms = p ? TIERS.flatMap((k) => p.firms[k]) : [];
  const inputs = props.template.edges.filter((e) => e.to === n.id);
  return (
    <div className="chain-map-detail" data-testid="chain-map-detail" aria-live="polite">
      <h4>{tt('selectedNode', { node: name(n) })}</h4>
      {firms.length ? (
        <ul>
          {firms.slice(0, 12).map((f) => (
            <li key={f.id}>
              <a href={organizationHref(f.id)}>{f.name}</a>
              {f.tier ? ` · ${tt(f.tier)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{tt('noFirms')}</p>
      )}
      {inputs.length ? (
        <ul className="chain-map-inputs">
          {inputs.map((e) => {
            const from = props.template.nodes.find((x) => x.id === e.from);
            return (
              <li key={e.from}>
                {from ? name(from) : e.from} → {name(n)}:{' '}
                {edgeEvidence(e, props.template, tt as MapText)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
