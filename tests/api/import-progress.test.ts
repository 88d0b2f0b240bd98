import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { ImportProgressState } from '../../src/services/import/import-progress-board.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/**
 * GET /api/imports/progress/:token: a running upload's progress, for the
 * session that sent it only, from the arrival of its request to its answer.
 */

// Every state the board holds after a progress call, as the uploader would read it.
const seen: ImportProgressState[] = [];
let uploaderSession = '';
vi.mock('../../src/services/import/import-progress-board.ts', async (original) => {
  const m = await original<typeof import('../../src/services/import/import-progress-board.ts')>();
  class Recording extends m.ImportProgressBoard {
    override reporter(token: string) {
      const report = super.reporter(token);
      return (done: number, total: number, stage?: 'read' | 'check' | 'write') => {
        report(done, total, stage);
        seen.push(this.read(token, uploaderSession));
      };
    }
  }
  return { ...m, ImportProgressBoard: Recording };
});

let db: Duck;
let app: FastifyInstance;
let uploader: Record<string, string>;
let sameAccountElsewhere: Record<string, string>;
let viewer: Record<string, string>;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  uploader = await signedIn(app, db, 'analyst');
  sameAccountElsewhere = await signedIn(app, db, 'analyst');
  viewer = await signedIn(app, db, 'viewer');
  uploaderSession = decodeURIComponent(/atlas_session=([^;]+)/.exec(uploader.cookie!)![1]!);
}, 120_000);
afterAll(async () => {
  await app.close();
  db.close();
});

const TOKEN = 'progress-test-token-0001';
const upload = (token: string, body: string | PassThrough, mode = 'preview') =>
  app.inject({
    method: 'POST',
    url: `/api/imports?kind=organizations&file=names.csv&mode=${mode}&progress=${token}`,
    payload: body,
    headers: { ...uploader, 'content-type': 'text/csv' },
  });
const poll = (token: string, headers: Record<string, string> = uploader) =>
  app.inject({ method: 'GET', url: `/api/imports/progress/${token}`, headers });

/** n organisations in Hunan, each valid. */
function rows(n: number): string {
  const lines = ['名称,省份,城市,行业代码,从业人员'];
  for (let i = 0; i < n; i++)
    lines.push(`长沙进度测试${i}号机械有限公司,湖南,长沙,3444,${10 + (i % 90)}`);
  return lines.join('\n');
}

describe('GET /api/imports/progress/:token', () => {
  it('answers the uploader while the file arrives, refuses every other session, and reads done once answered', async () => {
    const body = new PassThrough();
    const answer = upload(TOKEN, body);
    body.write(rows(3).slice(0, 20));
    await vi.waitFor(async () => expect((await poll(TOKEN)).statusCode).toBe(200));
    const res = await poll(TOKEN);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      phase: 'receive',
      rowsRead: 0,
      rowsChecked: 0,
      rowsWritten: 0,
      rowsTotal: null,
      rowsPerSecond: null,
      secondsLeft: null,
    });
    // The same account signed in elsewhere, another account, nobody: refused, and told nothing.
    for (const other of [sameAccountElsewhere, viewer, {}]) {
      const refused = await poll(TOKEN, other);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'ATLAS_E_FORBIDDEN' });
      expect(refused.body).not.toContain('rows');
    }
    body.end(rows(3).slice(20));
    expect((await answer).statusCode).toBe(200);
    // A question on its way as the answer lands reads 'done', not a 404.
    const after = await poll(TOKEN);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ phase: 'done', rowsWritten: 0, secondsLeft: 0 });
    expect((await poll(TOKEN, viewer)).statusCode).toBe(403);
  });

  it('reports rows read, checked and written, with a rate and the time left, in that order', async () => {
    seen.length = 0;
    const res = await upload('progress-test-token-0002', rows(12_000), 'commit');
    expect(res.statusCode).toBe(200);
    expect(res.json().written).toBe(12_000);
    const phases = seen.map((s) => s.phase).filter((p, i, a) => p !== a[i - 1]);
    expect(phases).toEqual(['read', 'check', 'write']);
    expect(seen[0]).toMatchObject({ phase: 'read', rowsRead: 12_000, rowsTotal: 12_000 });
    const checking = seen.filter((s) => s.phase === 'check');
    expect(checking.map((s) => s.rowsChecked)).toEqual(
      [...checking.map((s) => s.rowsChecked)].sort((a, b) => a - b),
    );
    const mid = checking.find((s) => s.rowsChecked > 0 && s.rowsChecked < 12_000)!;
    expect(mid.rowsPerSecond).toBeGreaterThan(0);
    expect(mid.secondsLeft).toBeGreaterThanOrEqual(0);
    expect(seen.at(-1)).toMatchObject({
      phase: 'write',
      rowsRead: 12_000,
      rowsChecked: 12_000,
      rowsWritten: 12_000,
      secondsLeft: 0,
    });
    expect((await poll('progress-test-token-0002')).json()).toMatchObject({
      phase: 'done',
      rowsWritten: 12_000,
    });
  }, 120_000);

  it('takes only a well-formed token', async () => {
    expect((await poll('short')).statusCode).toBe(400);
    const bad = await upload('not a token!', rows(1));
    expect(bad.statusCode).toBe(400);
  });
});
