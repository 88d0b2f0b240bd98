import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The horse race by year on the rankings page, and a saved peer set of three
 * named clusters driving a fourth cluster's scorecard — on the default data
 * with the synthetic set's yearly measures (2019-2024).
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('years-peers');
}, 180_000);
afterAll(async () => atlas?.close());

const SUBJECT = 'national-dongguan-mobile-terminals';
const PEERS: [string, string][] = [
  ['上海市集成电路集群', 'national-shanghai-ic'],
  ['深圳市新一代信息通信集群', 'national-shenzhen-ict'],
  ['武汉市光电子信息集群', 'national-wuhan-optoelectronics'],
];

describe('years and named peers on the web', () => {
  it('the rankings page shows ranks per year with the change since the year before', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/rankings`);
    const rows = page.getByTestId('years-row');
    await rows.first().waitFor({ timeout: 60_000 });
    await page.getByTestId('year-2021').click();
    await expect
      .poll(() => rows.first().locator('td').nth(1).textContent(), { timeout: 30_000 })
      .toBe('2021');
    expect(await rows.count()).toBeGreaterThan(10);
    // Every cluster has its rank change in words (up, down, unchanged) and the base year is the first.
    const changes = await page.getByTestId('rank-change').allTextContents();
    expect(changes.every((c) => /上升|下降|不变|首年/.test(c))).toBe(true);
    expect(await page.getByTestId('years-base').inputValue()).toBe('2019');
    await page.getByTestId('what-changed').first().click();
    expect(await page.getByTestId('what-changed').first().textContent()).toMatch(/分/);
    await page.screenshot({ path: '.tmp/web-years-ranking.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('a peer set of three clusters picked by name and saved drives the scorecard of a fourth', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/${SUBJECT}/evaluation`);
    await page.getByTestId('peer-set-panel').waitFor({ timeout: 60_000 });
    // Suggestions say why.
    await page.getByTestId('peer-suggestions').locator('li').first().waitFor();
    expect(await page.getByTestId('peer-suggestions').textContent()).toContain('规模相似度');
    for (const [name, id] of PEERS) {
      await page.getByTestId('peer-picker-input').fill(name);
      await page.getByTestId('peer-picker-hits').getByRole('option', { name }).first().click();
      await page.getByTestId('peer-chosen').locator(`li[data-cluster="${id}"]`).waitFor();
    }
    await page.getByTestId('peer-set-name').fill('东莞对标三城');
    await page.getByTestId('peer-set-save').click();
    const heading = page.getByTestId('scorecard-peers');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toContain('东莞对标三城');
    const peers = (await heading.getAttribute('data-peers'))!.split(',').sort();
    expect(peers).toEqual(PEERS.map(([, id]) => id).sort());
    expect(await page.getByTestId('scorecard-rank').textContent()).toMatch(
      /对标组“东莞对标三城”的 4 个集群中排第 [1-4] 名/,
    );
    // The same four, year by year: ranks among exactly the set.
    const yearsRows = page.getByTestId('scorecard-years-row');
    await expect.poll(() => yearsRows.count(), { timeout: 30_000 }).toBe(4);
    expect(await yearsRows.first().textContent()).toMatch(/\d \/ 4/);
    await page.screenshot({ path: '.tmp/web-peer-set.png', fullPage: true });
    // Saved: the store holds it, with the three ids.
    const row = await atlas.db.one(`SELECT members FROM peer_sets WHERE name = '东莞对标三城'`);
    expect((row!.members as string[]).slice().sort()).toEqual(PEERS.map(([, id]) => id).sort());
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the rankings page ranks exactly a saved peer set, this year and by year', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/rankings`);
    await page.getByTestId('ranking-row').first().waitFor({ timeout: 60_000 });
    const id = String(
      (await atlas.db.one(`SELECT id FROM peer_sets WHERE name = '东莞对标三城'`))!.id,
    );
    await page.getByTestId('ranking-scope').selectOption(`set:${id}`);
    const ranked = () =>
      page
        .getByTestId('ranking-row')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster')).sort());
    const four = [SUBJECT, ...PEERS.map(([, c]) => c)].sort();
    await expect.poll(ranked, { timeout: 30_000 }).toEqual(four);
    await expect
      .poll(
        () =>
          page
            .getByTestId('years-row')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster')).sort()),
        { timeout: 30_000 },
      )
      .toEqual(four);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
