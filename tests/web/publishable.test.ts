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
    expect(await review.textContent()).toMatch(
      /^审图号：无（底图取自 Apache ECharts 4\.9\.0，未经审核）/,
    );
    // What the base map is, one click away: the files, what they hold, what publishing needs.
    const details = page.getByTestId('map-review-details');
    await details.locator('summary').click();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('data/geo/provinces.json');
    expect(text).toContain('data/geo/south-china-sea.json');
    expect(text).toContain('只含行政区轮廓和南海诸岛附图，不含审图号');
    expect(text).toContain('标准地图服务');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The source and the review line sit apart, clear of the inset at the map's right.
    const source = await page.getByTestId('map-source').boundingBox();
    const line = await review.boundingBox();
    expect(line!.y).toBeGreaterThanOrEqual(source!.y + source!.height - 1);
    const map = await page.getByTestId('china-map').boundingBox();
    expect(line!.x + line!.width).toBeLessThan(map!.x + map!.width * 0.6);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says it in English, and writes it into the map’s CSV', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(atlas.url);
    const review = page.getByTestId('map-review');
    await review.waitFor();
    expect(await review.textContent()).toMatch(/^Map review number: none \(base map from/);
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

  it('names a chain node’s classes by their titles, not bare codes', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    const codes = page.getByTestId('industry-code').filter({ hasText: '3514' }).first();
    await expect
      .poll(() => codes.textContent(), { timeout: 15_000 })
      .toBe('3514 Manufacture of Construction Machinery');
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

describe('the region report says what it stands on', () => {
  for (const lang of ['zh-CN', 'en'] as const)
    it(`names the measure, leaves out a year the data do not give, labels its picker plainly (${lang})`, async () => {
      const { page, errors } = await openPage(atlas, { locale: lang });
      await page.goto(`${atlas.url}#/reports/region/430100`);
      const report = page.getByTestId('region-report');
      await report.waitFor();
      const basis = (await report.locator('p.muted').nth(1).textContent()) ?? '';
      if (lang === 'en') {
        expect(basis).toMatch(
          /^Basis: (employees|organisations|revenue|output) by industry division/,
        );
        expect(await page.getByTestId('report-region').locator('label').textContent()).toBe(
          'Region',
        );
      } else {
        expect(basis).toMatch(/^依据：各地级市按行业大类的(从业人数|机构数|营业收入|产值)/);
        expect(await page.getByTestId('report-region').locator('label').textContent()).toBe('地区');
      }
      expect(basis).not.toContain('—');
      expect(errors).toEqual([]);
      await page.context().close();
    });
});

describe('an organisation’s page in English', () => {
  it('names its GB/T 4754 classes by their English titles and dates its history unambiguously', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}#/organization/org-sany`);
    const code = page.getByTestId('industry-code').first();
    await expect.poll(() => code.textContent(), { timeout: 15_000 }).toMatch(/^\d{4} [A-Z]/);
    expect(await code.textContent()).not.toMatch(/[\u3400-\u9fff]/);
    expect(await code.getAttribute('title')).toContain('translation of the official Chinese');
    const when = page.getByTestId('history-row').first().locator('td').first();
    await when.waitFor();
    // 2026-12-07 14:36 UTC, never 07/12/2026 (12 July to an American reader).
    expect(await when.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
