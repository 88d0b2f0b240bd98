import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { openStore } from '../../src/store/store.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Issue 17, "how to know it is done": on the default atlas (real data only),
 * the header's search box offers the Changsha construction-machinery cluster
 * as its first hit for 长沙工程机械, changsha gongcheng jixie, cs工程机械 and
 * Changsha construction machinery, and Enter opens it; the cluster filter
 * beside the map lists it first too (it showed 0 of 45 before).
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('fuzzy-search', async () => {
    const db = await openStore({ path: ':memory:' });
    await bootstrap(db);
    return db;
  });
}, 180_000);
afterAll(async () => atlas?.close());

describe('search as people type it, in the browser', () => {
  it('finds the Changsha construction-machinery cluster first, in zh-CN and English', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(atlas.url);
    const input = page.getByTestId('search-input');
    const first = page.getByTestId('search-hits').getByRole('option').first();

    for (const q of ['长沙工程机械', 'changsha gongcheng jixie', 'cs工程机械']) {
      await input.fill(q);
      await expect
        .poll(() => first.textContent(), { timeout: 15_000 })
        .toContain('长沙市工程机械集群');
    }
    await page.screenshot({ path: '.tmp/web-fuzzy-search-zh.png' });
    await input.press('Enter');
    await page.getByTestId('cluster-page').waitFor();
    expect(page.url()).toContain('national-changsha-construction-machinery');

    await page.goto(atlas.url);
    const filter = page.getByTestId('cluster-filter');
    await filter.fill('长沙工程机械');
    const item = page.getByTestId('cluster-item').first();
    await expect
      .poll(() => item.textContent(), { timeout: 15_000 })
      .toContain('长沙市工程机械集群');

    await page.getByTestId('lang-switch').click();
    await page.locator('h1', { hasText: 'Cluster Atlas' }).waitFor();
    await input.fill('Changsha construction machinery');
    await expect
      .poll(() => first.textContent(), { timeout: 15_000 })
      .toContain('Changsha construction machinery cluster');
    await page.screenshot({ path: '.tmp/web-fuzzy-search-en.png' });

    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('chooses a buyer, a region and detection regions with pickers, never typing a code (item 3)', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(`${atlas.url}#/matching`);
    const buyer = page.getByTestId('match-buyer-input');
    // No buyer is chosen for the reader (never an id written into the page).
    await page.getByTestId('match-search').waitFor();
    expect(await buyer.inputValue()).toBe('');
    await buyer.fill('zlzk');
    const buyerHits = page.getByTestId('match-buyer-hits').getByRole('option');
    await expect
      .poll(() => buyerHits.first().textContent(), { timeout: 15_000 })
      .toContain('中联重科');
    await buyer.press('Enter');
    expect(await buyer.inputValue()).toContain('中联重科');

    const region = page.getByTestId('match-region-input');
    await region.fill('湖南长沙');
    const regionHits = page.getByTestId('match-region-hits').getByRole('option');
    await expect
      .poll(() => regionHits.first().textContent(), { timeout: 15_000 })
      .toContain('长沙市');
    await regionHits.first().click();
    expect(await region.inputValue()).toBe('长沙市');
    await page.getByTestId('match-search').click();
    await page.getByTestId('match').first().waitFor();
    await page.screenshot({ path: '.tmp/web-pickers-matching.png' });

    await page.goto(atlas.url);
    await page.getByTestId('detect-open').click();
    const chosen = page.getByTestId('detect-regions-chosen');
    await expect.poll(() => chosen.textContent(), { timeout: 15_000 }).toContain('四川省');
    await page.getByTestId('detect-regions-input').fill('hunan');
    const hits = page.getByTestId('detect-regions-hits').getByRole('option');
    await expect.poll(() => hits.first().textContent(), { timeout: 15_000 }).toContain('湖南省');
    await hits.first().click();
    expect(await chosen.locator('li').allTextContents()).toEqual([
      expect.stringContaining('四川省'),
      expect.stringContaining('重庆市'),
      expect.stringContaining('湖南省'),
    ]);
    await chosen.getByRole('button', { name: '移除 重庆市' }).click();
    expect(await chosen.locator('li').count()).toBe(2);
    // The industry by name or a chain's node, not a code: 计算机… preset (39), then 多路阀.
    const industry = page.getByTestId('detect-industry-input');
    await expect.poll(() => industry.inputValue(), { timeout: 15_000 }).toContain('计算机');
    await industry.fill('多路阀');
    const nodeHits = page.getByTestId('detect-industry-hits').getByRole('option');
    await expect
      .poll(() => nodeHits.first().textContent(), { timeout: 15_000 })
      .toContain('多路阀');
    expect(await nodeHits.first().textContent()).toContain('产业链环节');
    await industry.press('Enter');
    expect(await industry.inputValue()).toBe('多路阀');
    await page.getByTestId('detect-run').click();
    await page.getByTestId('detect-results').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: '.tmp/web-pickers-detect.png' });

    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
