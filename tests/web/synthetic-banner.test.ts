import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { listen } from '../../src/api/listen.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { runAtlas } from '../cli/run-atlas.ts';
import { buildWeb } from './build-web.ts';
import { CHROMIUM_ARGS, openPage, type LiveAtlas } from './browser.ts';

/**
 * The synthetic banner: none on an atlas of real data only; after `atlas
 * generate --into` the same database, on every page, in Chinese and in
 * English, with the share /api/stats reports. The CLI writes the file while
 * no server holds it (DuckDB locks it), as a user would stop, generate, serve.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-banner-'));
const dbPath = join(dir, 'atlas.duckdb');
const CLUSTER = 'national-changsha-construction-machinery';
const PAGES = [
  '#/',
  '#/region/430000',
  `#/cluster/${CLUSTER}`,
  `#/cluster/${CLUSTER}/network`,
  '#/chains',
  '#/networks',
  '#/matching',
  '#/rankings',
  '#/data',
  `#/reports/${CLUSTER}`,
];

let webRoot: string;
let browser: Browser;
beforeAll(async () => {
  webRoot = await buildWeb('synthetic-banner');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const db = await openStore({ path: dbPath });
  await bootstrap(db);
  db.close();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The atlas file served (its own server; closed before the CLI writes to it). */
async function serve(): Promise<LiveAtlas> {
  const db: Duck = await openStore({ path: dbPath });
  const app: FastifyInstance = await buildApp({ db, webRoot });
  const url = await listen(app, { host: '127.0.0.1', port: 0 });
  return {
    db,
    app,
    browser,
    url,
    close: async () => {
      await app.close();
      await db.idle();
      db.close();
    },
  };
}

describe('the synthetic banner', () => {
  it('is absent from every page of a real-only atlas', async () => {
    const atlas = await serve();
    try {
      const stats = await (await fetch(`${atlas.url}api/stats`)).json();
      expect(stats.synthetic_organizations).toBe(0);
      const { page, errors } = await openPage(atlas);
      for (const hash of PAGES) {
        await page.goto(`${atlas.url}${hash}`);
        // The header's counts come with /api/stats, which the banner reads too.
        await page.getByTestId('stats').locator('b').first().waitFor();
        expect(await page.getByTestId('synthetic-banner').count(), hash).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await atlas.close();
    }
  }, 180_000);

  it('shows on every page, zh-CN and en, after atlas generate --into the same database', async () => {
    const g = runAtlas(['generate', '--seed', '2024', '--firms', '600', '--into', dbPath]);
    expect(g.code, g.stderr).toBe(0);
    expect(g.stderr).toMatch(/added to .*: 600 organisations/);
    const atlas = await serve();
    try {
      const stats = await (await fetch(`${atlas.url}api/stats`)).json();
      expect(stats.synthetic_organizations).toBe(600);
      const pct = new Intl.NumberFormat('en', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(stats.syntheticShare);
      expect(stats.syntheticShare).toBeGreaterThan(0);

      const zh = await openPage(atlas);
      for (const hash of PAGES) {
        await zh.page.goto(`${atlas.url}${hash}`);
        const banner = zh.page.getByTestId('synthetic-banner');
        await banner.waitFor();
        const text = await banner.textContent();
        expect(text, hash).toContain('合成数据');
        expect(text, hash).toContain(pct);
        expect(text, hash).toContain('非真实经济');
        expect(Number(await banner.getAttribute('data-share'))).toBeCloseTo(
          stats.syntheticShare,
          12,
        );
      }
      await zh.page.screenshot({ path: '.tmp/web-synthetic-banner.png' });
      // The network verdicts carry their share: the networks table, the network tab, the report.
      await zh.page.goto(`${atlas.url}#/networks`);
      await zh.page.getByTestId('synthetic-share-badge').first().waitFor();
      await zh.page.goto(`${atlas.url}#/cluster/${CLUSTER}/network`);
      expect(await zh.page.getByTestId('network-synthetic-share').textContent()).toMatch(
        /判断所依据的 \d+ 家成员中 [\d.]+% 为合成数据/,
      );
      await zh.page.goto(`${atlas.url}#/reports/${CLUSTER}`);
      await zh.page.locator('[data-report-ready="true"]').waitFor();
      expect(await zh.page.getByTestId('report-network-synthetic').textContent()).toContain(
        '为合成数据',
      );
      expect(zh.errors).toEqual([]);
      await zh.page.context().close();

      const en = await openPage(atlas, { locale: 'en' });
      await en.page.goto(`${atlas.url}#/networks`);
      const banner = en.page.getByTestId('synthetic-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(`Synthetic data: ${pct} of the organisations`);
      expect(en.errors).toEqual([]);
      await en.page.context().close();
    } finally {
      await atlas.close();
    }
  }, 300_000);
});
