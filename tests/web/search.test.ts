import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
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

  it('shows markup in user data as text: a hostile name stays inert in search, page and tooltips', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">恶意名称';
    await atlas.db.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'org-hostile',
          name: hostile,
          kind: 'enterprise',
          region: '430100',
          industries: ['3511'],
          provenance: { source: 'browser test', method: 'manual' },
        }),
      ]),
    );
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    const input = page.getByTestId('search-input');
    await input.fill('恶意名称');
    await page.getByTestId('search-hits').getByText(hostile).first().waitFor();
    await input.press('Enter');
    await page.getByTestId('organization-page').waitFor();
    expect(await page.getByTestId('organization-name').textContent()).toBe(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is reachable by keyboard and fits a laptop screen without sideways scrolling', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 720 });
    for (const hash of [
      '',
      '#/region/430100',
      '#/cluster/national-changsha-construction-machinery',
      '#/networks',
      '#/matching',
      '#/rankings',
      '#/data',
      '#/chains',
    ]) {
      await page.goto(`${atlas.url}${hash}`);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, hash || 'map').toBeLessThanOrEqual(0);
    }
    // Tab from the top reaches the search box, then the navigation, each with a visible focus.
    await page.goto(atlas.url);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el
            ? `${el.tagName}:${el.getAttribute('data-testid') ?? el.textContent?.trim() ?? ''}`
            : '';
        }),
      );
    }
    expect(reached, reached.join(' | ')).toContain('INPUT:search-input');
    expect(reached).toContain('A:nav-networks');
    // Enter on a focused navigation link opens it: from the search box, Tab as often as above.
    await page.getByTestId('search-input').focus();
    const steps = reached.indexOf('A:nav-networks') - reached.indexOf('INPUT:search-input');
    for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'nav-networks',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('page-networks').waitFor();
    // The first Tab offers to skip the header; Enter puts the focus on the page.
    expect(reached.find((r) => !r.startsWith('BODY:'))).toBe('BUTTON:skip-link');
    await page.reload();
    await page.getByTestId('page-networks').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    for (let i = 0; i < 3 && (await focused()) !== 'skip-link'; i++)
      await page.keyboard.press('Tab');
    expect(await page.getByTestId('skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'page-networks',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
