import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/** The horse race page on the default data: a weight moves, the order follows. */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('rankings');
});
afterAll(async () => atlas?.close());

describe('the rankings page', () => {
  it('ranks the national clusters with intervals and re-ranks when a weight changes', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/rankings`);
    const rows = page.getByTestId('ranking-row');
    await rows.first().waitFor();
    // The 45 national clusters: ranked, or listed apart as not ranked for want of member data.
    const notRanked = page.getByTestId('not-ranked-row');
    expect((await rows.count()) + (await notRanked.count())).toBe(45);
    const apart = new Set(
      await notRanked.evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster'))),
    );
    const ranked = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster')));
    expect(ranked.filter((id) => apart.has(id))).toEqual([]);
    const order = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-cluster')));
    const before = await order();
    await page.screenshot({ path: '.tmp/web-rankings.png' });

    // One slider alone: the others keep the system's weights on the same scale (25/25/12.5/… → 25/25/13/…).
    await page.getByTestId('weight-supply_link_density').fill('50');
    await expect
      .poll(() => page.getByTestId('weight-supply_link_density').locator('..').textContent())
      .toMatch(/(3[0-9]|40)(\.\d)?%/);
    // All weight on supply-link density.
    for (const id of [
      'member_firms',
      'research_members',
      'public_service_platforms',
      'promotion_organisation',
      'chain_leaders',
    ])
      await page.getByTestId(`weight-${id}`).fill('0');
    await page.getByTestId('weight-supply_link_density').fill('100');
    await expect
      .poll(() => page.getByTestId('weight-supply_link_density').locator('..').textContent(), {
        timeout: 15_000,
      })
      .toContain('100%');
    await expect.poll(order, { timeout: 15_000 }).not.toEqual(before);
    await page.getByTestId('ranking-row').first().locator('a').click();
    await page.getByTestId('cluster-page').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
