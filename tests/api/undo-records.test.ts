import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClusterMembers } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureApp } from './fixture.ts';

/** POST /api/changes/:id/undo of whole records: a link, a membership, an organisation created. */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, headers: analyst, close } = await fixtureApp('analyst'));
});
afterAll(async () => close?.());

interface Item {
  id: number;
  entity: string;
  entityId?: string;
  action: string;
  undoes: number | null;
}

async function history(id: string): Promise<Item[]> {
  const res = await app.inject({ url: `/api/organizations/${id}/history`, headers: analyst });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
}
const undo = (id: number) =>
  app.inject({ method: 'POST', url: `/api/changes/${id}/undo`, headers: analyst });
const upload = (kind: string, name: string, csv: string) =>
  app.inject({
    method: 'POST',
    url: `/api/imports?kind=${kind}&file=${encodeURIComponent(name)}&mode=commit`,
    payload: csv,
    headers: { ...analyst, 'content-type': 'text/csv' },
  });

describe('undoing whole records', () => {
  it('undoes a link’s creation, and then the undo of it', async () => {
    const r = await upload('links', 'links.csv', 'from,to,type,product\no4,o5,supply,树脂\n');
    expect(r.statusCode, r.body).toBe(200);
    const created = (await history('o4')).find((i) => i.entity === 'link' && i.action === 'create');
    expect(created).toBeDefined();
    const res = await undo(created!.id);
    expect(res.statusCode, res.body).toBe(200);
    const n = await db.one("SELECT count(*)::INTEGER AS n FROM links WHERE source = 'o4'");
    expect(n).toEqual({ n: 0 });
    const deleted = (await history('o4')).find((i) => i.entity === 'link' && i.action === 'delete');
    expect(deleted).toMatchObject({ undoes: created!.id });
    // The deletion is a change like any other: undoing it brings the link back.
    expect((await undo(deleted!.id)).statusCode).toBe(200);
    const back = await db.one("SELECT product FROM links WHERE source = 'o4' AND target = 'o5'");
    expect(back).toEqual({ product: '树脂' });
    // Undone twice, it finds the link already there.
    expect((await undo(deleted!.id)).statusCode).toBe(409);
  });

  it('undoes a membership added to a cluster', async () => {
    await db.transaction((tx) =>
      addClusterMembers(tx, [{ cluster: 'c-empty', organization: 'o4' }], { by: 'ana' }),
    );
    const added = (await history('o4')).find(
      (i) => i.entity === 'membership' && i.action === 'create',
    );
    expect(added).toBeDefined();
    expect((await undo(added!.id)).statusCode).toBe(200);
    const n = await db.one(
      "SELECT count(*)::INTEGER AS n FROM cluster_members WHERE cluster = 'c-empty'",
    );
    expect(n).toEqual({ n: 0 });
  });

  it('undoes an organisation’s creation while nothing refers to it; refuses it once linked', async () => {
    const r = await upload('organizations', 'new.csv', '名称,省份\n南岭撤销示例有限公司,湖南\n');
    expect(r.statusCode, r.body).toBe(200);
    const row = await db.one("SELECT id FROM organizations WHERE name = '南岭撤销示例有限公司'");
    const id = String(row?.id);
    const created = (await history(id)).find((i) => i.action === 'create');
    await upload('links', 'l2.csv', `from,to,type\n${id},o4,supply\n`);
    const refused = await undo(created!.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ATLAS_E_UNDO_CONFLICT' });
    const link = (await history(id)).find((i) => i.entity === 'link' && i.action === 'create');
    expect((await undo(link!.id)).statusCode).toBe(200);
    expect((await undo(created!.id)).statusCode).toBe(200);
    expect(
      (await app.inject({ url: `/api/organizations/${id}`, headers: analyst })).statusCode,
    ).toBe(404);
  });
});
