import { useMemo, useRef, useState } from 'react';
import { chainApi, type ChainTemplate, type PanoramaAnswer } from '../../api/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { EChart } from '../EChart.tsx';
import {
  chainMapHeight,
  chainMapOption,
  type MapNodeState,
  type MapTemplate,
  type MapText,
} from './chain-map-option.ts';
import { chainMapTable } from './chain-map-table.ts';
import { ChainMapNodeDetail } from './ChainMapNodeDetail.tsx';
import { chainMapText } from './chain-map-text.ts';
import { drawnNodeIds } from './drawn-nodes.ts';

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
  const table = chainMapTable({
    template: t,
    states,
    clusterName: props.clusterName,
    lang,
    tt: tt as MapText,
  });
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
      {selected ? <ChainMapNodeDetail template={t} node={selected} panorama={pano} /> : null}
    </section>
  );
}

function statesOf(p: PanoramaAnswer | null): Map<string, MapNodeState> {
  return new Map(
    (p?.panorama.nodes ?? []).map((n) => [n.id, { status: n.status, firms: n.counts.firms }]),
  );
}
