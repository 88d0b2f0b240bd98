import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { figureProvenanceSql } from '../../src/store/figure-sources.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/**
 * Rows an import holds for review (an uncertain candidate in the atlas) are
 * decided by a person: the candidate, another organisation, or a new one —
 * sent with the preview and the write as `reviewed` (row → decision).
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
const ATLAS =
  '名称,省份,城市,行业\n湖南审计测试液压科技有限公司,湖南省,长沙市,3444\n长沙审计样本重工股份有限公司,湖南省,长沙市,3511\n';
const HELD =
  '名称,省份,从业人员\n审计测试液压机械有限公司,湖南省,80\n审计样本重型机械有限公司,湖南省,60\n';

beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  const r = await post('&mode=commit', ATLAS, 'atlas.csv');
  expect(r.statusCode, r.body).toBe(200);
});
afterAll(async () => {
  await app.close();
  db.close();
});

const post = (q: string, body: string, name = 'held.csv') =>
  app.inject({
    method: 'POST',
    url: `/api/imports?kind=organizations&file=${encodeURIComponent(name)}${q}`,
    payload: body,
    headers: { ...analyst, 'content-type': 'text/csv' },
  });
const idOf = async (name: string) =>
  String((await db.one('SELECT id FROM organizations WHERE name = $n', { n: name }))!.id);
const count = async () => Number((await db.one('SELECT count(*) AS n FROM organizations'))!.n);
const reviewed = (d: Record<number, string>) =>
  `&reviewed=${encodeURIComponent(JSON.stringify(d))}`;

describe('held rows decided by a person', () => {
  it('holds both rows, names their candidates and writes nothing of them', async () => {
    const before = await count();
    const r = await post('&mode=commit', HELD);
    expect(r.statusCode, r.body).toBe(200);
    const res = r.json().resolution;
    expect(res.counts).toEqual({ new: 0, updated: 0, queued: 2, unchanged: 0 });
    expect(res.queued.map((q: { row: number; candidateName: string }) => q.candidateName)).toEqual([
      '湖南审计测试液压科技有限公司',
      '长沙审计样本重工股份有限公司',
    ]);
    expect(await count()).toBe(before);
  });

  it('previews and writes the decisions: row 2 is the candidate, row 3 a new organisation', async () => {
    const candidate = await idOf('湖南审计测试液压科技有限公司');
    const decisions = reviewed({ 2: candidate, 3: 'new' });
    const preview = await post(`&mode=preview${decisions}`, HELD);
    expect(preview.json().resolution.counts).toEqual({
      new: 1,
      updated: 1,
      queued: 0,
      unchanged: 0,
    });
    const before = await count();
    const r = await post(`&mode=commit${decisions}`, HELD);
    expect(r.statusCode, r.body).toBe(200);
    const res = r.json().resolution;
    expect(res.counts).toEqual({ new: 1, updated: 1, queued: 0, unchanged: 0 });
    expect(res.matched[0]).toMatchObject({
      row: 2,
      organization: candidate,
      changed: ['measures'],
    });
    expect(res.matched[0].reasons).toContain('a person confirmed it is this organisation');
    expect(await count()).toBe(before + 1);
    // The candidate keeps its name; the figures are its own, with the row that gave them.
    const m = await db.one(
      `SELECT o.name, m.employees, json_extract_string(${figureProvenanceSql('m')}, '$.row') AS row
       FROM measures m JOIN organizations o ON o.id = m.organization WHERE o.id = $id`,
      { id: candidate },
    );
    expect(m).toMatchObject({ name: '湖南审计测试液压科技有限公司', employees: 80, row: '2' });
    expect(await idOf('审计样本重型机械有限公司')).toBeTruthy();
  });

  it('refuses an organisation that is not in the atlas, naming the row, and writes nothing', async () => {
    const before = await count();
    const r = await post(`&mode=commit${reviewed({ 2: 'org-none' })}`, HELD, 'other.csv');
    expect(r.statusCode).toBe(422);
    expect(r.json().details.rows[0]).toMatchObject({
      row: 2,
      code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
    });
    expect(await count()).toBe(before);
  });

  it('refuses decisions that are not an object of row → decision', async () => {
    for (const bad of ['[1]', '{"x":"new"}', '{"2":""}', 'not json']) {
      const r = await post(`&mode=preview&reviewed=${encodeURIComponent(bad)}`, HELD);
      expect(r.statusCode, bad).toBe(400);
      expect(r.json().code).toBe('ATLAS_E_BAD_VALUE');
    }
  });
});
