import { escapeHtml } from '../../escape-html.ts';
import { chainMapLayout } from './chain-map-layout.ts';

/**
 * The ECharts option of a chain map: the template's nodes laid out from
 * upstream to downstream (chain-map-layout.ts), coloured by the panorama's
 * status, sized by the organisations placed, four-bases nodes square and
 * cited choke points ringed; links solid where an IO table or a quoted
 * source backs them (width by the input coefficient), dashed where
 * unverified. Title, scope, legend and source are drawn into the chart
 * (graphic elements) so that its PNG carries them.
 */

export type MapStatus = 'strong' | 'present' | 'weak' | 'missing';

export interface MapTemplate {
  id: string;
  nameZh: string;
  nameEn: string;
  version: string;
  sources: { id: string; citation: string }[];
  nodes: {
    id: string;
    nameZh: string;
    nameEn: string;
    stage: 'upstream' | 'midstream' | 'downstream' | 'support';
    parent?: string | null;
    fourBases: string;
    critical?: { reason: string; reasonZh?: string; source: string; verified: boolean };
  }[];
  edges: {
    from: string;
    to: string;
    source: string;
    verified: boolean;
    quote?: string;
    note?: string;
    io?: {
      year: number;
      supplier: string;
      buyer: string;
      coefficient: number;
      outputShare?: number;
      basis?: 'input' | 'output' | 'none';
      sameSector: boolean;
    };
  }[];
}

export interface MapNodeState {
  status: MapStatus;
  firms: number;
}

export type MapText = (key: string, vars?: Record<string, string | number>) => string;

export const STATUS_COLOUR: Record<MapStatus | 'unknown', string> = {
  strong: '#1a7f37',
  present: '#54aeff',
  weak: '#d4a72c',
  missing: '#cf222e',
  unknown: '#8c959f',
};
const LEGEND_KEY: Record<MapStatus | 'unknown', string> = {
  strong: 'legendStrong',
  present: 'legendPresent',
  weak: 'legendWeak',
  missing: 'legendMissing',
  unknown: 'legendUnknown',
};
/** The dictionary key of a status's word (not computed when the panorama has none). */
export const statusKey = (s: MapStatus | null | undefined): string => LEGEND_KEY[s ?? 'unknown'];

const HEADER = 112;
const FOOTER = 36;
const ROW = 30;

export interface MapInput {
  template: MapTemplate;
  states: ReadonlyMap<string, MapNodeState>;
  scope: string;
  lang: 'zh-CN' | 'en';
  tt: MapText;
  selected?: string | null;
}

const nameOf = (lang: MapInput['lang'], n: { nameZh: string; nameEn: string }) =>
  lang === 'en' ? n.nameEn : n.nameZh;

/** The chart's height in pixels for a template: rows of the tallest column plus header and footer. */
export function chainMapHeight(template: MapTemplate): number {
  const l = chainMapLayout(template.nodes, template.edges);
  return Math.max(420, HEADER + FOOTER + (l.rows + 1) * ROW);
}

/** What a link's evidence is, in words. */
export function edgeEvidence(e: MapTemplate['edges'][number], t: MapTemplate, tt: MapText): string {
  if (e.verified && e.quote) {
    const src = t.sources.find((s) => s.id === e.source)?.citation ?? e.source;
    return tt('edgeQuote', { quote: e.quote, source: src });
  }
  if (e.io && e.verified && e.io.basis === 'output')
    return tt('edgeIoOutput', {
      year: e.io.year,
      buyer: e.io.buyer,
      supplier: e.io.supplier,
      share: ((e.io.outputShare ?? 0) * 100).toFixed(1),
    });
  if (e.io && (e.verified || e.io.coefficient > 0)) {
    const io = tt('edgeIo', {
      year: e.io.year,
      buyer: e.io.buyer,
      supplier: e.io.supplier,
      a: e.io.coefficient.toFixed(4),
    });
    return e.verified ? io : `${tt('edgeUnverifiedPlain')}; ${io}`;
  }
  return e.note
    ? tt('edgeUnverified', { why: e.note.replace(/^unverified: /, '') })
    : tt('edgeUnverifiedPlain');
}

/**
 * A node's name on an opaque white plate: the lines run from node to node under
 * it, so a line crossing a name no longer strikes through it.
 */
export const NODE_LABEL = {
  show: true,
  position: 'right',
  fontSize: 11,
  color: '#1f2328',
  backgroundColor: 'rgba(255, 255, 255, 0.92)',
  padding: [1, 3],
  borderRadius: 2,
} as const;

function nodeData(input: MapInput) {
  const { template: t, states, lang, tt } = input;
  const layout = new Map(chainMapLayout(t.nodes, t.edges).nodes.map((p) => [p.id, p]));
  return t.nodes.map((n) => {
    const s = states.get(n.id);
    const colour = STATUS_COLOUR[s?.status ?? 'unknown'];
    const p = layout.get(n.id)!;
    const lines = [
      `${nameOf(lang, n)} · ${tt(n.stage)}`,
      tt('statusOf', { status: tt(LEGEND_KEY[s?.status ?? 'unknown']) }),
      ...(s ? [tt('firms', { n: s.firms })] : []),
      ...(n.fourBases !== 'none' ? [tt('fourBases', { kind: tt(n.fourBases) })] : []),
      ...(n.critical
        ? [
            tt('critical', {
              reason:
                lang === 'en' ? n.critical.reason : (n.critical.reasonZh ?? n.critical.reason),
            }),
          ]
        : []),
    ];
    const cited = n.critical?.verified === true;
    return {
      id: n.id,
      name: nameOf(lang, n),
      x: p.x * 10,
      y: p.y,
      symbol: n.fourBases !== 'none' ? 'roundRect' : 'circle',
      symbolSize: Math.min(34, 12 + 4 * Math.sqrt(s?.firms ?? 0)),
      itemStyle: {
        color: colour,
        borderColor: cited ? '#000' : input.selected === n.id ? '#0969da' : '#fff',
        borderWidth: cited || input.selected === n.id ? 3 : 1,
      },
      label: NODE_LABEL,
      tooltip: { formatter: lines.map(escapeHtml).join('<br/>') },
      status: s?.status ?? null,
    };
  });
}

function linkData(input: MapInput) {
  const { template: t, tt } = input;
  const names = new Map(t.nodes.map((n) => [n.id, nameOf(input.lang, n)]));
  return t.edges.map((e) => ({
    source: e.from,
    target: e.to,
    verified: e.verified,
    lineStyle: e.verified
      ? {
          type: 'solid',
          color: e.quote ? '#8250df' : '#57606a',
          width: e.io && !e.quote ? Math.min(5, 1 + 6 * Math.sqrt(e.io.coefficient)) : 2,
          opacity: 0.6,
        }
      : { type: 'dashed', color: '#afb8c1', width: 1, opacity: 0.8 },
    tooltip: {
      formatter: `${escapeHtml(names.get(e.from) ?? e.from)} → ${escapeHtml(names.get(e.to) ?? e.to)}<br/>${escapeHtml(edgeEvidence(e, t, tt))}`,
    },
  }));
}

/** Title, scope, legend (status colours, shapes, line styles) and source as graphic elements. */
function decorations(input: MapInput) {
  const { template: t, tt, lang } = input;
  const text = (left: number | string, top: number | string, s: string, style = {}) => ({
    type: 'text',
    left,
    top,
    style: { text: s, fontSize: 12, fill: '#1f2328', ...style },
  });
  const legend = (['strong', 'present', 'weak', 'missing'] as const).flatMap((k, i) => [
    {
      type: 'circle',
      left: 10 + i * 90,
      top: 58,
      shape: { r: 6 },
      style: { fill: STATUS_COLOUR[k] },
    },
    text(26 + i * 90, 56, tt(LEGEND_KEY[k])),
  ]);
  const name = nameOf(lang, t);
  return [
    text(10, 6, tt('mapTitle', { chain: name }), { fontSize: 15, fontWeight: 'bold' }),
    text(
      10,
      30,
      tt('mapScope', {
        scope: input.scope,
        chain: name,
        version: t.version,
        nodes: t.nodes.length,
        edges: t.edges.length,
      }),
    ),
    ...legend,
    text(380, 56, `${tt('legendFourBases')} · ${tt('legendCritical')}`),
    text(10, 78, `${tt('legendIo')} · ${tt('legendUnverified')}`, { fill: '#57606a' }),
    text(10, 'bottom', tt('mapSource'), {
      fontSize: 10,
      fill: '#57606a',
      width: 1100,
      overflow: 'break',
    }),
  ];
}

export function chainMapOption(input: MapInput): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: '#fff',
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: 420px; white-space: normal;',
    },
    graphic: decorations(input),
    series: [
      {
        type: 'graph',
        layout: 'none',
        top: HEADER,
        bottom: FOOTER,
        left: 20,
        right: 150,
        roam: false,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        emphasis: { focus: 'adjacency' },
        data: nodeData(input),
        links: linkData(input),
      },
    ],
  };
}
