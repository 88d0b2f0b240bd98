import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { disclosureClass, etagMatches } from '../../src/api/answer-memo.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore, FIGURES } from './canary-fixture.ts';

/**
 * Kept answers (api/answer-memo.ts): a repeated read is answered from the
 * bytes kept for its URL, disclosure class and data generation, 304 on a
 * matching If-None-Match; a write makes them stale; one class never gets
 * another's bytes.
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let memberK5: Record<string, string>;
beforeAll(async () => {
  db = await canaryStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  memberK5 = await signedIn(app, db, 'member', 'k5');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

describe('kept answers', () => {
  it('answers a repeated read from the kept bytes, with an ETag and 304 on If-None-Match', async () => {
    const first = await app.inject({ url: '/api/clusters' });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const hits = app.answerMemo.hits;
    const second = await app.inject({ url: '/api/clusters' });
    expect(app.answerMemo.hits).toBe(hits + 1);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(etag);
    expect(second.headers['content-type']).toMatch(/application\/json/);
    expect(second.headers['content-security-policy']).toBeTruthy();
    const again = await app.inject({ url: '/api/clusters', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await app.inject({
      url: '/api/clusters',
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.statusCode).toBe(200);
  });

  it('builds the answer again after a write', async () => {
    await app.inject({ url: '/api/clusters' });
    const misses = app.answerMemo.misses;
    await db.transaction(async () => undefined);
    await app.inject({ url: '/api/clusters' });
    expect(app.answerMemo.misses).toBe(misses + 1);
  });

  it('never gives one disclosure class the bytes kept for another', async () => {
    const url = '/api/metrics/hhi_region?measure=revenue&year=2019&industryLevel=label';
    for (let k = 0; k < 2; k++) {
      const seen = (await app.inject({ url, headers: analyst })).json();
      expect(seen.matrix.total).toBe(FIGURES.k5.revenue);
      const visitor = (await app.inject({ url })).json();
      expect(visitor.matrix.total).toBeNull();
      // k5's own figure is the whole total: its member may see it, no one else.
      const member = (await app.inject({ url, headers: memberK5 })).json();
      expect(member.matrix.total).toBe(FIGURES.k5.revenue);
    }
    expect(disclosureClass({ role: 'viewer' })).toBe('public');
    expect(disclosureClass({ role: 'member', organization: 'k5' })).toBe('member:k5');
    expect(disclosureClass({ role: 'admin' })).toBe('all');
  });

  it('keeps the headers of a CSV answer', async () => {
    const url = '/api/metrics/lq?measure=revenue&year=2019&format=csv';
    const a = await app.inject({ url });
    const b = await app.inject({ url });
    expect(b.body).toBe(a.body);
    expect(b.headers['content-type']).toBe(a.headers['content-type']);
    expect(b.headers['content-disposition']).toBe(a.headers['content-disposition']);
    expect(b.headers['cache-control']).toBe('no-store');
  });

  it('reads If-None-Match lists and weak tags', () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"c"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
});
