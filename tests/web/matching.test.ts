import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Matchmaking on the default data: a Changsha leader's need for multi-way
 * valves ranks local SMEs with reasons; recorded matches show in the
 * outcome counts.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('matching');
});
afterAll(async () => atlas?.close());

describe('the matchmaking page', () => {
  it('ranks suppliers with reasons; an admin records matches and the counts follow', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/matching`);
    await expect.poll(() => page.getByTestId('dash-matches').textContent()).toBe('0');
    await page.getByTestId('match-search').click();
    const matches = page.getByTestId('match');
    await matches.first().waitFor();
    expect(await matches.count()).toBe(10);
    const first = await matches.first().textContent();
    expect(first).toContain('多路阀');
    expect(first).toMatch(/text: matches/);
    expect(first).toMatch(/distance: \d+ km/);
    await page.screenshot({ path: '.tmp/web-matching.png' });
    await page.getByTestId('match-save').click();
    await expect.poll(() => page.getByTestId('dash-matches').textContent()).toBe('3');
    expect(Number(await page.getByTestId('dash-smes').textContent())).toBeGreaterThan(0);
    // The pool as 三一 sees it: empty in the default data, and said so.
    await page.getByTestId('pool-load').click();
    await page.getByTestId('pool').getByText('池中没有供应商').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
