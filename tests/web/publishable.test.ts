import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * What a publisher needs on the page: the map says where its outlines come
 * from and that they carry no review number (审图号), on screen and in every
 * export of it; GB/T 4754 groups and classes read in English on English pages
 * by their own titles, each said on hover to be the project's translation;
 * the chain template editor (form, JSON, check) works as one.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('publishable');
}, 120_000);
afterAll(async () => atlas?.close());

describe('the map states its source and its review number', () => {
  it('says on the page that the base map has no 审图号, and which files it is (zh)', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    const review = page.getByTestId('map-review');
    await review.waitFor();
    const text = (await review.textContent()) ?? '';
    expect(text).toMatch(/^审图号：无。/);
    expect(text).toContain('data/geo/provinces.json');
    expect(text).toContain('data/geo/south-china-sea.json');
    expect(text).toContain('Apache ECharts 4.9.0');
    expect(text).toContain('标准地图服务');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says it in English, and writes it into the map’s CSV', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(atlas.url);
    const review = page.getByTestId('map-review');
    await review.waitFor();
    expect(await review.textContent()).toMatch(/^Map review number: none\./);
    await page.getByTestId('cluster-item').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('china-map').getByTestId('export-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const head = csv.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('Map data: Apache ECharts 4.9.0');
    expect(head).toContain('Map review number: none');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('GB/T 4754 groups and classes in English', () => {
  it('names a region’s industries by their English titles, each marked as our translation', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}#/region/430100`);
    const list = page.getByTestId('strong-clusters');
    await list.locator('li').first().waitFor();
    const items = await list.locator('li > span:first-child').all();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const text = (await item.textContent()) ?? '';
      // "3514 Manufacture of Construction Machinery", never Chinese nor "…, class 3514".
      expect(text).not.toMatch(/[\u3400-\u9fff]/);
      expect(text).not.toMatch(/, (class|group) \d/);
      if (/^\d{3,4} /.test(text))
        expect(await item.getAttribute('title')).toContain('translation of the official Chinese');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a class by its English title in the search box', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(atlas.url);
    await page.getByTestId('search-input').fill('Manufacture of Construction Machinery');
    const hits = page.getByTestId('search-hits');
    await expect
      .poll(() => hits.textContent(), { timeout: 15_000 })
      .toContain('Manufacture of Construction Machinery');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the chain template editor, in its parts', () => {
  it('switches between form and JSON keeping the edits, refuses broken JSON, checks with the server', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    // A new template: the one-node skeleton, small enough to type over.
    await page.getByTestId('template-new').click();
    await page.getByTestId('template-form').waitFor();
    await page.getByTestId('template-mode-json').click();
    const json = page.getByTestId('template-json');
    const text = (await json.inputValue()).replace('"my-chain"', '"my-chain-parts"');
    expect(JSON.parse(text).nodes).toHaveLength(1);
    // Broken JSON stays in the JSON view with the parser's reason.
    await json.fill(text.replace(/^\{/, '{,'));
    await page.getByTestId('template-mode-form').click();
    await expect(page.getByTestId('template-problems').textContent()).resolves.toContain('JSON');
    expect(await page.getByTestId('template-form').count()).toBe(0);
    // Mended, back to the form with the edit carried across; the server's check answers.
    await json.fill(text);
    await page.getByTestId('template-mode-form').click();
    await page.getByTestId('template-form').waitFor();
    await page.getByTestId('template-mode-json').click();
    expect(JSON.parse(await json.inputValue()).id).toBe('my-chain-parts');
    await page.getByTestId('template-mode-form').click();
    await page.getByTestId('template-check').click();
    // The skeleton cites a source without a verified quote: the server answers valid or names problems.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('template-editor').getByRole('status').count()) +
          (await page.getByTestId('template-problems').count()),
      )
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
