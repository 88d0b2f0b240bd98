import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../src/contract/import-progress.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { fixtureStore } from '../api/fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The import page shows a running upload's progress after a second: the
 * phase in words, rows read, checked and written, the rate and the time
 * left, in zh and en. The upload is held in the browser until the bar is
 * seen and the progress answer is given, so nothing here races a clock;
 * the server's answers are tests/api/import-progress.test.ts's.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('import-progress', fixtureStore);
}, 300_000);
afterAll(async () => atlas?.close());

const CSV = '名称,省份,城市,行业代码\n长沙进度条测试机械有限公司,湖南,长沙,3444\n';
const CHECKING: ImportProgress = {
  phase: 'check',
  rowsRead: 120_000,
  rowsChecked: 48_000,
  rowsWritten: 0,
  rowsTotal: 120_000,
  rowsPerSecond: 24_000,
  secondsLeft: 3,
};

const EXPECTED = {
  'zh-CN': {
    phase: '正在检查数据行',
    counts: '已读取 12万 行 · 已检查 4.8万 行 · 已写入 0 行 · 共 12万 行',
    rate: '每秒 2.4万 行 · 预计还需 3 秒',
  },
  en: {
    phase: 'Checking rows',
    counts: '120,000 rows read · 48,000 rows checked · 0 rows written · 120,000 rows in all',
    rate: '24,000 rows a second · about 3 seconds left',
  },
};

describe('progress on the import page', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`shows the phase, counts, rate and time left of a running upload (${locale})`, async () => {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
      await page.getByTestId('account').waitFor();
      await page.goto(`${atlas.url}#/data`);

      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let sent = { at: 0, token: '' };
      await page.route(/\/api\/imports\?/, async (route) => {
        const url = new URL(route.request().url());
        sent = { at: Date.now(), token: url.searchParams.get('progress') ?? '' };
        await held;
        await route.continue();
      });
      const asked: { at: number; token: string }[] = [];
      await page.route(/\/api\/imports\/progress\//, async (route) => {
        asked.push({ at: Date.now(), token: route.request().url().split('/').pop()! });
        await route.fulfill({ json: CHECKING, headers: { 'cache-control': 'no-store' } });
      });

      await page.getByTestId('import-file').setInputFiles({
        name: 'progress.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CSV, 'utf8'),
      });
      const bar = page.getByTestId('import-progress');
      await bar.waitFor();
      expect(await page.getByTestId('import-progress-phase').textContent()).toBe(
        EXPECTED[locale].phase,
      );
      expect(await page.getByTestId('import-progress-counts').textContent()).toBe(
        EXPECTED[locale].counts,
      );
      expect(await page.getByTestId('import-progress-rate').textContent()).toBe(
        EXPECTED[locale].rate,
      );
      expect(await bar.locator('progress').getAttribute('value')).toBe('48000');
      // It asks about the upload it sent, and not before a second has passed.
      expect(sent.token).toMatch(/^[0-9a-f]{32}$/);
      expect(asked[0]!.token).toBe(sent.token);
      expect(asked[0]!.at - sent.at).toBeGreaterThanOrEqual(900);

      release();
      await page.getByTestId('import-preview').waitFor();
      await bar.waitFor({ state: 'detached' });
      const after = asked.length;
      await page.waitForTimeout(1_200);
      expect(asked.length).toBe(after);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
});
