import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeIoVerdicts, MIN_SHARE } from '../../scripts/build-chains/io-evidence.ts';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';

const templates = bundledChainTemplates();
const SHARED = '../shared';
const edges = templates.flatMap((t) => t.edges.map((e) => ({ t, e })));
const evidenced = edges.filter(({ e }) => e.verified);

describe('the evidence of the bundled templates’ edges', () => {
  it('backs at least four edges in five with an IO table or a cited source, the rest marked as gaps', () => {
    const share = evidenced.length / edges.length;
    // measured 1220 of 1509 (80.8 %); the rest are open gaps
    expect(edges.length).toBeGreaterThan(1500);
    expect(share).toBeGreaterThanOrEqual(0.808);
    for (const { t, e } of edges.filter((x) => !x.e.verified)) {
      expect(e.source, `${t.id}: ${e.from}→${e.to}`).toBe('general');
      expect(e.note, `${t.id}: ${e.from}→${e.to}`).toMatch(/^unverified: /);
    }
  });

  it('names the source of every evidence: a verified source of the template with its citation', () => {
    for (const { t, e } of evidenced) {
      const who = `${t.id}: ${e.from}→${e.to}`;
      const s = t.sources.find((x) => x.id === e.source);
      expect(s, who).toBeDefined();
      expect(s!.verified, who).toBe(true);
      expect(s!.citation.length, who).toBeGreaterThan(10);
      if (/^nbs-io-\d{4}$/.test(e.source)) expect(s!.citation, who).toContain('国家统计局');
      else expect(e.quote, who).toBeTruthy();
    }
  });

  it('quotes each cited source word for word: the quote is in the source’s file', () => {
    const files = new Map<string, string>();
    let checked = 0;
    for (const { t, e } of evidenced.filter((x) => x.e.quote)) {
      const s = t.sources.find((x) => x.id === e.source)!;
      expect(s.file, `${t.id}: ${e.source} has a file`).toBeTruthy();
      const path = join(SHARED, s.file!);
      if (!existsSync(path)) continue;
      if (!files.has(path)) files.set(path, readFileSync(path, 'utf8'));
      expect(files.get(path), `${t.id}: ${e.from}→${e.to}`).toContain(e.quote);
      checked++;
    }
    expect(checked).toBeGreaterThan(125);
  });

  it('cites the GB/T 4754-2017 class notes only where the node’s own class says so', () => {
    const std = evidenced.filter(({ e }) => e.source === 'gbt4754-2017');
    expect(std.length).toBeGreaterThan(70);
    const api = std.find(({ t, e }) => t.id === 'biomedicine' && e.from === 'api')!;
    expect(api.e.quote).toBe('指供进一步加工化学药品制剂、生物药品制剂所需的原料药生产活动');
  });

  it('records what the IO tables say today for every edge they back (the data is not stale)', () => {
    for (const t of templates) {
      const v = edgeIoVerdicts(t);
      t.edges.forEach((e, k) => {
        if (!/^nbs-io-\d{4}$/.test(e.source)) return;
        const f = v[k].finding!;
        const who = `${t.id}: ${e.from}→${e.to}`;
        expect(f.basis, who).not.toBe('none');
        expect(e.source, who).toBe(`nbs-io-${f.year}`);
        expect(e.io, who).toMatchObject({ table: f.table, supplier: f.supplier, buyer: f.buyer });
        expect(e.io!.coefficient, who).toBeCloseTo(f.coefficient, 5);
        expect(Math.max(e.io!.coefficient, e.io!.outputShare ?? 0), who).toBeGreaterThanOrEqual(
          MIN_SHARE,
        );
      });
    }
  });
});
