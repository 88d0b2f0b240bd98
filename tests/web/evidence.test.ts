import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { chainTargets } from '../../src/services/chain/targets.ts';
import { chainPanorama } from '../../src/services/chain/panorama.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import type { Gap, PanoramaNode, Target } from '../../web/src/api/chain.ts';
import { evidenceSpeaker } from '../../web/src/components/chain/evidence-speaker.ts';
import { gapEvidence } from '../../web/src/components/chain/gap-evidence.ts';
import { nodeReason } from '../../web/src/components/chain/node-reason.ts';
import { targetReasons } from '../../web/src/components/chain/target-reasons.ts';

/**
 * The chain analysis's evidence said by the web in Chinese and English from
 * the figures the API sends (gap facts, node counts, target fields), on
 * hand-made cases and on every gap, node and target of a default-data cluster.
 */
const zh = evidenceSpeaker('zh-CN');
const en = evidenceSpeaker('en');
// Three Latin words in a row: an English sentence left in the Chinese page.
const ENGLISH = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

const gap = (kind: string, facts: Gap['facts'], extra: Partial<Gap> = {}): Gap => ({
  node: 'n',
  nameZh: '节点',
  nameEn: 'Node',
  kind,
  action: 'fill',
  severity: 'high',
  fourBases: 'none',
  critical: false,
  evidence: 'the English sentence',
  facts,
  ...extra,
});

describe('gap evidence in the reader’s language', () => {
  it('says each kind with its figures', () => {
    const steel = { id: 'steel', nameZh: '工程机械用钢', nameEn: 'Steel plate' };
    expect(gapEvidence(gap('inputs_missing', { counted: 3, inputs: [steel] }), zh)).toBe(
      '上游环节 工程机械用钢 本地没有机构：依赖外部供应',
    );
    expect(gapEvidence(gap('inputs_missing', { counted: 3, inputs: [steel] }), en)).toBe(
      'its input node(s) Steel plate have no organisation here: supplied from outside',
    );
    expect(
      gapEvidence(
        gap('outside_dependence', {
          counted: 4,
          insideShare: 0.25,
          basis: 'value',
          inLinks: 8,
          threshold: 0.5,
        }),
        zh,
      ),
    ).toBe('本地配套率 25%（按交易额计，8 条输入关系），低于阈值 50%');
    expect(
      gapEvidence(gap('four_bases_thin', { counted: 0 }, { fourBases: 'key_materials' }), zh),
    ).toBe('“四基”环节（关键基础材料）仅 0 家');
    expect(gapEvidence(gap('single_supplier', { counted: 1, only: '星沙机床' }), en)).toBe(
      'one organisation only: 星沙机床',
    );
  });

  it('says an inside share withheld from the reader (disclosure rule) is withheld, never 0%', () => {
    const withheld = gap(
      'outside_dependence',
      { counted: 2, insideShare: null, basis: 'value', inLinks: 2, threshold: 0.5 },
      { evidence: null },
    );
    expect(gapEvidence(withheld, zh)).toMatch(/^本地配套率保密：少于 3 家机构或单一机构占比过高/);
    expect(gapEvidence(withheld, en)).toMatch(/^inside share withheld/);
    expect(gapEvidence(gap('missing', undefined, { evidence: null }), zh)).toContain('保密');
  });

  it('falls back to the API’s sentence for a kind it does not know, or without facts', () => {
    expect(gapEvidence(gap('new_kind', { counted: 1 }), zh)).toBe('the English sentence');
    expect(gapEvidence(gap('missing', undefined), zh)).toBe('the English sentence');
  });
});

describe('on a default-data cluster', () => {
  let db: Duck;
  const base = {
    cluster: 'national-changsha-construction-machinery',
    chain: 'construction-machinery',
  };
  beforeAll(async () => {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  }, 60_000);
  afterAll(() => db.close());

  it('says every gap, node status and target reason in Chinese, with the API’s figures', async () => {
    const t = await chainTargets(db, { ...base, targetOptions: { limit: 5 } });
    const pr = await chainPanorama(db, base);
    const gaps = t.nodes.flatMap((n) => n.gaps) as unknown as Gap[];
    const nodes = pr.panorama.nodes as unknown as PanoramaNode[];
    const targets = t.nodes.flatMap((n) => n.targets) as unknown as Target[];
    expect(gaps.length).toBeGreaterThan(5);
    expect(targets.length).toBeGreaterThan(5);
    const o = pr.panorama.options;
    for (const g of gaps) {
      const said = gapEvidence(g, zh);
      expect(said, g.evidence ?? '').not.toMatch(ENGLISH);
      expect(said).not.toBe(g.evidence);
      if (g.kind === 'four_bases_thin') expect(said).toContain(`仅 ${g.facts!.counted} 家`);
    }
    for (const n of nodes) {
      const said = nodeReason(n, o, zh);
      expect(said, n.reason ?? '').not.toMatch(ENGLISH);
      // The API's English reason and ours start from the same count.
      if (n.status !== 'missing') expect(n.reason?.startsWith(`${n.counts.counted} `)).toBe(true);
      if (n.status !== 'missing') expect(said.startsWith(`${n.counts.counted} 家`)).toBe(true);
    }
    for (const x of targets) {
      const said = targetReasons(x, 'zh-CN', zh);
      // Line for line what the API says in English (the sme tier line is not said).
      expect(said.length, x.reasons.join(' | ')).toBe(
        x.reasons.filter((r) => r !== 'enterprise').length,
      );
      for (const line of said) expect(line).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/);
    }
    // In English the figures match the API's own sentences.
    for (const x of targets) {
      const said = targetReasons(x, 'en', en);
      if (x.distanceKm !== null)
        expect(said).toContain(x.reasons.find((r) => r.includes(' km away'))!);
    }
  });
});
