import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/core/access/viewer.ts';
import { redactFigures } from '../../src/services/access/redact.ts';
import type { Duck } from '../../src/store/duck.ts';
import { defaultApp, signedIn } from '../api/fixture.ts';

/**
 * The confidentiality rule on a result that names many firms: the Changsha
 * construction-machinery panorama (default data). A visitor gets every
 * firm's figures as null and node totals only where 3 or more firms make
 * them up; an analyst gets them all.
 */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
}, 60_000);
afterAll(async () => close?.());

type Firm = { id: string; revenue: number | null; employees: number | null };
type Node = {
  firms: Record<string, Firm[]>;
  size: { revenue: number | null; withMeasures: number };
};
const url =
  '/api/panorama?cluster=national-changsha-construction-machinery&chain=construction-machinery';
const firms = (nodes: Node[]) => nodes.flatMap((n) => Object.values(n.firms).flat());

describe('panorama figures by role', () => {
  it('gives an analyst every firm figure, a visitor none, and totals of 3+ firms only', async () => {
    const analyst = (await app.inject({ url, headers: await signedIn(app, db, 'analyst') })).json();
    const visitor = (await app.inject({ url })).json();
    const aFirms = firms(analyst.panorama.nodes as Node[]);
    expect(aFirms.some((f) => typeof f.revenue === 'number')).toBe(true);
    const vFirms = firms(visitor.panorama.nodes as Node[]);
    expect(vFirms.length).toBe(aFirms.length);
    expect(vFirms.every((f) => f.revenue === null && f.employees === null)).toBe(true);
    for (const n of visitor.panorama.nodes as Node[]) {
      if (n.size.withMeasures < 3) expect(n.size.revenue).toBeNull();
      else expect(typeof n.size.revenue).toBe('number');
    }
    expect((visitor.panorama.nodes as Node[]).some((n) => n.size.withMeasures >= 3)).toBe(true);
  });

  it('withholds a node total that one firm dominates, and never shows the largest firm’s figure', async () => {
    type Sized = { id: string; size: Node['size'] & { largest?: Record<string, number> } };
    const analyst = (await app.inject({ url, headers: await signedIn(app, db, 'analyst') })).json()
      .panorama.nodes as Sized[];
    const visitor = new Map(
      ((await app.inject({ url })).json().panorama.nodes as Sized[]).map((n) => [n.id, n]),
    );
    let dominated = 0;
    for (const a of analyst) {
      const v = visitor.get(a.id)!;
      expect(v.size.largest).toBeUndefined();
      if (a.size.withMeasures < 3 || !a.size.revenue) continue;
      const share = a.size.largest!.revenue / a.size.revenue;
      if (share > 0.85) dominated++;
      expect(v.size.revenue, a.id).toBe(share > 0.85 ? null : a.size.revenue);
    }
    expect(analyst.some((a) => a.size.largest !== undefined)).toBe(true);
    // No node of the default data is dominated (largest share 0.79); the rule itself, on a hand case:
    expect(dominated).toBe(0);
    const node = (largest: number) => ({
      id: 'n',
      size: {
        withMeasures: 4,
        revenue: 100,
        employees: 40,
        output: 0,
        largest: { revenue: largest, employees: 10, output: 0 },
      },
    });
    expect(redactFigures(node(86), ANONYMOUS).size).toEqual({
      withMeasures: 4,
      revenue: null,
      employees: 40,
      output: 0,
    });
    expect(redactFigures(node(85), ANONYMOUS).size).toEqual({
      withMeasures: 4,
      revenue: 100,
      employees: 40,
      output: 0,
    });
    expect(redactFigures(node(86), { role: 'analyst' }).size.revenue).toBe(100);
  });

  it('withholds the figures of firms to attract, and the reasons that quote them', async () => {
    const q =
      '/api/targets?cluster=national-changsha-construction-machinery&chain=construction-machinery&limit=5';
    type Target = {
      revenue: number | null;
      revenueTop: number | null;
      terms: { size: number | null; tier: number };
      reasons: string[];
    };
    const all = (x: { nodes: { targets: Target[] }[] }) => x.nodes.flatMap((n) => n.targets);
    const visitor = all((await app.inject({ url: q })).json());
    const analyst = all(
      (await app.inject({ url: q, headers: await signedIn(app, db, 'analyst') })).json(),
    );
    expect(visitor.length).toBe(analyst.length);
    expect(analyst.some((t) => typeof t.revenue === 'number')).toBe(true);
    expect(analyst.some((t) => t.reasons.some((r) => r.startsWith('revenue')))).toBe(true);
    expect(visitor.every((t) => t.revenue === null)).toBe(true);
    expect(visitor.some((t) => t.reasons.some((r) => /revenue/.test(r)))).toBe(false);
    // Its rank by revenue among the candidates is withheld too; the other terms stay.
    expect(analyst.some((t) => typeof t.revenueTop === 'number' && t.terms.size! > 0)).toBe(true);
    expect(visitor.every((t) => t.revenueTop === null && t.terms.size === null)).toBe(true);
    expect(visitor.map((t) => t.terms.tier)).toEqual(analyst.map((t) => t.terms.tier));
  });
});
