import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA } from './pages.ts';

/**
 * The smaller things a new user trips over, each fixed: chart buttons above
 * the chart (never over it), the gaps table one row per node with a heading
 * on every column and a key to its marks, the members a page at a time, the
 * differentiated box saying why it cannot act between provinces, the API
 * page inside the atlas, a reports page that says what each report holds,
 * and the chain template edited in a form.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('smaller');
}, 120_000);
afterAll(async () => atlas?.close());

describe('the smaller things', () => {
  it('puts a chart’s buttons above the chart, not over it', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const heat = page.getByTestId('lq-heatmap');
    await heat.locator('canvas').first().waitFor();
    // The heat map's own buttons and chart, measured in one step: the page's other
    // parts load in their own time and move the figure between two measurements.
    const { buttonsBottom, chartTop } = await heat.evaluate((figure) => ({
      buttonsBottom: figure.querySelector('.chart-export')!.getBoundingClientRect().bottom,
      chartTop: figure.querySelector('.chart')!.getBoundingClientRect().top,
    }));
    expect(buttonsBottom).toBeLessThanOrEqual(chartTop + 0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists a region’s strongest clusters largest share first', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const list = page.getByTestId('strong-clusters');
    // The shares arrive with the structure answer; then every item carries one.
    await expect
      .poll(() => list.getByTestId('strong-share').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    const shares = (await list.getByTestId('strong-share').allTextContents()).map((s) =>
      Number(s.replace(/[^\d.]/g, '')),
    );
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists each gap node once, every column headed, its marks explained', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}${CHANGSHA}/actions`);
    const gaps = page.getByTestId('gaps');
    await gaps.waitFor();
    const nodes = await gaps
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node')));
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes).size).toBe(nodes.length);
    const heads = await gaps.locator('thead th').allTextContents();
    expect(heads.every((h) => h.trim().length > 0)).toBe(true);
    if ((await gaps.textContent())?.includes('⚠'))
      expect(await page.getByTestId('mark-legend').textContent()).toContain('卡脖子');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a cluster’s members a page at a time, and finds one by name', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}${CHANGSHA}`);
    const list = page.getByTestId('tab-overview').getByTestId('member-list');
    await list.waitFor();
    const first = await list.locator('li').count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(25);
    const pager = page.getByTestId('tab-overview').getByTestId('pager');
    if (await pager.count()) {
      const before = await list.locator('li a').first().textContent();
      await pager.getByTestId('pager-next').click();
      await expect.poll(() => list.locator('li a').first().textContent()).not.toBe(before);
      await page.getByTestId('member-filter').fill(before!);
      await expect.poll(() => list.locator('li a').first().textContent()).toBe(before);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says why the differentiated box cannot act between provinces, and where it can', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430000`);
    const box = page.getByTestId('opportunities');
    await box.waitFor();
    expect(await box.getByTestId('differentiated').isDisabled()).toBe(true);
    expect(await box.getByTestId('differentiation-why').textContent()).toContain('地市级');
    await box.getByTestId('differentiation-go').click();
    await expect.poll(() => page.url()).toContain('#/region/430100');
    const on = page.getByTestId('opportunities').getByTestId('differentiated');
    await on.waitFor();
    expect(await on.isDisabled()).toBe(false);
    await on.check();
    // Acting, it says what it left out or that nothing was.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('differentiation-excluded').count()) +
          (await page.getByTestId('differentiation-none').count()),
      )
      .toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the API inside the atlas, the stock documentation a new tab away', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(atlas.url);
    await page.getByTestId('nav-api').click();
    await page.getByTestId('page-api').waitFor();
    await expect.poll(() => page.getByTestId('api-tag').count()).toBeGreaterThan(3);
    const link = page.getByTestId('api-docs-link');
    expect(await link.getAttribute('target')).toBe('_blank');
    // The atlas's own header stays, with its way back to the map.
    expect(await page.getByTestId('nav-map').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what each report holds, with the largest clusters as shortcuts', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/reports`);
    const shortcuts = page.getByTestId('report-shortcuts').locator('a');
    await shortcuts.first().waitFor();
    expect(await page.getByTestId('page-reports').textContent()).toContain('产业链各环节状态');
    await page.getByTestId('report-cluster-input').fill('长沙工程机械');
    await page.getByTestId('report-cluster-hits').getByRole('option').first().click();
    await page.getByTestId('report-cluster-open').click();
    await expect
      .poll(() => page.getByTestId('report').locator('h1').textContent())
      .toBe('长沙市工程机械集群');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focuses the map page on a drilled province: its clusters only, the way back beside them', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    const items = page.getByTestId('cluster-item');
    await items.first().waitFor();
    const all = await items.count();
    await page.getByTestId('drill-select').selectOption('430000');
    await page.getByTestId('drill-firms').waitFor();
    await page.getByTestId('list-focus').waitFor();
    const metas = await page
      .locator('[data-testid="cluster-item"] .cluster-meta')
      .allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.length).toBeLessThan(all);
    expect(metas.every((m) => m.includes('湖南省'))).toBe(true);
    // The prefectures by name in the keyboard's select, back to the country from the list.
    expect(await page.getByTestId('drill-prefecture').textContent()).toContain('长沙市');
    await page.getByTestId('list-focus').getByRole('button').click();
    await expect.poll(() => items.count()).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names an industry class in English by its own title, said on hover to be the project’s translation', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(atlas.url);
    await page.getByTestId('search-input').fill('阀门和旋塞制造');
    const hits = page.getByTestId('search-hits');
    await expect
      .poll(() => hits.textContent(), { timeout: 15_000 })
      .toContain('Manufacture of Valves and Cocks');
    const name = hits.locator('.hit-name', { hasText: 'Manufacture of Valves and Cocks' }).first();
    expect(await name.getAttribute('title')).toContain('translation of the official Chinese title');
    expect(await hits.textContent()).not.toContain(', class 3443');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('edits a chain template in a form: a node renamed, a link added, saved as a new version', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    await page.getByTestId('template-edit').click();
    const form = page.getByTestId('template-form');
    await form.waitFor();
    // The next patch version of the bundled one.
    const bundled = JSON.parse(readFileSync('data/chains/construction-machinery.json', 'utf8')) as {
      version: string;
    };
    const [major, minor, patch] = bundled.version.split('.').map(Number);
    const next = `${major}.${minor}.${patch! + 1}`;
    expect(await page.getByTestId('template-version').inputValue()).toBe(next);
    const valve = form.locator('[data-testid="template-form-node"][data-node="multi-way-valve"]');
    await valve.getByTestId('node-nameZh').fill('多路阀（表单）');
    const edges = await form.getByTestId('template-form-edge').count();
    await page.getByTestId('template-add-edge').click();
    expect(await form.getByTestId('template-form-edge').count()).toBe(edges + 1);
    // The JSON view shows the same draft; back to the form keeps it.
    await page.getByTestId('template-mode-json').click();
    const tpl = JSON.parse(await page.getByTestId('template-json').inputValue());
    expect(tpl.nodes.find((n: { id: string }) => n.id === 'multi-way-valve').nameZh).toBe(
      '多路阀（表单）',
    );
    expect(tpl.edges.length).toBe(edges + 1);
    await page.getByTestId('template-mode-form').click();
    // The added link (first node → second) may repeat one: remove it, then save.
    await form.getByTestId('template-form-edge').last().getByRole('button').click();
    await page.getByTestId('template-save').click();
    await page
      .locator('[data-testid="template-node"][data-node="multi-way-valve"]')
      .getByText('多路阀（表单）')
      .waitFor();
    const stored = await atlas.db.one(
      `SELECT count(*) AS n FROM chain_templates WHERE id = 'construction-machinery' AND version = $v`,
      { v: next },
    );
    expect(Number(stored!.n)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
