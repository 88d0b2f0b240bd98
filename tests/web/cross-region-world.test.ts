import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The 成渝 cluster's page shows Sichuan and Chongqing apart and the ties across
 * the border; the construction-machinery field stands beside its US
 * counterpart and a world cluster the sources name, each figure with its source.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('cross-world');
});
afterAll(async () => atlas?.close());

describe('cross-province cluster and world benchmarks', () => {
  it('shows 成渝 by province and city with the ties across the border', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-chengyu-electronics`);
    const section = page.getByTestId('cross-region');
    await section.getByTestId('cross-parts').waitFor();
    const provinces = section.getByTestId('cross-province');
    expect(await provinces.count()).toBe(2);
    expect(
      await section.locator('[data-testid="cross-province"][data-code="510000"]').textContent(),
    ).toContain('四川省');
    expect(
      await section.locator('[data-testid="cross-province"][data-code="500000"]').textContent(),
    ).toContain('重庆市');
    expect(
      await section.locator('[data-testid="cross-city"][data-code="510100"]').textContent(),
    ).toContain('成都市');
    const supplyAcross = await section
      .getByTestId('cross-tie-counts')
      .locator('tr[data-type="supply"]')
      .getByTestId('across-count')
      .textContent();
    expect(Number(supplyAcross)).toBeGreaterThan(0);
    const ties = section.getByTestId('cross-tie');
    expect(await ties.count()).toBeGreaterThan(0);
    expect(await ties.first().textContent()).toMatch(/四川省|重庆市/);
    await section.getByTestId('work-plan').waitFor();
    await section.getByTestId('cross-parts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '.tmp/web-cross-region.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts construction machinery beside its US counterpart and Houston, each figure with its source', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery`);
    await page.getByTestId('world-link').click();
    await page.getByTestId('us-counterpart').waitFor();
    expect(await page.getByTestId('us-name').textContent()).toBe(
      'Production Technology and Heavy Machinery',
    );
    expect(await page.getByTestId('us-related').textContent()).toContain(
      'Downstream Metal Products',
    );
    const world = page.getByTestId('subject-world');
    expect(await world.first().textContent()).toContain('休斯顿');
    const firms = page.locator('[data-testid="figure-row"][data-figure="firms"]');
    const values = firms.getByTestId('figure-value');
    expect(await values.count()).toBe(2);
    for (const source of await firms.getByTestId('figure-source').allTextContents())
      expect(source).toMatch(/来源：.*先进制造业集群现代科技支撑体系建设研究/);
    // A figure one side lacks is said to be missing.
    const output = page.locator('[data-testid="figure-row"][data-figure="output"]');
    expect(await output.getByTestId('figure-missing').count()).toBeGreaterThan(0);
    await page.getByTestId('side-by-side').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '.tmp/web-world.png' });
    // The field picker leads to the field page, which lists the world records too.
    await page.goto(`${atlas.url}#/world/construction-machinery`);
    await page.getByTestId('world-field-name').waitFor();
    expect(await page.getByTestId('world-record').count()).toBeGreaterThanOrEqual(7);
    // Without a field: the world records and the 51 US traded clusters as a second taxonomy.
    await page.goto(`${atlas.url}#/world`);
    await page.getByTestId('us-cluster').first().waitFor();
    expect(await page.getByTestId('us-cluster').count()).toBe(51);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets an analyst add to the joint plan, in English too, with no accessibility violation', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en-US' });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/national-chengyu-electronics`);
    const section = page.getByTestId('cross-region');
    await section.getByTestId('work-plan-add').waitFor();
    expect(
      await section.locator('[data-testid="cross-province"][data-code="510000"]').textContent(),
    ).toContain('Sichuan');
    const form = section.getByTestId('work-plan-add');
    await form.locator('input').first().fill('Joint test and inspection platform');
    await form.locator('select').first().selectOption('platform');
    await form.locator('select').nth(1).selectOption('joint');
    await form.locator('button[type="submit"]').click();
    const item = section.getByTestId('work-item');
    await item.first().waitFor();
    expect(await item.first().textContent()).toContain('Both sides jointly');
    expect(await audit(page)).toEqual([]);
    await page.goto(`${atlas.url}#/world/construction-machinery`);
    await page.getByTestId('side-by-side').waitFor();
    expect(await page.getByTestId('world-field-name').textContent()).toBe('Construction machinery');
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** axe-core's WCAG 2.1 A and AA violations on the page as it stands. */
async function audit(page: Page): Promise<{ id: string; targets: unknown[] }[]> {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (...a: unknown[]) => Promise<{
            violations: { id: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      targets: v.nodes.slice(0, 5).map((n) => n.target),
    }));
  });
}
