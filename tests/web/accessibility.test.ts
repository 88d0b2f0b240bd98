import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Every page on the default data, signed in as admin (so every control is
 * there), audited by axe-core against WCAG 2.1 A and AA. Charts are canvases
 * and outside the audit; their keyboard way is the data table (chart tests).
 */
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('accessibility');
});
afterAll(async () => atlas?.close());

const CLUSTER = '#/cluster/national-changsha-construction-machinery';
const PAGES: [string, string][] = [
  ['', 'china-map'],
  ['#/region/430100', 'region-page'],
  [CLUSTER, 'tab-overview'],
  [`${CLUSTER}/panorama`, 'tab-panorama'],
  [`${CLUSTER}/network`, 'tab-network'],
  [`${CLUSTER}/metrics`, 'tab-metrics'],
  [`${CLUSTER}/evaluation`, 'tab-evaluation'],
  [`${CLUSTER}/actions`, 'tab-actions'],
  ['#/organization/org-sany', 'organization-page'],
  ['#/chains', 'page-chains'],
  ['#/networks', 'page-networks'],
  ['#/matching', 'dash-matches'],
  ['#/rankings', 'page-rankings'],
  ['#/data', 'page-data'],
  ['#/reports', 'page-reports'],
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** States a page reaches only by acting on it: each is audited after its setup. */
const STATES: [string, string, (page: Page) => Promise<void>][] = [
  [
    'map drilled to Hunan',
    '',
    async (page) => {
      await page.getByTestId('drill-select').selectOption('430000');
      await page.getByTestId('drill-firms').waitFor();
    },
  ],
  [
    'a chart with its data table',
    '#/region/430100',
    async (page) => {
      await page.getByTestId('show-table').first().click();
      await page.locator('.chart-table').first().waitFor();
    },
  ],
  [
    'the organisation editor',
    '#/organization/org-sany',
    async (page) => {
      await page.getByTestId('edit-open').click();
      await page.getByTestId('org-editor').waitFor();
    },
  ],
  [
    'an import preview with a bad row',
    '#/data',
    async (page) => {
      await page.getByTestId('import-file').setInputFiles({
        name: 'a11y.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          '企业名称,统一社会信用代码,所在省份\n无障碍测试有限公司,bad,湖南\n',
          'utf8',
        ),
      });
      await page.getByTestId('import-issues').waitFor();
    },
  ],
];

/** Each page of PAGES, once it shows, audited: its violations by page. */
async function auditPages(page: Page): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  for (const [hash, ready] of PAGES) {
    await page.goto(`${atlas.url}${hash}`);
    await page.getByTestId(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    const v = await audit(page);
    if (v.length) found[hash || 'map'] = v;
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no violation on any page, signed in as admin', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    const found = await auditPages(page);
    for (const [name, hash, setup] of STATES) {
      await page.goto(`${atlas.url}${hash}`);
      await page.waitForLoadState('networkidle');
      await setup(page);
      const v = await audit(page);
      if (v.length) found[name] = v;
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('finds no violation on the pages a visitor opens', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en-US', width: 1280, height: 800 });
    const found = await auditPages(page);
    expect(found).toEqual({});
    // The figures withheld from a visitor (too few firms) are audited too: "withheld", focusable.
    await page.goto(`${atlas.url}${CLUSTER}/metrics`);
    const withheld = page.getByTestId('tab-metrics').getByTestId('withheld');
    await withheld.first().waitFor();
    expect(await withheld.first().textContent()).toBe('withheld');
    expect(await withheld.first().getAttribute('tabindex')).toBe('0');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
