import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { openStore } from '../../src/store/store.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA, EVERY_PAGE } from './pages.ts';

/**
 * The atlas a fresh `npm start` opens holds real data only: walked page by
 * page, signed in as admin (who sees every figure), no page shows a
 * synthetic mark, a generated name or the synthetic banner; the region page
 * says its matrix counts listed firms only; Changsha's cluster lists 中联重科.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('real-atlas', async () => {
    const db = await openStore({ path: ':memory:' });
    await bootstrap(db);
    return db;
  });
}, 120_000);
afterAll(async () => atlas?.close());

const CLUSTER = CHANGSHA;
/** Every page, and a province, another cluster and three listed firms of the real atlas (美的 is a curated record, 万科 only listed). */
const PAGES = [
  ...EVERY_PAGE,
  '#/region/430000',
  '#/cluster/national-shenzhen-ict',
  '#/organization/org-zoomlion',
  '#/organization/org-midea',
  '#/organization/org-listed-000002-sz',
  '#/reports/region/430000',
];

/** Every sign of synthetic data a page could show. */
function syntheticMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const marks = document.querySelectorAll(
      '[data-testid="synthetic-badge"], [data-testid="synthetic-banner"], .badge-synthetic',
    );
    for (const m of marks) found.push(`mark: ${m.textContent ?? ''}`);
    const text = document.body.innerText;
    for (const word of ['【合成】', '(synthetic)', 'atlas generate', 'syn-s'])
      if (text.includes(word)) found.push(`text: ${word}`);
    return found;
  });
}

describe('the default atlas in the browser', () => {
  it('shows no synthetic figure, name or banner on any page', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    const seen: Record<string, string[]> = {};
    for (const hash of PAGES) {
      await page.goto(`${atlas.url}${hash}`);
      await page.waitForLoadState('networkidle');
      const marks = await syntheticMarks(page);
      if (marks.length) seen[hash || 'map'] = marks;
    }
    expect(seen).toEqual({});
    expect(errors.join('\n')).toBe('');
    await page.context().close();
  }, 300_000);

  it('labels the region matrix as listed firms only, and Hunan stands out in construction machinery', async () => {
    const { page } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430000`);
    await expect.poll(() => page.getByTestId('listed-only').count()).toBe(1);
    await expect(page.getByTestId('listed-only').innerText()).resolves.toBe('仅上市公司');
    await page.context().close();
  }, 60_000);

  it('heads Changsha’s specialised industries with machinery, not a thin industry of high LQ', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const list = page.getByTestId('strong-clusters');
    await expect
      .poll(() => list.getByTestId('strong-share').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    // Counted over listed firms, special-purpose machinery (construction machinery:
    // 中联重科, 山河智能, …) is Changsha's largest specialised division. Ranked by LQ
    // alone, road transport (LQ ≈ 9 from a handful of firms) headed the list.
    expect(await list.locator('li').first().textContent()).toContain('专用设备制造业');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('lists 中联重科 among the Changsha cluster members and marks inferred members', async () => {
    const { page } = await openPage(atlas);
    await page.goto(`${atlas.url}${CLUSTER}`);
    const list = page.getByTestId('member-list');
    await list.waitFor();
    await expect(list.innerText()).resolves.toContain('中联重科');
    await expect.poll(() => list.getByTestId('inferred-member').count()).toBeGreaterThan(0);
    await page.context().close();
  }, 60_000);
});
