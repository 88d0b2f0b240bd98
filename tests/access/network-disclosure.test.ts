import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Link } from '../../src/core/model/link.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeLinks } from '../../src/store/links.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore, LINKS } from './canary-fixture.ts';

/**
 * Supply disruption over the canary store with one more link: k8 sells k9
 * castings (5,000.5), the only supplier of them. k8 stops, so k9 loses
 * 5,000.5 of its 76,001.33 of inputs — a share computed from confidential
 * link values. Its loss is its own figure, the output at risk a
 * confidential aggregate; and since a visitor could otherwise move failAt
 * until k9 flips to failed and so read its loss, a visitor's thresholds
 * are snapped.
 */
const CASTINGS = {
  id: 'kl6',
  from: 'k8',
  to: 'k9',
  value: 5000.5,
  type: 'supply',
  year: 2019,
  product: '铸件',
  provenance: { source: 'canary fixture', method: 'manual', year: 2019 },
};
const all = LINKS.filter((l) => l.to === 'k9').reduce((a, l) => a + l.value, CASTINGS.value);
const share = CASTINGS.value / all;

let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let memberK9: Record<string, string>;
beforeAll(async () => {
  db = await canaryStore();
  await db.transaction((tx) => writeLinks(tx, [Link.parse(CASTINGS)]));
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  memberK9 = await signedIn(app, db, 'member', 'k9');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

type Hit = { organization: string; loss: number | null; failed: boolean };
const k9 = async (query: string, headers?: Record<string, string>) => {
  const res = await app.inject({ url: `/api/resilience?remove=k8&${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return { body, hit: (body.hits as Hit[]).find((h) => h.organization === 'k9') as Hit };
};

describe('supply disruption figures from link values', () => {
  it('a firm’s loss: to analysts and its own member, not to a visitor; the total withheld', async () => {
    expect((await k9('', analyst)).hit.loss).toBeCloseTo(share, 9);
    expect((await k9('', memberK9)).hit.loss).toBeCloseTo(share, 9);
    const v = await k9('');
    expect(v.hit.loss).toBeNull();
    expect(v.body.outputAtRisk).toBeNull();
  });

  it('scanning failAt finds the loss on exact answers, not on a visitor’s', async () => {
    const flips = async (headers?: Record<string, string>) => {
      const seen: boolean[] = [];
      for (let f = 0.04; f <= 0.09; f += 0.005)
        seen.push((await k9(`failAt=${f.toFixed(3)}`, headers)).hit.failed);
      return seen;
    };
    // The analyst's answers flip between 0.065 and 0.070: the loss, to two places.
    const exact = await flips(analyst);
    expect(exact.some(Boolean)).toBe(true);
    expect(exact.every(Boolean)).toBe(false);
    // A visitor's are all alike: the threshold was snapped to a quarter.
    expect(new Set(await flips()).size).toBe(1);
    expect((await k9('failAt=0.068')).body.coarsened).toMatchObject({ failAt: 0.25 });
  });
});
