import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { listen } from '../../src/api/listen.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { loadNationalClusters } from '../../src/store/reference.ts';
import { fixtureStore } from '../api/fixture.ts';
import { CHROMIUM_ARGS } from './browser.ts';
import { buildWeb } from './build-web.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * The first page in a real browser (Debian's Chromium): the map canvas, the
 * cluster list, the filter, the cluster panel, the language switch.
 * Screenshots go to .tmp/ for a person to look at.
 */
let db: Duck;
let app: FastifyInstance;
let browser: Browser;
let url: string;
let clusterCount: number;

beforeAll(async () => {
  const webRoot = await buildWeb('map');
  db = await fixtureStore();
  const national = loadNationalClusters().map((c) => Cluster.parse(c));
  const hostile = Cluster.parse({
    id: 'c-html',
    name: '<img src=x onerror="window.__xss=1">集群',
    regions: ['330100'],
    provenance: { source: 'test fixture', method: 'manual' },
  });
  await db.transaction((tx) => writeClusters(tx, [...national, hostile]));
  clusterCount = Number((await db.one('SELECT count(*) AS n FROM clusters'))?.n);
  app = await buildApp({ db, webRoot });
  url = await listen(app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync('.tmp', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  db?.close();
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByTestId('cluster-item').first().waitFor();
  return { page, errors };
}

describe('the map page', () => {
  it('renders the map canvas and the cluster list, filters, opens a cluster, switches language', async () => {
    const { page, errors } = await openPage();

    await expect(page.locator('h1').textContent()).resolves.toBe('产业集群图谱');
    expect(await page.getByTestId('cluster-item').count()).toBe(clusterCount);

    const canvas = page.getByTestId('china-map').locator('canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(300);
    // The map drew something: the canvas is not blank.
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4 * 97) if (d[i] > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(100);

    await page.getByTestId('synthetic-badge').first().waitFor();
    await page.screenshot({ path: '.tmp/web-map-zh.png' });

    await page.getByTestId('cluster-filter').fill('测试信息');
    await expect.poll(() => page.getByTestId('cluster-item').count()).toBe(1);
    await page.getByTestId('cluster-item').first().click();
    const panel = page.getByTestId('cluster-panel');
    await panel.getByText('成员构成（按类型）').waitFor();
    const panelText = await panel.textContent();
    expect(panelText).toContain('企业');
    expect(panelText).toContain('高校');
    expect(panelText).toContain('合成');
    expect(panelText).toContain('33.3%');
    expect(await panel.getByTestId('member-list').locator('li').count()).toBe(3);
    await page.screenshot({ path: '.tmp/web-cluster-zh.png' });

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Cluster Atlas');
    await panel.getByText('Members by kind').waitFor();
    expect(await panel.textContent()).toContain('Enterprise');
    expect(await page.evaluate(() => localStorage.getItem('atlas.lang'))).toBe('en');
    await page.screenshot({ path: '.tmp/web-cluster-en.png' });

    await page.reload();
    await page.getByTestId('cluster-item').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Cluster Atlas');
    await page.screenshot({ path: '.tmp/web-map-en.png' });

    // Text with HTML in it is shown as text, never run.
    await page.getByTestId('cluster-filter').fill('onerror');
    await expect.poll(() => page.getByTestId('cluster-item').count()).toBe(1);
    expect(await page.getByTestId('cluster-item').first().textContent()).toContain('<img src=x');
    expect(await page.getByTestId('cluster-list').locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves the map as PNG and CSV, and shows its data as a table of links the keyboard follows', async () => {
    const { page, errors } = await openPage();
    const map = page.getByTestId('china-map');
    await map.locator('canvas').first().waitFor();
    const read = async (d: Promise<import('playwright-core').Download>) => {
      const file = await d;
      const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
      return { name: file.suggestedFilename(), bytes };
    };
    const png = page.waitForEvent('download');
    await map.getByTestId('export-png').click();
    const pngFile = await read(png);
    expect(pngFile.name).toBe('map-clusters.png');
    expect(pngFile.bytes.subarray(1, 4).toString()).toBe('PNG');

    // For a reader: title, scope, date, source, units and the synthetic mark
    // first, then the headings in the page's language.
    const readerCsv = page.waitForEvent('download');
    await map.getByTestId('export-csv').click();
    const readerFile = await read(readerCsv);
    expect(readerFile.name).toBe('map-clusters.csv');
    const reader = readerFile.bytes.toString('utf8').split('\r\n');
    expect(reader[0]).toMatch(/^\uFEFF# 产业集群图谱 · 标题：/);
    expect(reader.find((l) => l.startsWith('# 导出日期：'))).toMatch(/\d{4}-\d{2}-\d{2}$/);
    expect(reader.some((l) => l.startsWith('# 来源：'))).toBe(true);
    expect(reader).toContain('# 含合成（虚构）数据，仅供演示，不是事实');
    expect(reader.find((l) => !l.startsWith('#') && !l.startsWith('\uFEFF#'))).toBe(
      '编号,名称,级别,地区代码,成员数（家）,经度,纬度,合成数据',
    );
    // For a program: the same context as comments, then the stable keys.
    const csv = page.waitForEvent('download');
    await map.getByTestId('export-csv-keys').click();
    const csvFile = await read(csv);
    expect(csvFile.name).toBe('map-clusters.keys.csv');
    const lines = csvFile.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe('id,name,designation,regions,members,lon,lat,synthetic');
    expect(lines.filter((l) => l !== '').length - 1).toBe(clusterCount);
    // No 16-digit numbers: at most 6 significant digits.
    expect(lines.join('\n')).not.toMatch(/\d\.\d{7,}/);
    // A name with markup is data: quoted, never a formula or a tag run.
    expect(
      lines.some((l) => l.startsWith('c-html,"<img src=x onerror=""window.__xss=1"">集群"')),
    ).toBe(true);

    // The table view: every cluster a link to its profile, reached by the keyboard.
    await map.getByTestId('show-table').click();
    const table = page.getByTestId('map-table');
    expect(await table.locator('tbody tr').count()).toBe(clusterCount);
    await page.screenshot({ path: '.tmp/web-map-table.png' });
    const first = table.locator('tbody tr a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#\/cluster\//);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(href);
    await page.getByTestId('cluster-page').waitFor();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the region page', () => {
  // The default data (bootstrap): 15 provinces, 32 prefectures, mostly synthetic organisations.
  let regionDb: Duck;
  let regionApp: FastifyInstance;
  let regionUrl: string;
  beforeAll(async () => {
    regionDb = await openStore({ path: ':memory:' });
    await bootstrap(regionDb, { synthetic: DEFAULT_GENERATE });
    regionApp = await buildApp({ db: regionDb, webRoot: resolve('.tmp', 'web-map') });
    regionUrl = await listen(regionApp, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await regionApp?.close();
    regionDb?.close();
  });

  it('navigates from the map, draws the LQ heat map, the clusters and the similar regions', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1440, height: 1500 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(regionUrl);
    await page.getByTestId('cluster-item').first().waitFor();
    await page.getByTestId('nav-region').click();
    await page.getByTestId('region-page').waitFor();
    // Lands on a region with data (Jiangsu first) and puts it in the hash.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/region/320000');

    const heat = page.getByTestId('lq-heatmap').locator('canvas').first();
    await heat.waitFor();
    const box = await heat.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(300);
    // The heat map drew coloured cells: count saturated pixels over its canvases (ECharts
    // draws large heat maps progressively, on a layer canvas of their own).
    const coloured = () =>
      page.getByTestId('lq-heatmap').evaluate((el: HTMLElement) => {
        let n = 0;
        for (const c of el.querySelectorAll('canvas')) {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 0; i < d.length; i += 4 * 31) {
            const [r, g, b, a] = [d[i], d[i + 1], d[i + 2], d[i + 3]];
            if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) n++;
          }
        }
        return n;
      });
    await expect.poll(coloured, { timeout: 10000 }).toBeGreaterThan(500);
    // A visitor: the cells built from firms' employees over too few firms are withheld, drawn
    // grey by their own legend piece and counted under the map (never as an LQ of 0).
    const note = page
      .getByTestId('lq-heatmap')
      .locator('xpath=following-sibling::*[@data-testid="withheld-note"]');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^灰色格：保密，\d+ 格未公开$/);
    expect(await note.getAttribute('aria-description')).toContain(
      '少于 3 家机构或单一机构占比过高',
    );
    // Its data table says 保密 in those cells, not — (no data).
    await page.getByTestId('lq-heatmap').getByTestId('show-table').click();
    const withheldCells = page.getByTestId('lq-heatmap-table').getByTestId('withheld');
    await withheldCells.first().waitFor();
    expect(await withheldCells.first().textContent()).toBe('保密');

    await page.getByTestId('strong-clusters').locator('li').first().waitFor();
    await page.getByTestId('similar-regions').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('structure-chart').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('matrix-basis').textContent()).toContain('合成数据占比');
    await page.screenshot({ path: '.tmp/web-region-zh.png', fullPage: true });

    // Prefecture level, by link: Suzhou; its most similar cities are listed with overlaps.
    await page.evaluate(() => (window.location.hash = '#/region/320500'));
    await expect
      .poll(() => page.getByTestId('region-select').inputValue(), { timeout: 10000 })
      .toBe('320500');
    await page.getByTestId('similar-regions').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('similar-regions').textContent()).toContain('计算机');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Homogeneous competition: most similar regions').waitFor();
    await page.screenshot({ path: '.tmp/web-region-en.png', fullPage: true });

    await page.getByTestId('nav-map').click();
    await page.getByTestId('china-map').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
