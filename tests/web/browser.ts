import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/app.ts';
import { listen } from '../../src/api/listen.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { CHROMIUM_ARGS } from '../../src/services/report/print-report.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { buildWeb } from './build-web.ts';

/** Debian's Chromium (installed by .ci/run), headless with the flags the report printer uses. */
export { CHROMIUM_ARGS };

export interface LiveAtlas {
  db: Duck;
  app: FastifyInstance;
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

/**
 * A built web app (its own folder, see build-web.ts) served on a free
 * loopback port over a store — by default an in-memory atlas holding the
 * default data and the synthetic set the browser tests were written on,
 * asked for explicitly (a fresh atlas holds none) — and a browser. Screenshots go to .tmp/.
 */
export async function startAtlas(name: string, store?: () => Promise<Duck>): Promise<LiveAtlas> {
  const webRoot = await buildWeb(name);
  let db: Duck;
  if (store) db = await store();
  else {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  }
  const app = await buildApp({ db, webRoot });
  const url = await listen(app, { host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync('.tmp', { recursive: true });
  return {
    db,
    app,
    browser,
    url,
    close: async () => {
      await browser.close();
      await app.close();
      await db.idle();
      db.close();
    },
  };
}

/**
 * A fresh page (its own context) at 1440 × 900 in the given locale, with
 * every console error, page error and failed request collected in `errors` (tests assert it
 * stays empty).
 */
export async function openPage(
  atlas: LiveAtlas,
  opts: { locale?: string; width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await atlas.browser.newContext({
    locale: opts.locale ?? 'zh-CN',
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The console's "Failed to load resource" does not say which; this line does.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return { page, errors };
}
