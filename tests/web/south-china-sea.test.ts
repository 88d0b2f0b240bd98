import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Issue 17, item 1: every China map shows the whole national territory —
 * the 南海诸岛 附图 with the dashed national boundary line, in the lower right
 * (data/geo/south-china-sea.json) — and says where its data come from, on the
 * page and in the exported PNG. The map is a canvas: the test reads its pixels.
 * Screenshots: .tmp/south-china-sea-*.png.
 */
let atlas: LiveAtlas;

beforeAll(async () => {
  atlas = await startAtlas('south-china-sea');
});

afterAll(async () => {
  await atlas?.close();
});

/** The inset's ink (dashes and frame, web/src/components/map/south-china-sea.ts). */
const INK = [0x4b, 0x5a, 0x6e];
/** The source line's colour in the PNG. */
const SOURCE_INK = [0x33, 0x3a, 0x42];

interface InkFound {
  width: number;
  height: number;
  /** Pixels within a small distance of the colour, and their bounding box. */
  count: number;
  box: [number, number, number, number] | null;
  /** Ink pixels well inside that box (the dashes, not the frame). */
  inside: number;
}

/**
 * Finds a colour's pixels in an image drawn into a canvas in the page: the
 * map's own canvas (selector) or a PNG given as a data URL.
 */
async function findInk(
  page: Page,
  from: { canvas: string } | { png: string },
  colour: number[],
  region?: [number, number, number, number],
): Promise<InkFound> {
  return page.evaluate(
    async ({ from, colour, region }) => {
      let ctx: CanvasRenderingContext2D;
      let width: number;
      let height: number;
      if ('canvas' in from) {
        const c = document.querySelector<HTMLCanvasElement>(from.canvas)!;
        ctx = c.getContext('2d')!;
        width = c.width;
        height = c.height;
      } else {
        const img = new Image();
        img.src = from.png;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = width = img.naturalWidth;
        c.height = height = img.naturalHeight;
        ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
      }
      const [rx0, ry0, rx1, ry1] = region
        ? [region[0] * width, region[1] * height, region[2] * width, region[3] * height].map(
            Math.round,
          )
        : [0, 0, width, height];
      const data = ctx.getImageData(0, 0, width, height).data;
      const hits: [number, number][] = [];
      for (let y = ry0; y < ry1; y++) {
        for (let x = rx0; x < rx1; x++) {
          const i = (y * width + x) * 4;
          const d =
            Math.abs(data[i] - colour[0]) +
            Math.abs(data[i + 1] - colour[1]) +
            Math.abs(data[i + 2] - colour[2]);
          if (d <= 24 && data[i + 3] > 200) hits.push([x, y]);
        }
      }
      if (hits.length === 0) return { width, height, count: 0, box: null, inside: 0 };
      const xs = hits.map((h) => h[0]);
      const ys = hits.map((h) => h[1]);
      const box: [number, number, number, number] = [
        Math.min(...xs),
        Math.min(...ys),
        Math.max(...xs),
        Math.max(...ys),
      ];
      const m = 0.12;
      const [ix0, iy0] = [box[0] + m * (box[2] - box[0]), box[1] + m * (box[3] - box[1])];
      const [ix1, iy1] = [box[2] - m * (box[2] - box[0]), box[3] - m * (box[3] - box[1])];
      const inside = hits.filter(([x, y]) => x > ix0 && x < ix1 && y > iy0 && y < iy1).length;
      return { width, height, count: hits.length, box, inside };
    },
    { from, colour, region },
  );
}

/** The inset drawn: a tall frame in the lower right of the map, dashes inside it. */
function expectInset(found: InkFound): void {
  expect(found.box, 'no 南海诸岛 inset drawn').not.toBeNull();
  const [x0, y0, x1, y1] = found.box!;
  // lower right of the picture
  expect(x0 / found.width).toBeGreaterThan(0.55);
  expect(y0 / found.height).toBeGreaterThan(0.45);
  // ECharts 4's box is 64 × 93.1 of its units, drawn at that ratio
  const ratio = (y1 - y0) / (x1 - x0);
  expect(ratio).toBeGreaterThan(1.3);
  expect(ratio).toBeLessThan(1.6);
  // large enough to read (≥ 60 px wide at 1440 × 900), with the dashes inside the frame
  expect(x1 - x0).toBeGreaterThan(60 * (found.width / 1440) * 0.7);
  expect(found.inside).toBeGreaterThan(30);
}

async function openMap(lang: 'zh-CN' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(atlas, { locale: lang });
  await opened.page.goto(atlas.url);
  await opened.page.getByTestId('cluster-item').first().waitFor();
  await opened.page.getByTestId('china-map').locator('canvas').first().waitFor();
  // the first draw animates in
  await opened.page.waitForTimeout(1500);
  return opened;
}

describe('the China map shows the 南海诸岛 inset and its source', () => {
  it('draws the inset with the dashed line in the lower right and states the source (zh)', async () => {
    const { page, errors } = await openMap('zh-CN');
    const found = await findInk(page, { canvas: '[data-testid="china-map"] canvas' }, INK);
    expectInset(found);
    await expect(page.getByTestId('map-source').textContent()).resolves.toBe(
      '地图数据：Apache ECharts 4.9.0（Apache-2.0），含南海诸岛附图',
    );
    await page.screenshot({ path: '.tmp/south-china-sea-zh.png' });
    await page.getByTestId('china-map').screenshot({ path: '.tmp/south-china-sea-map-zh.png' });

    // The inset is no province: a click on it drills nowhere and breaks nothing.
    const canvas = page.getByTestId('china-map').locator('canvas').first();
    const box = await canvas.boundingBox();
    const [x0, y0, x1, y1] = found.box!;
    const scale = found.width / box!.width;
    const hash = await page.evaluate(() => window.location.hash);
    await canvas.click({ position: { x: (x0 + x1) / 2 / scale, y: (y0 + y1) / 2 / scale } });
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe(hash);
    expect(await findInk(page, { canvas: '[data-testid="china-map"] canvas' }, INK)).toEqual(found);

    // Zoomed in (the map roams), the inset grows with the map: a close look for a reviewer.
    const centre = {
      x: box!.x + (x0 + x1) / 2 / scale,
      y: box!.y + (y0 + y1) / 2 / scale,
    };
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    const zoomed = await findInk(page, { canvas: '[data-testid="china-map"] canvas' }, INK);
    expect(zoomed.count).toBeGreaterThan(found.count * 2);
    await page
      .getByTestId('china-map')
      .screenshot({ path: '.tmp/south-china-sea-inset-zoomed.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('states the source in English too', async () => {
    const { page, errors } = await openMap('en');
    if ((await page.locator('html').getAttribute('lang')) !== 'en') {
      await page.getByRole('button', { name: 'English' }).click();
    }
    await expect(page.getByTestId('map-source').textContent()).resolves.toBe(
      'Map data: Apache ECharts 4.9.0 (Apache-2.0), with the South China Sea Islands inset',
    );
    expectInset(await findInk(page, { canvas: '[data-testid="china-map"] canvas' }, INK));
    await page.getByTestId('china-map').screenshot({ path: '.tmp/south-china-sea-map-en.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills into Hainan and back to the country with the inset', async () => {
    const { page, errors } = await openMap('zh-CN');
    const map = '[data-testid="china-map"] canvas';
    await page.getByTestId('drill-select').selectOption('460000');
    await page.getByTestId('drill-firms').waitFor();
    await page.waitForTimeout(800);
    await page.getByTestId('china-map').screenshot({ path: '.tmp/south-china-sea-hainan.png' });
    // zoomed on a province the inset is out of view (a part of the country, not the whole);
    // back in the country view it is there again
    await page.getByTestId('drill-back').click();
    await page.waitForTimeout(800);
    expectInset(await findInk(page, { canvas: map }, INK));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports a PNG that holds the inset and the source line', async () => {
    const { page, errors } = await openMap('zh-CN');
    const download = page.waitForEvent('download');
    await page.getByTestId('china-map').getByTestId('export-png').click();
    const file = await (await download).path();
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync('.tmp/south-china-sea-export.png', png);
    const url = `data:image/png;base64,${png.toString('base64')}`;
    // (the right half of the map: the source line's anti-aliased edges at the bottom left come
    // near the ink, and the export's context lines below the map run across its whole width)
    expectInset(await findInk(page, { png: url }, INK, [0.5, 0.3, 1, 0.86]));
    // the source is written along the bottom left of the map, not only on the page (the
    // export's frame adds a title above and the context lines below the map: 0.8-0.9 of its height)
    const source = await findInk(page, { png: url }, SOURCE_INK, [0, 0.8, 0.45, 0.9]);
    expect(source.count).toBeGreaterThan(100);
    // and taken out of the screen's canvas again
    const screen = await findInk(
      page,
      { canvas: '[data-testid="china-map"] canvas' },
      SOURCE_INK,
      [0, 0.9, 0.45, 1],
    );
    expect(screen.count).toBeLessThan(source.count / 10);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
