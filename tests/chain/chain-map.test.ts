import { describe, expect, it } from 'vitest';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { lookup } from '../../web/src/i18n/dictionary.ts';
import { chainMapLayout } from '../../web/src/components/chain/chain-map-layout.ts';
import {
  chainMapOption,
  edgeEvidence,
  type MapNodeState,
  type MapTemplate,
  type MapText,
} from '../../web/src/components/chain/chain-map-option.ts';
import { chainMapText } from '../../web/src/components/chain/chain-map-text.ts';

const templates = bundledChainTemplates();
const cm = templates.find((t) => t.id === 'construction-machinery')! as unknown as MapTemplate;
const zh: MapText = (k, v) => lookup(chainMapText, 'zh-CN', k as never, v);
const en: MapText = (k, v) => lookup(chainMapText, 'en', k as never, v);

interface Series {
  data: { id: string; x: number; y: number; itemStyle: { color: string } }[];
  links: { source: string; target: string; lineStyle: { type: string } }[];
}

describe('the chain map of a template', () => {
  it('draws every node and link of the Changsha construction-machinery chain, from upstream to downstream', () => {
    const states = new Map<string, MapNodeState>([
      ['multi-way-valve', { status: 'strong', firms: 6 }],
    ]);
    const o = chainMapOption({
      template: cm,
      states,
      scope: '长沙市工程机械集群',
      lang: 'zh-CN',
      tt: zh,
    });
    const s = (o.series as Series[])[0];
    expect(s.data.map((d) => d.id).sort()).toEqual(cm.nodes.map((n) => n.id).sort());
    expect(s.links).toHaveLength(cm.edges.length);
    const x = new Map(s.data.map((d) => [d.id, d]));
    const stageX = (stage: string) =>
      cm.nodes.filter((n) => n.stage === stage).map((n) => x.get(n.id)!.x);
    expect(Math.max(...stageX('upstream'))).toBeLessThan(Math.min(...stageX('downstream')));
    expect(Math.max(...stageX('midstream'))).toBeLessThan(Math.min(...stageX('downstream')));
    const lowest = Math.max(
      ...cm.nodes.filter((n) => n.stage !== 'support').map((n) => x.get(n.id)!.y),
    );
    for (const n of cm.nodes.filter((m) => m.stage === 'support'))
      expect(x.get(n.id)!.y).toBeGreaterThan(lowest);
    expect(x.get('multi-way-valve')!.itemStyle.color).toBe('#1a7f37');
    // unverified links dashed, evidenced ones solid
    for (const l of s.links) {
      const e = cm.edges.find((y) => y.from === l.source && y.to === l.target)!;
      expect(l.lineStyle.type).toBe(e.verified ? 'solid' : 'dashed');
    }
  });

  it('sets each node’s name on an opaque plate, so the lines passing under it do not strike it through', () => {
    const o = chainMapOption({
      template: cm,
      states: new Map(),
      scope: 'Changsha',
      lang: 'en',
      tt: en,
    });
    const data = (
      o.series as { data: { label: { show: boolean; backgroundColor?: string } }[] }[]
    )[0].data;
    for (const d of data) {
      expect(d.label.show).toBe(true);
      const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(d.label.backgroundColor ?? '')?.[1];
      expect(Number(alpha ?? (d.label.backgroundColor ? 1 : 0))).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('writes title, scope, legend and source into the chart so that its PNG carries them', () => {
    const o = chainMapOption({
      template: cm,
      states: new Map(),
      scope: 'Changsha',
      lang: 'en',
      tt: en,
    });
    const texts = (o.graphic as { style?: { text?: string } }[]).map((g) => g.style?.text ?? '');
    const all = texts.join('\n');
    expect(all).toContain('Chain map: Construction machinery');
    expect(all).toContain('Changsha');
    for (const w of [
      'strong',
      'present',
      'weak',
      'missing',
      'four-bases',
      'choke point',
      'unverified',
    ])
      expect(all).toContain(w);
    expect(all).toContain('2020 national input-output table');
  });

  it('says what backs a link: the IO coefficient, a source’s words, or nothing', () => {
    const io = cm.edges.find((e) => e.source === 'nbs-io-2020' && e.io?.basis === 'input')!;
    expect(edgeEvidence(io, cm, en)).toMatch(
      /^IO table 2020: .+ buys 0\.\d{4} yuan of .+ per yuan of output$/,
    );
    const sold = templates
      .flatMap((t) => (t as unknown as MapTemplate).edges)
      .find((e) => e.verified && e.io?.basis === 'output')!;
    expect(edgeEvidence(sold, cm, en)).toMatch(
      /^IO table 20\d\d: .+ uses \d+\.\d % of the supply of .+ \(domestic output plus imports\)$/,
    );
    const bio = templates.find((t) => t.id === 'biomedicine')! as unknown as MapTemplate;
    const quoted = bio.edges.find((e) => e.quote)!;
    expect(edgeEvidence(quoted, bio, zh)).toContain('出处原话');
    const none = cm.edges.find((e) => !e.verified)!;
    expect(edgeEvidence(none, cm, zh)).toMatch(/^未经核实/);
  });

  it('lays out every bundled template, cycles included, with each column ordered by stage', () => {
    for (const t of templates) {
      const l = chainMapLayout(t.nodes, t.edges);
      expect(l.nodes, t.id).toHaveLength(t.nodes.length);
      expect(l.columns, t.id).toBeLessThanOrEqual(6);
    }
    const loop = chainMapLayout(
      [
        { id: 'a', stage: 'midstream' },
        { id: 'b', stage: 'midstream' },
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    );
    expect(loop.nodes).toHaveLength(2);
  });
});
