import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../src/analytics/chain/validate-template.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { loadIndustries } from '../../src/store/reference.ts';
import { toyInput } from './helpers.ts';

const industryCodes = new Set(loadIndustries().map((i) => i.code));

function refusal(raw: unknown): AtlasError {
  try {
    validateTemplate(raw, 'chains/broken.json', { industryCodes });
  } catch (e) {
    expect(e).toBeInstanceOf(AtlasError);
    expect((e as AtlasError).code).toBe('ATLAS_E_CHAIN_TEMPLATE');
    expect((e as AtlasError).details.file).toBe('chains/broken.json');
    return e as AtlasError;
  }
  throw new Error('template was accepted');
}

describe('chain template validation', () => {
  it('accepts the toy template', () => {
    expect(validateTemplate(toyInput(), 'toy.json', { industryCodes }).nodes).toHaveLength(7);
  });

  it('refuses an unknown stage, naming the node', () => {
    const t = toyInput();
    (t.nodes[2] as { stage: string }).stage = 'sideways';
    const e = refusal(t);
    expect(e.details.node).toBe('valve');
    expect(String(e.details.reason)).toMatch(/nodes\.2\.stage/);
    expect(e.message).toMatch(/chains\/broken\.json: node valve/);
  });

  it('refuses a cycle in the parent tree', () => {
    const t = toyInput();
    t.nodes[1].parent = 'valve'; // hydraulics → valve → hydraulics
    const e = refusal(t);
    expect(e.details.node).toBe('hydraulics');
    expect(String(e.details.reason)).toMatch(
      /cycle in the parent tree: (hydraulics → valve → hydraulics|valve → hydraulics → valve)/,
    );
  });

  it('refuses a node that is its own parent and a parent that does not exist', () => {
    const t = toyInput();
    t.nodes[0].parent = 'steel';
    t.nodes[3].parent = 'nowhere';
    const e = refusal(t);
    const problems = e.details.problems as Array<{ node: string; reason: string }>;
    expect(problems).toContainEqual({
      node: 'cylinder',
      reason: 'parent "nowhere" is not a node of the template',
    });
    expect(problems.some((p) => p.node === 'steel' && /cycle/.test(p.reason))).toBe(true);
  });

  it('refuses an edge to a missing node', () => {
    const t = toyInput();
    t.edges!.push({ from: 'valve', to: 'ghost', source: 'general', verified: false });
    const e = refusal(t);
    expect(e.details.node).toBe('edge valve→ghost');
    expect(e.details.reason).toBe('edge end "ghost" is not a node of the template');
  });

  it('refuses duplicate node ids', () => {
    const t = toyInput();
    t.nodes.push({ ...t.nodes[0] });
    const e = refusal(t);
    expect(e.details).toMatchObject({ node: 'steel', reason: 'duplicate node id "steel"' });
  });

  it('refuses an unknown GB/T 4754 code, an undeclared source, and verified: true on an unverified source', () => {
    const t = toyInput();
    t.nodes[0].industries = ['3999'];
    t.nodes[4].source = 'seed-999';
    t.nodes[5].verified = true;
    const problems = refusal(t).details.problems as Array<{ node: string; reason: string }>;
    expect(problems).toEqual([
      { node: 'steel', reason: '"3999" is not a GB/T 4754-2017 code' },
      { node: 'machine', reason: 'node cites "seed-999", which is not in the template\'s sources' },
      {
        node: 'engine',
        reason: 'node cites the unverified source "general" but says verified: true',
      },
    ]);
  });

  it('loads every bundled template, each citing only declared sources', () => {
    const all = bundledChainTemplates();
    expect(all.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'construction-machinery',
        'integrated-circuits',
        'home-appliances',
        'textiles',
        'automotive',
        'hydrogen',
        'lithium-batteries',
        'biomedicine',
        'notebooks-smartphones',
        'motorcycles',
        'steel',
        'optical-communication-lasers',
        'aviation',
        'rail-transit',
      ]),
    );
    expect(readdirSync('data/chains').filter((f) => f.endsWith('.json'))).toHaveLength(all.length);
  });

  it("quotes the seeds' own words wherever a node, edge or flag cites a seed", () => {
    for (const t of bundledChainTemplates()) {
      const files = new Map(
        t.sources
          .filter((s) => s.file)
          .map((s) => [s.id, readFileSync(`../shared/${s.file}`, 'utf8')]),
      );
      const cites = [
        ...t.nodes.map((n) => ({ who: `${t.id}/${n.id}`, source: n.source, quote: n.quote })),
        ...t.nodes.flatMap((n) =>
          n.critical ? [{ who: `${t.id}/${n.id} critical`, ...n.critical }] : [],
        ),
        ...t.edges.map((e) => ({
          who: `${t.id}/${e.from}→${e.to}`,
          source: e.source,
          quote: e.quote,
        })),
      ];
      for (const c of cites) {
        const text = files.get(c.source);
        if (!text) continue; // general knowledge: verified false, checked by the validator
        expect(c.quote, c.who).toBeTruthy();
        expect(text.includes(c.quote!), `${c.who}: 「${c.quote}」`).toBe(true);
      }
    }
  });
});
