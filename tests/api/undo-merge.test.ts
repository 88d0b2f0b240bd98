import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLinks } from '../../src/store/links.ts';
import type { Duck } from '../../src/store/duck.ts';
import { Link } from '../../src/core/model/link.ts';
import { fixtureApp } from './fixture.ts';

/**
 * Undoing a merge: the organisation it deleted comes back as it was, with
 * its links, memberships and yearly figures, and the organisation it was
 * merged into loses what it took; a later change refuses the undo and
 * nothing is written.
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, headers: analyst, close } = await fixtureApp('analyst'));
  await db.transaction((tx) =>
    writeLinks(tx, [
      Link.parse({
        id: 'l-o5-o4',
        from: 'o5',
        to: 'o4',
        type: 'collaboration',
        provenance: { source: 'test', method: 'manual' },
      }),
    ]),
  );
  // o5 gets an address (o2 has none: the merge fills it in) and a yearly figure.
  await db.transaction(async (tx) => {
    await tx.exec(`UPDATE organizations SET address = '上海市浦东新区测试路 9 号' WHERE id = 'o5'`);
    await tx.exec(
      `INSERT INTO measures (organization, year, employees, provenance)
       VALUES ('o5', 2023, 40, '{"source":"test","method":"manual"}')`,
    );
  });
});
afterAll(async () => close?.());

/** Everything the atlas holds on an organisation that a merge moves. */
async function state(id: string) {
  return {
    org: await db.all(
      `SELECT * EXCLUDE (provenance, external_ids), provenance::VARCHAR AS p,
         external_ids::VARCHAR AS x FROM organizations WHERE id = $id`,
      { id },
    ),
    members: await db.all(
      `SELECT cluster, role, provenance::VARCHAR AS p FROM cluster_members
       WHERE organization = $id ORDER BY cluster`,
      { id },
    ),
    figures: await db.all(
      `SELECT * EXCLUDE (provenance) FROM measures WHERE organization = $id ORDER BY year`,
      { id },
    ),
    links: await db.all(
      `SELECT id, source, target, type FROM links WHERE source = $id OR target = $id ORDER BY id`,
      { id },
    ),
  };
}
const merge = (into: string, from: string) =>
  app.inject({
    method: 'POST',
    url: `/api/organizations/${into}/merge`,
    payload: { from },
    headers: analyst,
  });
const undo = (id: number) =>
  app.inject({ method: 'POST', url: `/api/changes/${id}/undo`, headers: analyst });
async function deletion(id: string): Promise<number> {
  const r = await db.one(
    `SELECT max(id) AS id FROM changes WHERE entity = 'organization' AND entity_id = $id AND action = 'delete'`,
    { id },
  );
  return Number(r!.id);
}

describe('undoing a merge', () => {
  it('brings the merged organisation back with its links, memberships and figures', async () => {
    const [o5, o2] = [await state('o5'), await state('o2')];
    expect([o5.links.length, o5.members.length, o5.figures.length]).toEqual([1, 1, 1]);
    expect((await merge('o2', 'o5')).statusCode).toBe(200);
    expect((await state('o5')).org).toEqual([]);
    const res = await undo(await deletion('o5'));
    expect(res.statusCode, res.body).toBe(200);
    expect(await state('o5')).toEqual(o5);
    expect(await state('o2')).toEqual(o2);
    // Undone again, it finds the record there.
    const again = await undo(await deletion('o5'));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ATLAS_E_UNDO_CONFLICT');
  });

  it('undoes the whole merge from a change it made to the kept record', async () => {
    const o5 = await state('o5');
    expect((await merge('o2', 'o5')).statusCode).toBe(200);
    const filled = await db.one(
      `SELECT max(id) AS id FROM changes WHERE entity_id = 'o2' AND source = 'merge of o5 into o2'`,
    );
    const res = await app.inject({
      method: 'POST',
      url: `/api/changes/${Number(filled!.id)}/undo-merge`,
      headers: analyst,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await state('o5')).toEqual(o5);
    const edit = await db.one(`SELECT min(id) AS id FROM changes WHERE source = 'test'`);
    const notMerge = await app.inject({
      method: 'POST',
      url: `/api/changes/${Number(edit?.id ?? 1)}/undo-merge`,
      headers: analyst,
    });
    expect(notMerge.statusCode).toBe(400);
  });

  it('refuses when the kept organisation changed since, and writes nothing', async () => {
    expect((await merge('o2', 'o5')).statusCode).toBe(200);
    const edit = await app.inject({
      method: 'PATCH',
      url: '/api/organizations/o2',
      payload: { address: '深圳市南山区测试路 1 号' },
      headers: analyst,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const changes = Number((await db.one('SELECT count(*) AS n FROM changes'))!.n);
    const o2 = await state('o2');
    const res = await undo(await deletion('o5'));
    // The merge filled o2's address from o5; o2's address changed since.
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('ATLAS_E_UNDO_CONFLICT');
    expect(Number((await db.one('SELECT count(*) AS n FROM changes'))!.n)).toBe(changes);
    expect(await state('o2')).toEqual(o2);
    expect((await state('o5')).org).toEqual([]);
  });
});
