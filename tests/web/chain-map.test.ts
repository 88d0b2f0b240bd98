import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledChainTemplates } from '../../src/services/chain/templates.ts';
import { STATUS_COLOUR } from '../../web/src/components/chain/chain-map-option.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The chain map as drawn in the browser: every node of the template drawn
 * (ECharts' own graphic elements, counted against the template), its PNG
 * with the legend and the source line, and the cluster report's chains
 * taken from the cluster's binding, not guessed from its name.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('chain-map');
}, 240_000);
afterAll(async () => atlas?.close());

const templates = new Map(bundledChainTemplates().map((t) => [t.id, t]));
const CHANGSHA = 'national-changsha-construction-machinery';

/** The ids the map says ECharts drew, once it has drawn them. */
async function drawnIds(section: Locator): Promise<string[]> {
  await expect
    .poll(() => section.getAttribute('data-drawn-nodes'), { timeout: 20_000 })
    .toMatch(/^\d+$/);
  return ((await section.getAttribute('data-drawn-ids')) ?? '').split(' ').filter(Boolean).sort();
}

/**
 * Reads a saved PNG in the page (its pixels stay there: only the answers
 * come back). The legend's row: the first row holding the four status
 * colours (within 30) at `step` pixels apart, left to right, as the legend
 * draws its dots; -1 when none does. Ink: per band of rows [y0, y1) relative
 * to that row, the dark pixels (text on white) in every second column.
 */
async function readPng(
  png: Buffer,
  page: Page,
  colours: number[][],
  step: number,
  bands: { y0: number; y1: number }[],
) {
  return page.evaluate(
    async ([b64, cols, dx, bds]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const at = (x: number, y: number) => [0, 1, 2].map((k) => d[(y * c.width + x) * 4 + k]);
      const near = (x: number, y: number, rgb: number[]) =>
        x < c.width && at(x, y).every((v, k) => Math.abs(v - rgb[k]) <= 30);
      let legendRow = -1;
      search: for (let y = 0; y < c.height / 2; y++)
        for (let x = 0; x < c.width / 2; x++)
          if (cols.every((rgb, i) => near(x + i * dx, y, rgb))) {
            legendRow = y;
            break search;
          }
      const ink = bds.map(({ y0, y1 }) => {
        let n = 0;
        for (let y = Math.max(0, legendRow + y0); y < Math.min(c.height, legendRow + y1); y++)
          for (let x = 0; x < c.width; x += 2) {
            const [r, g, bl] = at(x, y);
            if (r < 160 && g < 160 && bl < 160) n++;
          }
        return n;
      });
      return { w: c.width, h: c.height, legendRow, ink };
    },
    [png.toString('base64'), colours, step, bands] as const,
  );
}

const hex = (s: string) => [1, 3, 5].map((k) => parseInt(s.slice(k, k + 2), 16));

describe('the chain map of the Changsha construction-machinery cluster', () => {
  it('draws every node of its template and saves a PNG that carries the legend and the source', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${CHANGSHA}/panorama`);
    const section = page.getByTestId('chain-map-section');
    await section.waitFor();
    expect(await section.getAttribute('data-chain')).toBe('construction-machinery');
    const template = templates.get('construction-machinery')!;
    expect(template.nodes.length).toBeGreaterThanOrEqual(60);
    expect(await drawnIds(section)).toEqual(template.nodes.map((n) => n.id).sort());
    expect(Number(await section.getAttribute('data-drawn-nodes'))).toBe(template.nodes.length);
    // "missing" is said relative to the atlas, never as a fact about the place
    expect(await section.textContent()).toContain('并非当地没有此类企业');

    const saved = page.waitForEvent('download');
    await section.getByTestId('chain-map').getByTestId('export-png').click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe('chain-map-construction-machinery.png');
    const png = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const statuses = ['strong', 'present', 'weak', 'missing'] as const;
    // pixelRatio 2: the legend's four status dots, 90 px apart; above them the chart's title and
    // scope, beside and below them the legend's words (shapes, lines); the source along its bottom
    // the chart's height in CSS pixels: its own source line is written along its bottom edge
    const height = await section
      .getByTestId('chain-map')
      .locator('canvas')
      .first()
      .evaluate((c) => c.clientHeight);
    // the legend's dots start 58 px below the chart's top edge
    const bottom = 2 * (height - 58);
    const r = await readPng(
      png,
      page,
      statuses.map((k) => hex(STATUS_COLOUR[k])),
      2 * 90,
      [
        { y0: -2 * 60, y1: -2 * 8 },
        { y0: -2 * 6, y1: 2 * 30 },
        // below the last row of nodes (their labels end 29 px above the edge)
        { y0: bottom - 2 * 22, y1: bottom - 2 * 2 },
      ],
    );
    expect(r.w).toBeGreaterThan(1000);
    expect(r.legendRow).toBeGreaterThan(0);
    expect(r.legendRow).toBeLessThan(r.h / 4);
    expect(r.ink[0]).toBeGreaterThan(500);
    expect(r.ink[1]).toBeGreaterThan(500);
    expect(r.ink[2]).toBeGreaterThan(500);

    // The map's data as a table: a row per node of the template, named, with its stage.
    await section.getByTestId('chain-map').getByTestId('show-table').click();
    const rows = section.getByTestId('chain-map-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(template.nodes.length);
    const first = await rows.first().locator('td').allTextContents();
    expect(template.nodes.map((n) => n.nameZh)).toContain(first[0]);
    expect(['上游', '中游', '下游', '配套服务']).toContain(first[1]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe('the cluster report draws the chains the cluster is bound to', () => {
  const cases = [
    { cluster: CHANGSHA, chains: ['construction-machinery'] },
    // its name does not say its chain: the report used to guess none
    { cluster: 'national-shenzhen-battery-materials', chains: ['lithium-batteries'] },
    // bound to two chains, in the field's order
    { cluster: 'national-jingjinji-life-health', chains: ['biomedicine', 'medical-devices'] },
  ];
  for (const c of cases)
    it(`${c.cluster}: ${c.chains.join(' and ')}`, async () => {
      const { page, errors } = await openPage(atlas);
      await page.goto(`${atlas.url}#/reports/${c.cluster}`);
      await page.locator('[data-report-ready="true"]').waitFor({ timeout: 30_000 });
      const sections = page.getByTestId('report-chain');
      await expect.poll(() => sections.count()).toBe(c.chains.length);
      for (const [i, chain] of c.chains.entries()) {
        const s = sections.nth(i);
        expect(await s.getAttribute('data-chain')).toBe(chain);
        const t = templates.get(chain)!;
        expect(await s.locator('h2').textContent()).toContain(t.nameZh);
        expect(
          await s.getByTestId(`report-chain-binding${i ? `-${i + 1}` : ''}`).textContent(),
        ).toContain('按集群所属领域绑定');
        const map = s.getByTestId(`report-chain-map${i ? `-${i + 1}` : ''}`);
        expect(await drawnIds(map)).toEqual(t.nodes.map((n) => n.id).sort());
        const rows = s.getByTestId(`report-nodes${i ? `-${i + 1}` : ''}`).locator('tbody tr');
        expect(await rows.count()).toBe(t.nodes.length);
      }
      expect(await page.getByTestId('report-no-chain').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 180_000);
});
