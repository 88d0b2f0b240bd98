import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { signedIn } from '../api/fixture.ts';
import {
  getChainTemplate,
  importChainTemplate,
  listChainTemplates,
} from '../../src/services/chain/templates.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { toyInput } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-chain-tpl-'));
let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('templates users import and version', () => {
  it('imports a template file into the atlas; a higher version replaces the bundled one', async () => {
    const f = join(dir, 'toy.json');
    writeFileSync(f, JSON.stringify(toyInput()));
    await importChainTemplate(db, f);
    expect((await listChainTemplates(db)).map((t) => t.id)).toContain('toy');
    expect((await listChainTemplates()).map((t) => t.id)).not.toContain('toy');

    const bundled = await getChainTemplate('textiles');
    // One minor version above the bundled one, whatever that is.
    const [major, minor] = bundled.version.split('.').map(Number);
    const higher = `${major}.${minor + 1}.0`;
    const v2 = { ...bundled, version: higher, nameEn: 'Textiles (edited)' };
    const g = join(dir, 'textiles.json');
    writeFileSync(g, JSON.stringify(v2));
    await importChainTemplate(db, g);
    expect(await getChainTemplate('textiles', db)).toMatchObject({
      version: higher,
      nameEn: 'Textiles (edited)',
    });
    expect((await getChainTemplate('textiles')).version).toBe(bundled.version);
  });

  it('refuses a broken template through the API with 422, the node and the reason', async () => {
    const app = await buildApp({ db });
    await app.ready();
    const headers = await signedIn(app, db, 'analyst');
    try {
      const t = toyInput();
      t.id = 'toy-api';
      t.nodes[1].parent = 'valve';
      const bad = await app.inject({ method: 'POST', url: '/api/chains', payload: t, headers });
      expect(bad.statusCode).toBe(422);
      expect(bad.json()).toMatchObject({
        code: 'ATLAS_E_CHAIN_TEMPLATE',
        details: { node: 'hydraulics' },
      });
      t.nodes[1].parent = undefined;
      const ok = await app.inject({ method: 'POST', url: '/api/chains', payload: t, headers });
      expect(ok.statusCode).toBe(200);
      expect(
        (await app.inject({ method: 'GET', url: '/api/chains/toy-api' })).json().nodes,
      ).toHaveLength(7);
    } finally {
      await app.close();
    }
  });
});
