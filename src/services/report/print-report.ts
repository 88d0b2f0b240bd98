import { existsSync } from 'node:fs';
import { AtlasError } from '../../core/errors.ts';

/** Where Debian, Ubuntu and Chrome put the browser; ATLAS_CHROMIUM goes first. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless Chromium as the server (and the browser tests) run it. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type ReportTarget = { kind: 'cluster'; id: string } | { kind: 'region'; code: string };

export interface PrintReportOptions {
  /** The atlas serving the web app, e.g. http://127.0.0.1:8080/ — the page is read from there. */
  baseUrl: string;
  target: ReportTarget;
  lang: 'zh-CN' | 'en';
  /** The asker's session cookie: the page shows what they may see, nothing more. */
  session?: { name: string; value: string };
  /** Path of a Chromium binary; default ATLAS_CHROMIUM, then the usual places. */
  chromium?: string;
  /** How long the page may take to load its figures (default 60 s). */
  timeoutMs?: number;
}

/** The report's address in the web app (route.ts: #/reports/ID, #/reports/region/CODE). */
export function reportHash(t: ReportTarget): string {
  return t.kind === 'cluster'
    ? `#/reports/${encodeURIComponent(t.id)}`
    : `#/reports/region/${encodeURIComponent(t.code)}`;
}

/** The Chromium to print with, or ATLAS_E_NO_BROWSER naming where we looked. */
export function findChromium(given?: string): string {
  const tried = [given, process.env.ATLAS_CHROMIUM, ...CANDIDATES].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const found = tried.find((p) => existsSync(p));
  if (!found)
    throw new AtlasError(
      'ATLAS_E_NO_BROWSER',
      `no Chromium found (looked at ${tried.join(', ')})`,
      {
        tried,
      },
    );
  return found;
}

// One Chromium at a time per process: a report is a whole browser's worth of memory.
let queue: Promise<unknown> = Promise.resolve();

/**
 * A report as PDF, printed by headless Chromium from the web app's own
 * report page — the same page a person prints with Ctrl+P, so the PDF and
 * the screen never disagree. Waits until the page marks itself ready
 * (`data-report-ready`), A4 with page numbers in the footer. A page that
 * shows an error instead (unknown cluster, region not in the data) is
 * ATLAS_E_REPORT_PRINT with the page's own message.
 *
 * Cost: one browser launch (≈0.5 s) plus the page's loads; printing is
 * serialised per process.
 */
export function printReport(o: PrintReportOptions): Promise<Buffer> {
  const run = queue.then(() => printOnce(o));
  queue = run.catch(() => undefined);
  return run;
}

async function printOnce(o: PrintReportOptions): Promise<Buffer> {
  const executablePath = findChromium(o.chromium);
  const base = new URL(o.baseUrl);
  // Loaded here, not at the top: every CLI command would pay ~0.2 s to load it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: o.lang });
    await context.addInitScript((lang) => localStorage.setItem('atlas.lang', lang), o.lang);
    if (o.session)
      await context.addCookies([
        { name: o.session.name, value: o.session.value, url: base.origin, sameSite: 'Strict' },
      ]);
    const page = await context.newPage();
    await page.goto(new URL(`/${reportHash(o.target)}`, base).href);
    if ((await page.locator('#root').count()) === 0)
      throw new AtlasError('ATLAS_E_REPORT_PRINT', 'the web app is not built (npm run build:web)', {
        target: o.target,
      });
    const timeout = o.timeoutMs ?? 60_000;
    const outcome = page
      .locator('[data-report-ready="true"], .reports-page [role="alert"]')
      .first();
    try {
      await outcome.waitFor({ timeout });
    } catch {
      throw new AtlasError(
        'ATLAS_E_REPORT_PRINT',
        `the report page did not load within ${timeout} ms`,
        {
          target: o.target,
        },
      );
    }
    if ((await outcome.getAttribute('role')) === 'alert') {
      const message = ((await outcome.textContent()) ?? '').trim();
      throw new AtlasError('ATLAS_E_REPORT_PRINT', `the report page says: ${message}`, {
        target: o.target,
        page: message,
      });
    }
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
