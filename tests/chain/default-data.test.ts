import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { chainGapsFor, chainPanorama } from '../../src/services/chain/panorama.ts';
import { decidePlacement } from '../../src/services/chain/placements.ts';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { chainTargets } from '../../src/services/chain/targets.ts';
import { readChainOrganizations } from '../../src/store/chains.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { toyInput } from './helpers.ts';

const CHANGSHA = 'national-changsha-construction-machinery';
let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
}, 60_000);
afterAll(() => db.close());

describe('the Changsha construction-machinery panorama on the default data', () => {
  it('shows the core parts seed 004 names (multi-way valves, cylinders, pumps) with firms and a status', async () => {
    const r = await chainPanorama(db, { cluster: CHANGSHA, chain: 'construction-machinery' });
    expect(r.scope).toMatchObject({ type: 'cluster', id: CHANGSHA });
    for (const id of ['multi-way-valve', 'hydraulic-cylinder', 'hydraulic-pump']) {
      const n = r.panorama.nodes.find((x) => x.id === id)!;
      expect(n.fourBases).toBe('core_components');
      expect(n.critical?.quote).toBe('攻克了多路阀、油缸、泵等核心零部件技术');
      expect(n.counts.firms, id).toBeGreaterThan(0);
      expect(['strong', 'present', 'weak']).toContain(n.status);
      expect(n.reason).toMatch(/firms/);
      // the generator's suppliers of these products are keyword-placed by name or product
      expect(
        Object.values(n.firms)
          .flat()
          .every((f) => f.method === 'keyword' || f.method === 'code'),
      ).toBe(true);
    }
    const valve = r.panorama.nodes.find((x) => x.id === 'multi-way-valve')!;
    expect(
      Object.values(valve.firms)
        .flat()
        .some((f) => f.name.includes('多路阀')),
    ).toBe(true);
    // the four leaders the seed names make the main machines (by code 3514)
    const main = r.panorama.nodes.find((x) => x.id === 'main-machines')!;
    expect(main.firms.chain_leader.map((f) => f.id).sort()).toEqual([
      'org-crchi',
      'org-sany',
      'org-sunward',
      'org-zoomlion',
    ]);
    expect(r.panorama.completeness).toBeGreaterThan(0);
    expect(r.panorama.completeness).toBeLessThan(1);
    expect(r.warnings.map((w) => w.code)).toContain('ATLAS_W_SYNTHETIC_INCLUDED');
  });

  it('gives the same template a region panorama (Changsha prefecture 430100)', async () => {
    const r = await chainPanorama(db, { region: '430100', chain: 'construction-machinery' });
    expect(r.scope).toMatchObject({ type: 'region', id: '430100' });
    expect(r.panorama.nodes.find((x) => x.id === 'multi-way-valve')!.counts.firms).toBeGreaterThan(
      0,
    );
  });

  it('lists the gaps, and targets elsewhere with reasons for a node Changsha lacks', async () => {
    const g = await chainGapsFor(db, { cluster: CHANGSHA, chain: 'construction-machinery' });
    const missing = g.gaps.filter((x) => x.kind === 'missing').map((x) => x.node);
    expect(missing).toContain('slewing-bearing'); // the generator gives Changsha no 回转支承 maker; Xuzhou has them
    const t = await chainTargets(db, {
      cluster: CHANGSHA,
      chain: 'construction-machinery',
      node: 'slewing-bearing',
    });
    const list = t.nodes[0].targets;
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((x) => x.rank)).toEqual(list.map((_, i) => i + 1));
    for (let i = 1; i < list.length; i++)
      expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    expect(list[0].reasons[0]).toMatch(/回转支承/);
    expect(list.every((x) => x.distanceKm !== null && x.distanceKm > 0)).toBe(true);
  });

  it('lets a person reject a placement (the panorama stops counting it) and refuses to confirm one that does not exist', async () => {
    const orgs = await readChainOrganizations(db);
    const before = await chainPanorama(db, { cluster: CHANGSHA, chain: 'construction-machinery' });
    const valve = before.panorama.nodes.find((x) => x.id === 'multi-way-valve')!;
    const victim = Object.values(valve.firms).flat()[0];
    const p = await decidePlacement(
      db,
      {
        template: 'construction-machinery',
        node: 'multi-way-valve',
        organization: victim.id,
        decision: 'reject',
        reviewer: 'test',
      },
      orgs,
    );
    expect(p.review).toBe('rejected');
    const after = await chainPanorama(db, { cluster: CHANGSHA, chain: 'construction-machinery' });
    expect(after.panorama.nodes.find((x) => x.id === 'multi-way-valve')!.counts.firms).toBe(
      valve.counts.firms - 1,
    );
    expect(after.placements.rejected).toBe(1);

    await expect(
      decidePlacement(
        db,
        {
          template: 'construction-machinery',
          node: 'steel',
          organization: 'org-sany',
          decision: 'confirm',
        },
        orgs,
      ),
    ).rejects.toMatchObject({ code: 'ATLAS_E_PLACEMENT_REVIEW' });
    const placed = await decidePlacement(
      db,
      {
        template: 'construction-machinery',
        node: 'hydraulic-motor',
        organization: 'org-sany',
        decision: 'place',
        note: 'test',
      },
      orgs,
    );
    expect(placed).toMatchObject({ method: 'manual', confidence: 1, review: 'confirmed' });
  });

  it('refuses an unknown cluster, region or template', async () => {
    await expect(
      chainPanorama(db, { cluster: 'nope', chain: 'construction-machinery' }),
    ).rejects.toBeInstanceOf(AtlasError);
    await expect(
      chainPanorama(db, { region: '999999', chain: 'construction-machinery' }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_NOT_FOUND' });
    await expect(chainPanorama(db, { cluster: CHANGSHA, chain: 'nope' })).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
    // A region names no chain: say which to use. A cluster is bound to its field's chain.
    await expect(chainPanorama(db, { region: '430100' })).rejects.toMatchObject({
      code: 'ATLAS_E_USAGE',
    });
    expect((await chainPanorama(db, { cluster: CHANGSHA })).panorama.template.id).toBe(
      'construction-machinery',
    );
  });
});

describe('atlas chain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-chain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const o = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((s) => ((out += String(s)), true));
    const e = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((s) => ((err += String(s)), true));
    try {
      return { code: await main(args), out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  it('validate refuses a broken file with the file, the node and the reason, and accepts a good one', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(toyInput()));
    expect((await run(['chain', 'validate', good])).err).toMatch(
      /^ok: toy 1\.0\.0, 7 nodes, 5 edges/,
    );
    const t = toyInput();
    t.edges!.push({ from: 'valve', to: 'ghost', source: 'general', verified: false });
    (t.nodes[0] as { stage: string }).stage = 'sideways';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(t));
    const r = await run(['chain', 'validate', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error ATLAS_E_CHAIN_TEMPLATE');
    expect(r.err).toContain(`${bad}: node steel: nodes.0.stage`);
  });

  it('lists and shows the bundled templates', async () => {
    const l = await run(['chain', 'list', '--format', 'csv']);
    expect(l.out.split('\n')[0]).toMatch(/^id,version,name_zh/);
    const version = bundledChainTemplates().find((t) => t.id === 'construction-machinery')!.version;
    expect(l.out).toContain(`construction-machinery,${version},工程机械`);
    const s = await run(['chain', 'show', 'construction-machinery', '--format', 'csv']);
    expect(s.out).toMatch(/multi-way-valve,hydraulics,midstream,多路阀/);
  });

  it('prints how many template edges carry IO or cited evidence', async () => {
    const l = await run(['chain', 'list', '--evidence', '--format', 'csv']);
    expect(l.out.split('\n')[0]).toMatch(
      /edges_with_evidence,edges_io,edges_cited,evidence_share$/,
    );
    expect(l.out.split('\n').filter((x) => x.trim()).length).toBeGreaterThanOrEqual(31);
    // the sentence goes with the messages (stderr), the table stays a clean CSV on stdout
    expect(l.err).toMatch(
      /\d+ of \d+ edges \(\d+\.\d %\) in \d+ templates carry IO or cited evidence; the others are marked unverified/,
    );
  });
});
