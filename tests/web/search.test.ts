import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The header's search box on the default data: type a firm's name, choose it
 * with the keyboard, land on its page with its clusters and links; then a
 * region by name; a cluster profile's tabs.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('search');
});
afterAll(async () => atlas?.close());

describe('the search box and the organisation page', () => {
  it('finds a firm, opens its page by keyboard, then a region and a cluster profile', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(atlas.url);

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

    await page.goto(`${atlas.url}#/organization/org-smic`);
    await clusters.first().click();
    await page.getByTestId('cluster-page').waitFor();
    expect(await page.getByRole('tab').count()).toBe(6);
    expect(await page.getByRole('tab', { selected: true }).getAttribute('data-testid')).toBe(
      'tab-link-overview',
    );

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
