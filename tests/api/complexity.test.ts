import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultApp, signedIn } from './fixture.ts';

/**
 * GET /api/complexity/opportunities on the default data (prefecture ×
 * division, employees), asked by an analyst: its figures, built from firms'
 * employees, are withheld from visitors where the disclosure rule says
 * (tests/access/complexity-disclosure.test.ts).
 */
let app: FastifyInstance;
let close: () => Promise<void>;
let headers: Record<string, string>;
beforeAll(async () => {
  let db;
  ({ app, close, db } = await defaultApp());
  headers = await signedIn(app, db, 'analyst');
}, 60_000);
afterAll(async () => close?.());

const get = async (q: string) =>
  (await app.inject({ url: `/api/complexity/opportunities?${q}`, headers })).json();

describe('region opportunities', () => {
  it('ranks Changsha’s candidate industries best first, each classed, none it already specialises in', async () => {
    const r = await get('region=430100&limit=10');
    expect(typeof r.eci).toBe('number');
    expect(r.opportunities.length).toBeGreaterThan(0);
    for (let i = 1; i < r.opportunities.length; i++)
      expect(r.opportunities[i].score).toBeLessThanOrEqual(r.opportunities[i - 1].score);
    for (const o of r.opportunities) expect(o.mcp).toBe(0);
    const classes = new Set(r.positions.map((p: { class: string }) => p.class));
    for (const c of classes)
      expect([
        'strength',
        'weakness',
        'opportunity',
        'threat',
        'possible_entrant',
        'absent',
      ]).toContain(c);
    expect(r.verified).toBe(false);
  });

  it('exports the ranked opportunities as CSV, row for row as the JSON', async () => {
    const r = await get('region=430100&limit=10');
    const res = await app.inject({
      url: '/api/complexity/opportunities?region=430100&limit=10&format=csv',
      headers,
    });
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('industry,class,score,density,peerDensity,cog,pci,rca,neighboursStrong');
    expect(lines.length - 1).toBe(r.opportunities.length);
    expect(lines[1].split(',').slice(0, 3)).toEqual([
      r.opportunities[0].industry,
      r.opportunities[0].class,
      String(r.opportunities[0].score),
    ]);
  });

  it('differentiated: leaves out what the province’s other regions are strong in', async () => {
    const plain = await get('region=430100&limit=500');
    const diff = await get('region=430100&limit=500&differentiated=true');
    const ids = (x: { opportunities: { industry: string }[] }) =>
      x.opportunities.map((o) => o.industry);
    for (const e of diff.excluded) {
      expect(ids(diff)).not.toContain(e);
    }
    expect(ids(diff).length + diff.excluded.length).toBeGreaterThanOrEqual(ids(plain).length);
    expect(diff.neighbours.every((n: string) => n.startsWith('43') && n !== '430100')).toBe(true);
  });

  it('404 for a region not in the matrix, 400 for a malformed code', async () => {
    expect(
      (await app.inject({ url: '/api/complexity/opportunities?region=999999' })).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/api/complexity/opportunities?region=43' })).statusCode).toBe(
      400,
    );
  });
});
