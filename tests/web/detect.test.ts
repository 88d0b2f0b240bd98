import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Spatial detection on the map page (issue 10's web part), default data:
 * Chengdu–Chongqing electronics detected from firm locations, drawn on the
 * map, compared with the official cross-province cluster; and the drill-down
 * into a province.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('detect');
});
afterAll(async () => atlas?.close());

describe('finding clusters on the map', () => {
  it('detects Chengdu and Chongqing electronics, draws them, and reports the national cluster across both provinces', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    await page.getByTestId('cluster-item').first().waitFor();

    // Green or purple outline pixels (detected clusters), counted over the map's canvases.
    const ink = () =>
      page.getByTestId('china-map').evaluate((el) => {
        let n = 0;
        for (const c of el.querySelectorAll('canvas')) {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 0; i < d.length; i += 4) {
            const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
            if ((g > 100 && r < 60 && b < 90) || (r > 110 && r < 150 && g < 100 && b > 200)) n++;
          }
        }
        return n;
      });
    const before = await ink();

    await page.getByTestId('detect-open').click();
    await page.getByTestId('detect-run').click();
    const results = page.getByTestId('detect-results');
    await results.waitFor();
    expect(await page.getByTestId('detected-cluster').count()).toBeGreaterThanOrEqual(2);
    const text = await results.textContent();
    expect(text).toContain('四川省');
    expect(text).toContain('重庆市');
    expect(text).toContain('与已知集群吻合');
    const known = page.getByTestId('detect-known');
    const national = known.locator('li', { hasText: '成渝地区电子信息先进制造集群' });
    expect(await national.textContent()).toContain('跨越多个行政单元');
    await page.screenshot({ path: '.tmp/web-detect.png' });
    await expect.poll(ink).toBeGreaterThan(before);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters the clusters by a tag of their members, the map with them', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    await page.getByTestId('cluster-item').first().waitFor();
    const clusters = (await (await fetch(`${atlas.url}api/clusters`)).json()) as {
      memberTags: string[];
    }[];
    const leaders = clusters.filter((c) => c.memberTags.includes('chain_leader')).length;
    expect(leaders).toBeGreaterThan(0);
    expect(leaders).toBeLessThan(clusters.length);
    await page.getByTestId('filter-tag').selectOption('chain_leader');
    await expect.poll(() => page.getByTestId('cluster-item').count()).toBe(leaders);
    // The map's table is what the map shows: the filtered clusters.
    await page.getByTestId('china-map').getByTestId('show-table').click();
    expect(await page.getByTestId('map-table').locator('tbody tr').count()).toBe(leaders);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays the organisations’ density under the clusters, saying how much of it is synthetic', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    await page.getByTestId('cluster-item').first().waitFor();
    const canvas = page.getByTestId('china-map').locator('canvas').first();
    const map = page.getByTestId('china-map');
    // The colour scale sits in the map's lower right, where nothing else is drawn.
    const scaleInk = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c
          .getContext('2d')!
          .getImageData(c.width * 0.85, c.height * 0.6, c.width * 0.15, c.height * 0.35).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] > 150 && d[i + 2] < 100) n++;
        return n;
      });
    expect(await scaleInk()).toBe(0);
    await page.getByTestId('density-toggle').check();
    const note = page.getByTestId('density-note');
    await note.waitFor();
    const located = Number(
      (await atlas.db.one('SELECT count(*) AS n FROM organizations WHERE lon IS NOT NULL'))!.n,
    );
    // Grouping separators as the browser's locale writes them (or not): read the digits.
    expect((await note.textContent())!.replace(/,/g, '')).toContain(`${located} 家有坐标的机构`);
    expect(await note.textContent()).toMatch(/其中合成 \d+(\.\d)?%/);
    const cells = (await (await fetch(`${atlas.url}api/spatial/density`)).json()).cells.length;
    await expect.poll(() => map.getAttribute('data-density-cells')).toBe(String(cells));
    await expect.poll(scaleInk).toBeGreaterThan(300);
    await page.screenshot({ path: '.tmp/web-map-density.png' });
    await page.getByTestId('density-toggle').uncheck();
    await expect.poll(() => map.getAttribute('data-density-cells')).toBe('0');
    await expect.poll(scaleInk).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills down into a province: prefecture outlines, its firms as points, back to the country', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    await page.getByTestId('cluster-item').first().waitFor();
    const counted = (await atlas.db.one(
      `SELECT count(*) AS n, count(*) FILTER (WHERE lon IS NOT NULL) AS located
       FROM organizations WHERE province = '510000'`,
    ))!;
    const [total, located] = [Number(counted.n), Number(counted.located)];
    await page.getByTestId('drill-select').selectOption('510000');
    const firms = page.getByTestId('drill-firms');
    await firms.waitFor();
    // The map draws the located ones among the first 500 organisations, and says of how many.
    const said = /(\d+) 家有坐标的机构（共 ([\d,]+) 家）/.exec((await firms.textContent()) ?? '');
    expect(Number(said?.[2].replace(/,/g, ''))).toBe(total);
    const shown = Number(said?.[1]);
    expect(shown).toBeLessThanOrEqual(Math.min(located, 500));
    expect(shown).toBeGreaterThanOrEqual(located - Math.max(0, total - 500));
    await page.waitForTimeout(300);
    await page.screenshot({ path: '.tmp/web-drill.png' });
    // The map's table is now the province's located firms, each linked to its page.
    await page.getByTestId('china-map').getByTestId('show-table').click();
    const rows = page.getByTestId('map-table').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(shown, 300));
    expect(await rows.first().locator('a').getAttribute('href')).toMatch(/^#\/organization\//);
    await page.getByTestId('drill-back').click();
    await page.getByTestId('drill-select').waitFor();
    // What a click on a prefecture does, by keyboard: its region page.
    await page.getByTestId('drill-select').selectOption('510000');
    await page.getByTestId('drill-prefecture').selectOption('510100');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/region/510100');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
