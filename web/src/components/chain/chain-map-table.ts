import type { Lang } from '../../i18n/common.ts';
import type { ChartTable } from '../chart/chart-table.ts';
import {
  statusKey,
  type MapNodeState,
  type MapTemplate,
  type MapText,
} from './chain-map-option.ts';

/**
 * The chain map's data as a table (offered beside the chart, as CSV and
 * Excel): each node with its stage, status, organisations and inputs, the
 * export's title, scope and source.
 */
export function chainMapTable(a: {
  template: MapTemplate;
  states: Map<string, MapNodeState>;
  clusterName: string;
  lang: Lang;
  tt: MapText;
}): ChartTable {
  const { template: t, states, lang, tt } = a;
  const name = (n: { nameZh: string; nameEn: string }) => (lang === 'en' ? n.nameEn : n.nameZh);
  return {
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
    scope: a.clusterName,
    // the export writes its own 来源： / Source: before it
    source: tt('mapSource').replace(/^(来源：|Source: )/, ''),
  };
}
