import { describe, expect, it } from 'vitest';
import type { Gap } from '../../src/analytics/chain/gaps.ts';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { withGapIo } from '../../src/services/io/gap-io.ts';
import { nodeIoLinks } from '../../src/services/io/node-io.ts';
import type { Gap as WebGap } from '../../web/src/api/chain.ts';
import { evidenceSpeaker } from '../../web/src/components/chain/evidence-speaker.ts';
import { gapEvidence } from '../../web/src/components/chain/gap-evidence.ts';

const automotive = () => bundledChainTemplates().find((t) => t.id === 'automotive')!;
const node = (id: string) => {
  const n = automotive().nodes.find((x) => x.id === id)!;
  return { id: n.id, nameZh: n.nameZh, nameEn: n.nameEn };
};
const gap = (kind: Gap['kind'], at: string, inputs: string[]): Gap => ({
  ...node(at),
  node: at,
  kind,
  action: kind === 'extend' ? 'extend' : 'replace_imports',
  severity: 'medium',
  fourBases: 'none',
  critical: false,
  evidence: 'the English sentence',
  facts: { counted: 2, inputs: inputs.map(node) },
});

describe('gaps cite the input-output link of the template edges they reason over', () => {
  it('an input missing for vehicles: parts → vehicles, a = 0.299 in 2020', () => {
    const [g, other] = withGapIo(
      [gap('inputs_missing', 'vehicles', ['parts', 'body']), { ...gap('weak', 'parts', []) }],
      automotive(),
    );
    expect(g.io).toMatchObject({ year: 2020, sectors: 153 });
    expect(g.io!.links.map((l) => l.from)).toEqual(['parts', 'body']);
    expect(g.io!.links[0]).toMatchObject({
      status: 'supported',
      supplier: { nameZh: '汽车零部件及配件' },
      buyer: { nameZh: '汽车整车' },
    });
    expect(g.io!.links[0].coefficient).toBeCloseTo(0.299, 3);
    expect(other.io).toBeUndefined();
  });

  it('the web says it after the gap’s own evidence, in Chinese and English', () => {
    const [g] = withGapIo([gap('inputs_missing', 'vehicles', ['parts'])], automotive());
    const web = g as unknown as WebGap;
    expect(gapEvidence(web, evidenceSpeaker('zh-CN'))).toBe(
      `上游环节 ${node('parts').nameZh} 本地没有机构：依赖外部供应；全国投入产出表：汽车整车每万元产出直接消耗汽车零部件及配件 0.299 万元（2020 年）`,
    );
    expect(gapEvidence(web, evidenceSpeaker('en'))).toContain(
      '; national input-output table: Manufacture of automobiles buys 0.299 yuan of Manufacture of auto parts and accessories per yuan of output (2020)',
    );
  });

  it('an edge without a sector adds nothing; an edge without flow says so', () => {
    const [g] = withGapIo([gap('inputs_missing', 'nev', ['motor-control'])], automotive());
    expect(g.io!.links[0].status).toBe('unmapped');
    expect(gapEvidence(g as unknown as WebGap, evidenceSpeaker('zh-CN'))).not.toContain('投入产出');
    const [h] = withGapIo([gap('extend', 'sales-service', ['vehicles'])], automotive());
    expect(h.io!.links[0].status).toBe('none');
    expect(gapEvidence(h as unknown as WebGap, evidenceSpeaker('zh-CN'))).toContain(
      '没有这条直接流量，需复核',
    );
  });
});

describe('targets cite the input-output links of their node with the neighbours present', () => {
  it('a parts firm to attract: parts → vehicles, a = 0.299, when vehicles are present', () => {
    const ioOf = nodeIoLinks(automotive(), (id) => id !== 'parts');
    const io = ioOf('parts')!;
    expect(io).toMatchObject({ year: 2020, sectors: 153 });
    expect(io.links[0]).toMatchObject({
      from: 'parts',
      to: 'vehicles',
      direction: 'output',
      status: 'supported',
    });
    expect(io.links[0].coefficient).toBeCloseTo(0.299, 3);
    // Strongest first; a neighbour that is absent is left out.
    const none = nodeIoLinks(automotive(), () => false)('parts')!;
    expect(none.links).toEqual([]);
  });
});
