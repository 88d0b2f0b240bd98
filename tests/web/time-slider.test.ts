import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The time slider of the region and cluster pages — a year picker over the
 * years the data hold and small multiples of members' size, LQ, ECI and its
 * rank, each with what changed since the year before — on the default data
 * with the synthetic set's yearly measures, in Chinese and in English.
 */
let atlas: LiveAtlas;
let years: number[];
beforeAll(async () => {
  atlas = await startAtlas('time-slider');
  const rows = await atlas.db.all(
    'SELECT DISTINCT year FROM measures WHERE employees IS NOT NULL ORDER BY year',
  );
  years = rows.map((r) => Number(r.year));
}, 180_000);
afterAll(async () => atlas?.close());

const CLUSTER = 'national-dongguan-mobile-terminals';

async function signIn(page: Page, role: 'analyst' | 'admin' = 'analyst') {
  await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db, role)}`);
  await page.getByTestId('account').waitFor();
}

const texts = (page: Page, id: string) => page.getByTestId(id).allTextContents();
const panels = (page: Page) =>
  page
    .getByTestId('years-panel')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));

describe('the time slider', () => {
  it('the region page: ECI, its rank and diversity by year, each figure with its unit (zh)', async () => {
    expect(years.length).toBeGreaterThan(1);
    const { page, errors } = await openPage(atlas);
    await signIn(page);
    await page.goto(`${atlas.url}#/region/430100`);
    const slider = page.getByTestId('region-years');
    await slider.waitFor({ timeout: 90_000 });
    // Only the years the data hold, the latest picked.
    const buttons = await slider
      .locator('[data-testid^="slider-year-"]')
      .evaluateAll((els) => els.map((e) => Number(e.textContent)));
    expect(buttons).toEqual(years);
    expect(await page.getByTestId('year-slider-value').textContent()).toContain(
      String(years.at(-1)),
    );
    expect(await panels(page)).toEqual(['eci', 'eci-rank', 'diversity']);
    const pick = years[2];
    await page.getByTestId(`slider-year-${pick}`).click();
    await expect
      .poll(() => page.getByTestId('year-slider-value').textContent())
      .toContain(String(pick));
    const values = await texts(page, 'years-value');
    expect(values[0]).toMatch(new RegExp(`^${pick} 年：-?\\d+\\.\\d{2}（指数）$`));
    expect(values[1]).toMatch(/^\d{4} 年：第 \d+ 名 \/ 共 \d+ 个$/);
    expect(values[2]).toMatch(/^\d{4} 年：\d+ 个行业$/);
    const changed = await texts(page, 'years-what-changed');
    expect(changed[0]).toMatch(new RegExp(`^${years[1]} 年 .+（指数） → ${pick} 年 .+（指数）：`));
    expect(changed[1]).toMatch(
      new RegExp(
        `^${years[1]} 年第 \\d+ 名 → ${pick} 年第 \\d+ 名（共 \\d+ 个）：(上升 \\d+ 位|下降 \\d+ 位|名次不变)。$`,
      ),
    );
    // The slider itself moves the year too; the first year says there is nothing before it.
    await page.getByTestId('year-slider').fill('0');
    await expect
      .poll(() => texts(page, 'years-what-changed'))
      .toContain(`${years[0]} 年是数据中的第一年，没有可比的前一年。`);
    await slider.screenshot({ path: '.tmp/web-region-years.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('the cluster page: members’ size, LQ and complexity by year with growth (en)', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await signIn(page);
    await page.goto(`${atlas.url}#/cluster/${CLUSTER}`);
    const slider = page.getByTestId('cluster-years');
    await slider.waitFor({ timeout: 90_000 });
    const shown = await panels(page);
    expect(shown).toEqual(expect.arrayContaining(['employees', 'lq', 'eci', 'eci-rank', 'pci']));
    const last = years.at(-1) as number;
    const byKey = async (key: string, id: string) =>
      slider.locator(`[data-indicator="${key}"] [data-testid="${id}"]`).textContent();
    expect(await byKey('employees', 'years-value')).toMatch(/^\d{4}: [\d,.]+ persons$/);
    expect(await byKey('lq', 'years-value')).toMatch(/^\d{4}: \d+\.\d{2} \(ratio; average = 1\)$/);
    expect(await byKey('eci', 'years-value')).toMatch(/^\d{4}: -?\d+\.\d{2} \(index\)$/);
    expect(await byKey('employees', 'years-what-changed')).toMatch(
      new RegExp(
        `^${years.at(-2)} [\\d,.]+ persons → ${last} [\\d,.]+ persons: (up|down|unchanged) .*growth [+-]`,
      ),
    );
    expect(await byKey('eci-rank', 'years-what-changed')).toMatch(
      /^Rank \d+ in \d{4} → \d+ in \d{4} \(of \d+\): (up \d+ places?|down \d+ places?|rank unchanged)\.$/,
    );
    await slider.screenshot({ path: '.tmp/web-cluster-years.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('region peers picked by name and saved: ECI by year ranked within exactly the set', async () => {
    const { page, errors } = await openPage(atlas);
    await signIn(page);
    await page.goto(`${atlas.url}#/region/430100`);
    const panel = page.getByTestId('region-peers');
    await panel.waitFor({ timeout: 90_000 });
    for (const [name, code] of [
      ['武汉市', '420100'],
      ['深圳市', '440300'],
    ]) {
      await page.getByTestId('region-peer-picker-input').fill(name);
      await page
        .getByTestId('region-peer-picker-hits')
        .getByRole('option', { name: new RegExp(name) })
        .first()
        .click();
      await page.getByTestId('region-peer-chosen').locator(`li[data-region="${code}"]`).waitFor();
    }
    await page.getByTestId('region-peer-name').fill('长沙对标两城');
    await page.getByTestId('region-peer-save').click();
    const rows = page.getByTestId('region-peer-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).toEqual([
      '430100',
      '420100',
      '440300',
    ]);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells).toHaveLength(years.length);
    for (const c of cells) expect(c).toMatch(/^-?\d+\.\d{2}（指数） · 第 [1-3] 名 \/ 共 3 个$/);
    const row = await atlas.db.one(
      `SELECT subject_type, subject, members FROM peer_sets WHERE name = '长沙对标两城'`,
    );
    expect(row).toMatchObject({ subject_type: 'region', subject: '430100' });
    expect((row!.members as string[]).slice().sort()).toEqual(['420100', '440300']);
    await panel.screenshot({ path: '.tmp/web-region-peers.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('a visitor sees withheld figures said as withheld, never a number behind them', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${CLUSTER}`);
    const slider = page.getByTestId('cluster-years');
    await slider.waitFor({ timeout: 90_000 });
    const values = await texts(page, 'years-value');
    expect(values.length).toBeGreaterThan(0);
    for (const v of values)
      expect(v).toMatch(/^\d{4} 年：(—|.*(人|万元|亿元|指数|平均 = 1|个行业|名).*)$/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
