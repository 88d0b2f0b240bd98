import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { listen } from '../../src/api/listen.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { buildWeb } from './build-web.ts';

/**
 * The header's search box on the default data: type a firm's name, choose it
 * with the keyboard, land on its page with its clusters and links; then a
 * region by name; a cluster profile's tabs.
 */
let db: Duck;
let app: FastifyInstance;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const webRoot = await buildWeb('search');
  db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  app = await buildApp({ db, webRoot });
  url = await listen(app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  mkdirSync('.tmp', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  db?.close();
});

describe('the search box and the organisation page', () => {
  it('finds a firm, opens its page by keyboard, then a region and a cluster profile', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);

    const input = page.getByTestId('search-input');
    await input.fill('中芯国际');
    const hits = page.getByTestId('search-hits');
    await hits.getByText('中芯国际').first().waitFor();
    await page.screenshot({ path: '.tmp/web-search.png' });
    await input.press('Enter');
    await page.getByTestId('organization-page').waitFor();
    expect(page.url()).toContain('#/organization/org-smic');
    expect(await page.getByTestId('organization-name').textContent()).toBe('中芯国际');
    // Its clusters link to their profiles.
    const clusters = page.getByTestId('organization-clusters').locator('a');
    expect(await clusters.count()).toBeGreaterThan(0);
    await page.screenshot({ path: '.tmp/web-organization.png' });

    await input.fill('苏州');
    await hits.getByText('苏州市', { exact: true }).first().waitFor();
    await hits.getByText('苏州市', { exact: true }).first().click();
    await expect.poll(() => page.url()).toContain('#/region/320500');

    await page.goto(`${url}#/organization/org-smic`);
    await clusters.first().click();
    await page.getByTestId('cluster-page').waitFor();
    expect(await page.getByRole('tab').count()).toBe(6);
    expect(await page.getByRole('tab', { selected: true }).getAttribute('data-testid')).toBe(
      'tab-link-overview',
    );

    expect(errors).toEqual([]);
    await context.close();
  });
});
