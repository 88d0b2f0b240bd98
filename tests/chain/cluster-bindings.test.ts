import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindClusterChains, clusterChains } from '../../src/services/chain/bind-cluster.ts';
import { chainPanorama } from '../../src/services/chain/panorama.ts';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { chainIoEvidence } from '../../src/services/io/chain-evidence.ts';
import { chainBindingOf, chainBindings } from '../../src/store/chain-bindings.ts';
import type { Duck } from '../../src/store/duck.ts';
import { loadIndustries, loadNationalClusters } from '../../src/store/reference.ts';
import { openStore } from '../../src/store/store.ts';

const templates = bundledChainTemplates();
const byId = new Map(templates.map((t) => [t.id, t]));
const national = loadNationalClusters();
const BIG = ['integrated-circuits', 'automotive', 'construction-machinery', 'biomedicine'];

describe('every national cluster on a chain of its own field', () => {
  it('binds each of the 45 national clusters by its field to templates of at least 25 nodes', () => {
    expect(national).toHaveLength(45);
    for (const c of national) {
      const b = chainBindingOf(c.id);
      expect(b, c.id).not.toBeNull();
      expect(b!.templates.length, c.id).toBeGreaterThan(0);
      for (const t of b!.templates)
        expect(byId.get(t)?.nodes.length, `${c.id} → ${t}`).toBeGreaterThanOrEqual(25);
    }
    // a cluster spanning several chains carries several, each once
    const chengyu = chainBindingOf('national-chengyu-electronics')!;
    expect(chengyu.templates).toEqual([
      'notebooks-smartphones',
      'integrated-circuits',
      'display-uhd-video',
    ]);
    expect(chainBindingOf('national-ningbo-magnetic-materials')!.templates[0]).toBe(
      'magnetic-materials',
    );
  });

  it('binds the other bundled clusters too, and names no template that does not exist', () => {
    const clusters = JSON.parse(readFileSync('data/default/clusters.json', 'utf8')) as {
      id: string;
    }[];
    for (const c of clusters) expect(chainBindingOf(c.id), c.id).not.toBeNull();
    for (const b of chainBindings()) for (const t of b.templates) expect(byId.has(t), t).toBe(true);
  });

  it('ships at least 30 templates; the four big chains have 60 nodes or more', () => {
    expect(templates.length).toBeGreaterThanOrEqual(30);
    for (const id of BIG) expect(byId.get(id)!.nodes.length, id).toBeGreaterThanOrEqual(60);
  });
});

describe('what every template says and on what evidence', () => {
  const codes = new Set(loadIndustries().map((i) => i.code));

  it('gives every node GB/T 4754-2017 codes that exist and typical products', () => {
    for (const t of templates)
      for (const n of t.nodes) {
        for (const c of n.industries) expect(codes.has(c), `${t.id}/${n.id} ${c}`).toBe(true);
        const leaf = !t.nodes.some((x) => x.parent === n.id);
        // automotive/motor-control is kept without a sector: the IO tests use it as the unmapped case
        if (leaf && `${t.id}/${n.id}` !== 'automotive/motor-control')
          expect(n.industries.length, `${t.id}/${n.id}`).toBeGreaterThan(0);
        // typical products in both languages: the keywords in Chinese, productsEn in English
        if (leaf) {
          expect(n.keywords.length, `${t.id}/${n.id}`).toBeGreaterThan(0);
          expect(n.productsEn?.length, `${t.id}/${n.id}`).toBeGreaterThan(0);
        }
      }
  });

  it('marks every edge either unverified or backed by the IO table between two sectors or a quoted source', () => {
    for (const t of templates) {
      const sources = new Map(t.sources.map((s) => [s.id, s]));
      for (const e of t.edges) {
        const who = `${t.id}: ${e.from}→${e.to}`;
        if (!e.verified) continue;
        expect(sources.get(e.source)?.verified, who).toBe(true);
        const year = /^nbs-io-(\d{4})$/.exec(e.source)?.[1];
        if (year) {
          // an IO table of that year: the input share or the share of supply reaches 0.01
          expect(e.io, who).toBeDefined();
          expect(e.io!.year, who).toBe(Number(year));
          expect(e.io!.sameSector, who).toBe(false);
          if (e.io!.basis === 'output') expect(e.io!.outputShare, who).toBeGreaterThanOrEqual(0.01);
          else {
            expect(e.io!.basis, who).toBe('input');
            expect(e.io!.coefficient, who).toBeGreaterThanOrEqual(0.01);
          }
        } else expect(e.quote, who).toBeTruthy();
      }
    }
  });

  it('records the coefficients the 2020 table gives today (the data is not stale)', () => {
    for (const id of ['magnetic-materials', 'construction-machinery', 'dairy']) {
      const t = byId.get(id)!;
      const ev = chainIoEvidence(t, { year: 2020, sectors: 153 });
      t.edges.forEach((e, k) => {
        if (e.source !== 'nbs-io-2020' || e.io?.basis !== 'input') return;
        expect(ev.edges[k].status, `${id}: ${e.from}→${e.to}`).toBe('supported');
        expect(e.io!.coefficient).toBeCloseTo(ev.edges[k].coefficient!, 5);
      });
    }
  });

  it('flags a choke point in a new template only where a cited source names it', () => {
    const ds = byId.get('digital-security')!;
    const flagged = ds.nodes.filter((n) => n.critical).map((n) => n.id);
    expect(flagged.sort()).toEqual(['chips', 'key-components', 'os', 'servers']);
    for (const n of ds.nodes.filter((x) => x.critical)) {
      expect(n.critical!.source).toBe('seed-004');
      expect(n.critical!.quote).toContain('存在明显短板');
    }
    for (const id of ['magnetic-materials', 'carbon-materials', 'dairy', 'robots'])
      expect(
        byId.get(id)!.nodes.some((n) => n.critical),
        id,
      ).toBe(false);
  });
});

describe('a cluster panorama on its bound template; an analyst can choose another', () => {
  let db: Duck;
  beforeAll(async () => {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db, { derive: false });
  }, 60_000);
  afterAll(() => db.close());

  it('draws the panorama of a national cluster on its field’s template without naming a chain', async () => {
    const r = await chainPanorama(db, { cluster: 'national-ningbo-magnetic-materials' });
    expect(r.panorama.template).toMatchObject({ id: 'magnetic-materials' });
    expect(r.panorama.nodes.length).toBeGreaterThanOrEqual(25);
    expect(await clusterChains(db, 'national-ningbo-magnetic-materials')).toMatchObject({
      chainTemplates: ['magnetic-materials'],
      chainTemplatesBy: 'field',
      fields: [{ id: 'magnetic-materials', nameZh: '磁性材料' }],
    });
  });

  it('answers the panorama of each of the 45 national clusters on its own field’s template', async () => {
    for (const c of national) {
      const r = await chainPanorama(db, { cluster: c.id });
      expect(r.panorama.template.id, c.id).toBe(chainBindingOf(c.id)!.templates[0]);
      expect(r.panorama.nodes.length, c.id).toBeGreaterThanOrEqual(25);
    }
  }, 120_000);

  it('stores an analyst’s choice, refuses an unknown template without writing, and resets to the field', async () => {
    const id = 'national-chengyu-electronics';
    const chosen = await bindClusterChains(db, id, ['integrated-circuits', 'integrated-circuits']);
    expect(chosen).toMatchObject({
      chainTemplates: ['integrated-circuits'],
      chainTemplatesBy: 'analyst',
    });
    const r = await chainPanorama(db, { cluster: id });
    expect(r.panorama.template).toMatchObject({ id: 'integrated-circuits' });
    await expect(bindClusterChains(db, id, ['no-such-chain'])).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
    expect((await clusterChains(db, id)).chainTemplates).toEqual(['integrated-circuits']);
    await expect(bindClusterChains(db, 'no-such-cluster', [])).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
    const reset = await bindClusterChains(db, id, []);
    expect(reset).toMatchObject({ chainTemplatesBy: 'field' });
    expect(reset.chainTemplates[0]).toBe('notebooks-smartphones');
  });
});
