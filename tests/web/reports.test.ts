import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { printReport, reportHash } from '../../src/services/report/print-report.ts';
import { runAtlas } from '../cli/run-atlas.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Reports as PDF files printed by the server's Chromium from the web app's
 * own report pages (GET /api/reports/…/pdf), with the asker's session.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('reports');
});
afterAll(async () => atlas?.close());

const CLUSTER = 'national-changsha-construction-machinery';

/** A session cookie for a fresh sign-in with the given role. */
async function signIn(role: 'admin' | 'viewer' = 'admin'): Promise<string> {
  const token = await issueLoginToken(atlas.db, role);
  const res = await fetch(`${atlas.url}api/session/token?token=${token}`, { redirect: 'manual' });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c.startsWith('atlas_session='));
  expect(session).toBeDefined();
  return cookies.join('; ');
}

describe('reports as PDF', () => {
  it('names the report pages of the web app', () => {
    expect(reportHash({ kind: 'cluster', id: 'a b' })).toBe('#/reports/a%20b');
    expect(reportHash({ kind: 'region', code: '430100' })).toBe('#/reports/region/430100');
  });

  it('prints a cluster report and a region report for a signed-in account', async () => {
    const cookie = await signIn();
    const res = await fetch(`${atlas.url}api/reports/cluster/${CLUSTER}/pdf?lang=en`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`report-${CLUSTER}.pdf`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The charts travel as pictures; the page footer numbers the pages.
    expect(pdf.includes('/Image')).toBe(true);
    expect(pdf.length).toBeGreaterThan(20_000);

    const region = await fetch(`${atlas.url}api/reports/region/430100/pdf`, {
      headers: { cookie },
    });
    expect(region.status).toBe(200);
    expect(
      Buffer.from(await region.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('refuses visitors, and answers an unknown cluster or region before starting a browser', async () => {
    const anonymous = await fetch(`${atlas.url}api/reports/cluster/${CLUSTER}/pdf`);
    expect([401, 403]).toContain(anonymous.status);
    expect((await anonymous.json()).code).toMatch(/^ATLAS_E_/);

    // Like the Excel export, a file built on the server is for member accounts and above.
    const viewer = await fetch(`${atlas.url}api/reports/cluster/${CLUSTER}/pdf`, {
      headers: { cookie: await signIn('viewer') },
    });
    expect(viewer.status).toBe(403);

    const cookie = await signIn();
    const started = Date.now();
    const missing = await fetch(`${atlas.url}api/reports/cluster/no-such-cluster/pdf`, {
      headers: { cookie },
    });
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('ATLAS_E_NOT_FOUND');
    const nowhere = await fetch(`${atlas.url}api/reports/region/990100/pdf`, {
      headers: { cookie },
    });
    expect(nowhere.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(2000);
    const bad = await fetch(`${atlas.url}api/reports/region/43/pdf`, { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('ATLAS_E_BAD_REQUEST');
  });

  it('says what the page said when the report cannot load', async () => {
    await expect(
      printReport({
        baseUrl: atlas.url,
        target: { kind: 'cluster', id: 'no-such-cluster' },
        lang: 'en',
      }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_REPORT_PRINT' });
  });

  it('tells a visitor on the reports page that the PDF button needs sign-in', async () => {
    for (const [locale, says] of [
      ['zh-CN', /登录的用户另有“下载 PDF”按钮/],
      ['en', /signed-in users also have a “Download PDF” button/],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}#/reports`);
      const note = page.locator('.report-pdf-note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(says);
      await page.screenshot({ path: `/tmp/shots2/reports-${locale}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('offers the PDF on the report page once signed in', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/reports/${CLUSTER}`);
    await page.locator('[data-report-ready="true"]').waitFor();
    expect(await page.getByTestId('report-pdf').count()).toBe(0);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/reports/${CLUSTER}`);
    const download = page.waitForEvent('download');
    await page.getByTestId('report-pdf').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`report-${CLUSTER}.pdf`);
    const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('atlas report', () => {
  it('writes a PDF per cluster and region as a visitor sees them, and nothing for an unknown id', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-report-'));
    const dbPath = join(out, 'atlas.duckdb');
    // The synthetic population the region report was written on, asked for explicitly.
    expect(runAtlas(['generate', '--db', dbPath]).code).toBe(0);
    const ok = runAtlas([
      'report',
      'region',
      '430100',
      '--out',
      out,
      '--lang',
      'en',
      '--db',
      dbPath,
      '--web-root',
      '.tmp/web-reports',
    ]);
    expect(ok.stderr).toContain('wrote');
    expect(ok.code).toBe(0);
    const file = join(out, 'report-region-430100.pdf');
    expect(ok.stdout.trim()).toBe(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    const bad = runAtlas([
      'report',
      'cluster',
      CLUSTER,
      'no-such-cluster',
      '--out',
      join(out, 'none'),
      '--db',
      dbPath,
      '--web-root',
      '.tmp/web-reports',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ATLAS_E_NOT_FOUND');
    expect(bad.stderr).toContain('no-such-cluster');
    // Checked before printing: not even the good one is written.
    expect(existsSync(join(out, 'none'))).toBe(false);
  });
});
