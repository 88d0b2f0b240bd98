import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/import/import-file.ts';
import { tinyStore } from '../services/metrics-fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The region page over an office's yearbook table: the data-source choice
 * builds the matrix from the regional statistics, and the basis line says so
 * and cites the table. Data: tests/api/region-statistics.test.ts's table.
 */
const TABLE =
  '地区,行业,年份,从业人员,来源\n' +
  '湖南省,35,2018,30,某省统计年鉴 表3-5\n' +
  '湖南省,39,2018,10,某省统计年鉴 表3-5\n' +
  '广东省,35,2018,10,另一统计年鉴 表2\n' +
  '广东省,39,2018,50,另一统计年鉴 表2\n';

let atlas: LiveAtlas;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-web-stats-'));
  atlas = await startAtlas('region-statistics', async () => {
    const db = await tinyStore();
    const path = join(dir, 'yearbook.csv');
    writeFileSync(path, TABLE);
    await importFile(db, path, { kind: 'region-statistics' });
    return db;
  });
}, 180_000);
afterAll(async () => {
  await atlas?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('region page: organisations or regional statistics', () => {
  it('switches the matrix to the loaded statistics and labels it with their sources', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(new URL('#/region/110000', atlas.url).href);
    await page.getByTestId('matrix-basis').waitFor();
    expect(await page.getByTestId('matrix-basis').textContent()).toContain('家机构');

    await page.getByTestId('matrix-source').selectOption('statistics');
    // The regions of the statistics: the page lands on one of them.
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 10000 })
      .toMatch(/^#\/region\/(430000|440000)$/);
    await expect
      .poll(() => page.getByTestId('matrix-basis').textContent(), { timeout: 10000 })
      .toContain('来自已导入的地区统计数据（4行）');
    const basis = (await page.getByTestId('matrix-basis').textContent()) ?? '';
    expect(basis).toContain('2018年');
    expect(basis).toContain('另一统计年鉴 表2; 某省统计年鉴 表3-5');
    expect(basis).not.toContain('仅上市公司');
    // A yearbook has no count of organisations to offer.
    const measures = await page
      .locator('select:has(option[value="output"]) option')
      .allTextContents();
    expect(measures).toHaveLength(3);
    await page.getByTestId('lq-heatmap').locator('canvas').first().waitFor();
    await page.screenshot({ path: '.tmp/web-region-statistics-province.png', fullPage: true });

    // Against the nation instead of the two regions listed: 湖南×35 = (30/40)/(448/2158) = 3.61
    await page.getByTestId('lq-benchmark').selectOption('national');
    await page.getByTestId('national-note').waitFor();
    expect(await page.getByTestId('national-note').textContent()).toContain(
      '全国2018年分行业就业结构',
    );
    await expect
      .poll(() => page.getByTestId('strong-clusters').textContent(), { timeout: 10000 })
      .toContain('3.61');
    await page.screenshot({ path: '.tmp/web-region-statistics-national.png', fullPage: true });

    // At prefecture level there are none: the page says how to load them.
    await page.evaluate(() => (window.location.hash = '#/region/430100'));
    await page.getByTestId('no-statistics').waitFor();
    expect(await page.getByTestId('no-statistics').textContent()).toContain(
      '--kind region-statistics',
    );
    await page.screenshot({ path: '.tmp/web-region-statistics.png', fullPage: true });
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
