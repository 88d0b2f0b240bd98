import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { defaultApp, signedIn } from './fixture.ts';

/**
 * The horse race over years (GET /api/rankings/years) and named peer sets
 * (POST/GET/DELETE /api/peer-sets, a scorecard against exactly a saved set,
 * suggestions) on the default data with the synthetic set's yearly measures.
 */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
}, 120_000);
afterAll(async () => close?.());

const PEERS = ['上海市集成电路集群', '深圳市新一代信息通信集群', '武汉市光电子信息集群'];
const PEER_IDS = [
  'national-shanghai-ic',
  'national-shenzhen-ict',
  'national-wuhan-optoelectronics',
];
const SUBJECT = 'national-dongguan-mobile-terminals';

describe('GET /api/rankings/years', () => {
  it('ranks each year on the base year’s scale with rank changes, intervals and what changed', async () => {
    const res = await app.inject({
      url: '/api/rankings/years?designation=national&years=2019-2021&baseYear=2019&runs=40',
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.years).toEqual([2019, 2020, 2021]);
    expect(r.baseYear).toBe(2019);
    const y2021 = r.rows.filter((x: { year: number }) => x.year === 2021);
    expect(y2021.length).toBeGreaterThan(10);
    for (const x of y2021) {
      expect(x.rankLow).toBeLessThanOrEqual(x.rank);
      expect(x.rankHigh).toBeGreaterThanOrEqual(x.rank);
      if (x.rankChange !== null) {
        expect(x.rankChangeLow).toBeLessThanOrEqual(x.rankChange);
        expect(x.rankChangeHigh).toBeGreaterThanOrEqual(x.rankChange);
      }
    }
    // What changed adds up to the change of score (weighted sum: exact).
    for (const c of r.changes.slice(0, 10)) {
      const sum = c.terms.reduce((s: number, t: { contribution: number }) => s + t.contribution, 0);
      expect(sum).toBeCloseTo(c.scoreChange, 9);
    }
    expect(r.indicators.map((i: { id: string }) => i.id)).toContain('member_firms');
    // Built from counts of members and links, never from a firm's figures: an analyst sees the same.
    const as = await signedIn(app, db, 'analyst');
    const seen = await app.inject({
      url: '/api/rankings/years?designation=national&years=2019-2021&baseYear=2019&runs=40',
      headers: as,
    });
    expect(seen.json().rows).toEqual(r.rows);
    expect(JSON.stringify(r)).not.toMatch(/"(revenue|employees|output|rdSpend|patents)"/);
  });

  it('refuses a base year without data and a malformed range, naming the years', async () => {
    const a = await app.inject({ url: '/api/rankings/years?baseYear=1990' });
    expect(a.statusCode).toBe(400);
    expect(a.json().message).toContain('1990');
    const b = await app.inject({ url: '/api/rankings/years?years=2019-20x1' });
    expect(b.statusCode).toBe(400);
  });
});

describe('named peer sets', () => {
  it('a saved set of three named clusters drives the scorecard of a fourth', async () => {
    const as = await signedIn(app, db, 'analyst');
    const saved = await app.inject({
      method: 'POST',
      url: '/api/peer-sets',
      headers: as,
      payload: { name: '东莞对标', subject: '东莞市智能移动终端集群', members: PEERS },
    });
    expect(saved.statusCode).toBe(201);
    const set = saved.json();
    expect(set.subject).toBe(SUBJECT);
    expect(set.members.map((m: { id: string }) => m.id)).toEqual(PEER_IDS);
    const listed = (await app.inject({ url: `/api/peer-sets?subject=${SUBJECT}` })).json();
    expect(listed.items.map((s: { id: string }) => s.id)).toContain(set.id);

    const card = (
      await app.inject({ url: `/api/clusters/${SUBJECT}/scorecard?peerSet=${set.id}` })
    ).json();
    expect(card.peerChoice).toBe('set');
    expect(card.peerSet).toEqual({ id: set.id, name: '东莞对标' });
    expect([...card.peers].sort()).toEqual([...PEER_IDS].sort());
    // Ranked among exactly the four: rank 1-4, each indicator's rank among 4.
    expect(card.ranking.rank).toBeGreaterThanOrEqual(1);
    expect(card.ranking.rank).toBeLessThanOrEqual(4);
    for (const row of card.comparison) expect(row.of).toBe(4);

    // The horse race among exactly the set.
    const race = (await app.inject({ url: `/api/rankings?peerSet=${set.id}&runs=0` })).json();
    expect(race.rows.map((r: { alternative: string }) => r.alternative).sort()).toEqual(
      [SUBJECT, ...PEER_IDS].sort(),
    );
    // The same set over years: exactly those four each year.
    const years = (
      await app.inject({
        url: `/api/rankings/years?years=2020-2021&baseYear=2020&runs=0&peerSet=${set.id}`,
      })
    ).json();
    expect(new Set(years.rows.map((x: { alternative: string }) => x.alternative))).toEqual(
      new Set([SUBJECT, ...PEER_IDS]),
    );
    expect(years.peerSet.id).toBe(set.id);

    const del = await app.inject({
      method: 'DELETE',
      url: `/api/peer-sets/${set.id}`,
      headers: as,
    });
    expect(del.statusCode).toBe(200);
    expect(del.json()).toEqual({ deleted: set.id });
    expect((await app.inject({ url: `/api/peer-sets/${set.id}` })).statusCode).toBe(404);
  });

  it('peers by name on the scorecard; unknown or ambiguous names refused and nothing saved', async () => {
    const card = (
      await app.inject({
        url: `/api/clusters/${SUBJECT}/scorecard?names=${encodeURIComponent(PEERS.join(';'))}`,
      })
    ).json();
    expect(card.peerChoice).toBe('manual');
    expect([...card.peers].sort()).toEqual([...PEER_IDS].sort());
    const as = await signedIn(app, db, 'analyst');
    const before = (await app.inject({ url: '/api/peer-sets' })).json().items.length;
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/peer-sets',
      headers: as,
      payload: { name: 'x', members: ['没有这个集群'] },
    });
    expect(unknown.statusCode).toBe(404);
    const ambiguous = await app.inject({
      method: 'POST',
      url: '/api/peer-sets',
      headers: as,
      payload: { name: 'x', members: ['集群'] },
    });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().details.candidates.length).toBeGreaterThan(1);
    expect((await app.inject({ url: '/api/peer-sets' })).json().items.length).toBe(before);
    // Anonymous visitors read but do not save.
    const anon = await app.inject({
      method: 'POST',
      url: '/api/peer-sets',
      payload: { name: 'x', members: PEERS },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('suggests peers by industry structure and size, saying why', async () => {
    const r = (
      await app.inject({ url: `/api/clusters/${SUBJECT}/peer-suggestions?limit=5` })
    ).json();
    expect(r.items).toHaveLength(5);
    for (const s of r.items) {
      expect(s.id).not.toBe(SUBJECT);
      expect(s.similarity).toBeGreaterThan(0);
      expect(s.reason.zh).toContain('规模相似度');
      // Chinese text takes full-width punctuation: no ASCII ( ) ; , in a zh reason.
      expect(s.reason.zh).not.toMatch(/[();,]/);
      expect(s.reason.en).toContain('size similarity');
      // Named in both languages: an English page shows the English name.
      expect(s.nameEn).toMatch(/^[A-Z][\x20-\x7e’–-]+$/);
    }
    const sims = r.items.map((s: { similarity: number }) => s.similarity);
    expect(sims).toEqual([...sims].sort((a: number, b: number) => b - a));
    // An electronics cluster's nearest peers share its divisions (39: computers, communication, electronics).
    expect(r.items[0].sharedIndustries).toContain('39');
  });
});
