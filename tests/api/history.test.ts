import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { loadOrganizations, writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore, signedIn } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

interface Item {
  id: number;
  by: string | null;
  source: string;
  entity: string;
  action: string;
  field: string | null;
  previous: unknown;
  value: unknown;
  dataYear: number | null;
  undoes: number | null;
  undoneBy: number | null;
  restricted?: boolean;
}

async function history(id: string, headers: Record<string, string> = {}): Promise<Item[]> {
  const res = await app.inject({ url: `/api/organizations/${id}/history`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
}

describe('the history of an organisation', () => {
  it('starts with its creation and keeps every edit: who, source, field, previous and new value', async () => {
    const analyst = await signedIn(app, db);
    const edit = await app.inject({
      method: 'PATCH',
      url: '/api/organizations/o4',
      payload: { name: '苏州丙新材料有限公司' },
      headers: analyst,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const items = await history('o4');
    expect(items.at(-1)).toMatchObject({ entity: 'organization', action: 'create', by: null });
    const name = items.find((i) => i.field === 'name');
    expect(name).toMatchObject({
      by: 'test-analyst',
      source: 'edited by hand',
      action: 'update',
      previous: '苏州丙材料有限公司',
      value: '苏州丙新材料有限公司',
    });
    // The provenance the edit replaced is kept too; the new one says when it was loaded.
    const prov = items.find((i) => i.field === 'provenance');
    expect(prov?.value).toMatchObject({ loadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(edit.json().provenance.loadedAt).toBe((prov?.value as { loadedAt: string }).loadedAt);
  });

  it('records yearly figures with their year, and withholds their values from viewers', async () => {
    await db.transaction(async (tx) => {
      const [o1] = await loadOrganizations(tx, ['o1']);
      await writeOrganizations(
        tx,
        [Organization.parse({ ...o1, measures: [{ year: 2023, revenue: 13000 }] })],
        { source: 'yearbook 2024' },
      );
    });
    const analyst = await signedIn(app, db);
    const seen = (await history('o1', analyst)).find((i) => i.entity === 'measure');
    expect(seen).toMatchObject({
      action: 'update',
      field: 'revenue',
      previous: 12345,
      value: 13000,
      dataYear: 2023,
      source: 'yearbook 2024',
    });
    const anonymous = (await history('o1')).find((i) => i.id === seen?.id);
    expect(anonymous).toMatchObject({ previous: null, value: null, restricted: true });
    const member = (await history('o1', await signedIn(app, db, 'member', 'o1'))).find(
      (i) => i.id === seen?.id,
    );
    expect(member?.value).toBe(13000);
  });

  it('sends a creation’s whole record as it is, and a value deeper than the contract as JSON text', async () => {
    const created = (await history('o2')).find(
      (i) => i.action === 'create' && i.entity === 'organization',
    );
    expect(created?.value).toMatchObject({
      name: expect.any(String),
      provenance: expect.objectContaining({ source: expect.any(String) }),
    });
    // A tool may have written any JSON: what is deeper than a flat record inside a record travels as text.
    const deep = { a: { b: { c: [1, { d: 2 }] } }, tags: ['x', 'y'], n: 3 };
    await db.transaction((tx) =>
      tx.exec(
        `INSERT INTO change_rows (changed_at, changed_by, source, entity, entity_id, organizations,
         action, field, previous, value, data_year, undoes)
       VALUES (now()::TIMESTAMP, 'tool', 'a script', 'organization', 'o2', ['o2'],
         'update', 'externalIds', NULL, $v::JSON, NULL, NULL)`,
        { v: JSON.stringify(deep) },
      ),
    );
    const item = (await history('o2')).find((i) => i.source === 'a script');
    expect(item).toMatchObject({ previous: null, field: 'externalIds' });
    expect(item?.value).toEqual({
      a: { b: JSON.stringify({ c: [1, { d: 2 }] }) },
      tags: ['x', 'y'],
      n: 3,
    });
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await app.inject({ url: '/api/organizations/nope/history' });
    expect(res.statusCode).toBe(404);
  });
});

describe('undoing a change', () => {
  const undo = (id: number, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/api/changes/${id}/undo`, headers });

  it('sets the value back, records the undo, and refuses a second undo', async () => {
    const analyst = await signedIn(app, db);
    const name = (await history('o4')).find((i) => i.field === 'name' && i.action === 'update');
    expect(name).toBeDefined();
    expect((await undo(name!.id, await signedIn(app, db, 'viewer'))).statusCode).toBe(403);
    const res = await undo(name!.id, analyst);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ undone: name!.id, organization: 'o4' });
    const [o4] = await loadOrganizations(db, ['o4']);
    expect(o4.name).toBe('苏州丙材料有限公司');
    const items = await history('o4');
    expect(items[0]).toMatchObject({
      field: 'name',
      undoes: name!.id,
      by: 'test-analyst',
      source: `undo of change ${name!.id}`,
      value: '苏州丙材料有限公司',
    });
    expect(items.find((i) => i.id === name!.id)?.undoneBy).toBe(items[0].id);
    const again = await undo(name!.id, analyst);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ATLAS_E_UNDO_CONFLICT' });
  });

  it('undoes a yearly figure, and refuses to undo a creation changed since', async () => {
    const analyst = await signedIn(app, db);
    const items = await history('o1', analyst);
    const revenue = items.find((i) => i.entity === 'measure' && i.field === 'revenue');
    expect((await undo(revenue!.id, analyst)).statusCode).toBe(200);
    const [o1] = await loadOrganizations(db, ['o1']);
    expect(o1.measures).toEqual([expect.objectContaining({ year: 2023, revenue: 12345 })]);
    const created = items.find((i) => i.entity === 'organization' && i.action === 'create');
    // o1 was edited and is linked since it was created: its creation cannot be undone now.
    const refused = await undo(created!.id, analyst);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ATLAS_E_UNDO_CONFLICT' });
    expect((await undo(999999, analyst)).statusCode).toBe(404);
  });

  it('records a merge: the kept record filled in, the other deleted', async () => {
    const analyst = await signedIn(app, db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/organizations/o2/merge',
      payload: { from: 'o5' },
      headers: analyst,
    });
    expect(res.statusCode, res.body).toBe(200);
    const gone = await history('o5');
    expect(gone[0]).toMatchObject({
      action: 'delete',
      source: 'merge of o5 into o2',
      by: 'test-analyst',
    });
  });
});
