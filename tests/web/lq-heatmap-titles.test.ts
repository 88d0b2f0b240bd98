import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The LQ heat map in English when an answer carries no English title for its
 * groups or classes (an atlas built before they were bundled): the divisions'
 * NBS titles stand in, and they may arrive after the map has drawn. The map
 * must redraw with them, not keep the Chinese titles it drew first.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('lq-heatmap-titles');
});
afterAll(async () => atlas?.close());

describe('the LQ heat map', () => {
  it('redraws with the English titles that arrive after it', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    // The page's matrices by group (GB/T 4754's three-digit level; the page offers sections and
    // divisions), their English titles dropped as in an atlas built before they were bundled.
    await page.route('**/api/metrics/**', async (route) => {
      const url = route.request().url().replace('industryLevel=2', 'industryLevel=3');
      const response = await route.fetch({ url });
      const body = (await response.json()) as { industries?: { code: string; nameEn: unknown }[] };
      for (const i of body.industries ?? []) if (/^\d{3,4}$/.test(i.code)) i.nameEn = null;
      await route.fulfill({ response, json: body });
    });
    // The divisions' titles are held back until the map has drawn without them.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/industries?level=2*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${atlas.url}#/region/430100`);
    const heat = page.getByTestId('lq-heatmap');
    const drawn = async () =>
      ((await heat.getAttribute('data-drawn-industries')) ?? '').split('\n');
    await expect
      .poll(async () => (await drawn()).filter(Boolean).length, { timeout: 20000 })
      .toBeGreaterThan(3);
    const before = await drawn();
    // Before the titles come, classes without an English title are named in Chinese.
    expect(before.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    release();
    await expect
      .poll(async () => (await drawn()).filter((l) => /[\u4e00-\u9fff]/.test(l)), {
        timeout: 10000,
      })
      .toEqual([]);
    const after = await drawn();
    expect(after.length).toBe(before.length);
    await page.screenshot({ path: '.tmp/lq-heatmap-titles-en.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
