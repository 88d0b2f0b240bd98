import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/**
 * GET /api/imports/:id/undo (what the undo would remove, nothing written)
 * and POST (the undo, audited), analysts only, for an import uploaded
 * through the API — a small file, so its rows went row by row.
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let viewer: Record<string, string>;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  viewer = await signedIn(app, db, 'viewer');
});
afterAll(async () => {
  await app.close();
  db.close();
});

const n = async (sql: string) => Number((await db.all(sql))[0].n);
const state = async () => ({
  organizations: await n('SELECT count(*) AS n FROM organizations'),
  changes: await n('SELECT count(*) AS n FROM change_rows'),
});

async function upload(rows: number, seed: number): Promise<string> {
  const r = registryRows(seed);
  const csv = [REGISTRY_HEADER, ...Array.from({ length: rows }, (_, i) => r(i))].join('\n');
  const res = await app.inject({
    method: 'POST',
    url: `/api/imports?kind=organizations&file=registry-${seed}.csv&mode=commit`,
    payload: `${csv}\n`,
    headers: { ...analyst, 'content-type': 'text/csv' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return String(res.json().importId);
}

const preview = (id: string, headers = analyst) =>
  app.inject({ url: `/api/imports/${id}/undo`, headers });
const undo = (id: string, headers = analyst) =>
  app.inject({ method: 'POST', url: `/api/imports/${id}/undo`, headers });

describe('undo of a whole import over the API', () => {
  it('previews, writing nothing, then undoes, audited; the second time is refused', async () => {
    const id = await upload(4, 21);
    const before = await state();
    const p = await preview(id);
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toEqual({
      import: id,
      kind: 'organizations',
      organizations: 4,
      figures: 4,
      links: 0,
      changes: 0,
    });
    expect(await state()).toEqual(before);
    expect((await preview(id, viewer)).statusCode).toBe(403);
    expect((await undo(id, viewer)).statusCode).toBe(403);
    const u = await undo(id);
    expect(u.statusCode, u.body).toBe(200);
    expect(u.json()).toEqual(p.json());
    expect(await n('SELECT count(*) AS n FROM organizations')).toBe(before.organizations - 4);
    await db.idle();
    expect(
      await n(
        `SELECT count(*) AS n FROM audit_log WHERE action = 'POST /api/imports/:id/undo' AND status = 200`,
      ),
    ).toBe(1);
    const again = await undo(id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ATLAS_E_UNDO_CONFLICT',
      details: { reason: 'undone' },
    });
    expect((await preview('no-such-import')).json()).toMatchObject({ code: 'ATLAS_E_NOT_FOUND' });
  });

  it('is refused, nothing written, when a record it created changed since', async () => {
    const id = await upload(3, 22);
    const [{ org }] = await db.all(
      `SELECT entity_id AS org FROM change_rows WHERE action = 'create' AND entity = 'organization'
       AND changed_at = (SELECT changed_at FROM import_history WHERE import_id = $id) LIMIT 1`,
      { id },
    );
    const edit = await app.inject({
      method: 'PATCH',
      url: `/api/organizations/${String(org)}`,
      payload: { address: '上海市浦东新区测试路 1 号' },
      headers: analyst,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await db.idle();
    const before = await state();
    const p = await preview(id);
    expect(p.statusCode).toBe(409);
    expect(p.json()).toMatchObject({ details: { reason: 'changed' } });
    const u = await undo(id);
    expect(u.statusCode).toBe(409);
    expect(await state()).toEqual(before);
  });
});
