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
    // The buyer is chosen by name (none is preset).
    await page.getByTestId('match-buyer-input').fill('三一重工');
    const buyerHit = page.getByTestId('match-buyer-hits').getByRole('option').first();
    await expect.poll(() => buyerHit.textContent(), { timeout: 15_000 }).toContain('三一重工');
    await buyerHit.click();
    await page.getByTestId('match-search').click();
    const matches = page.getByTestId('match');
    await matches.first().waitFor();
    expect(await matches.count()).toBe(10);
    const first = await matches.first().textContent();
    expect(first).toContain('多路阀');
    // Why it ranks, in Chinese: text matched and distance, each with what it adds to the score.
    expect(first).toMatch(
      /需求用词命中：[^（]*路阀[^（]*（相关度为最佳的 [\d.]+）：得分 \+0\.\d{3}（占总分 [\d.]+%）/,
    );
    // The score and the distance named as such, never a bare figure.
    expect(await matches.first().getByTestId('match-score').textContent()).toMatch(
      /^匹配得分 \d\.\d\d$/,
    );
    expect(first).toMatch(/距离 \d+ 公里/);
    expect(first).not.toMatch(/text: matches/);
    await page.screenshot({ path: '.tmp/web-matching.png' });
    await page.getByTestId('match-save').click();
    await expect.poll(() => page.getByTestId('dash-matches').textContent()).toBe('3');
    expect(Number(await page.getByTestId('dash-smes').textContent())).toBeGreaterThan(0);
    // The pool as 三一 sees it: empty in the default data, and said so.
    await page.getByTestId('pool-load').click();
    await page.getByTestId('pool').getByText('池中没有供应商').waitFor();
    // The recorded matches move on: the first is marked contacted, the counts follow.
    const recorded = page.getByTestId('recorded-match');
    await expect.poll(() => recorded.count()).toBe(3);
    await recorded.first().getByTestId('move-contacted').click();
    await expect
      .poll(() => page.locator('[data-testid="recorded-match"][data-status="contacted"]').count())
      .toBe(1);
    await expect.poll(() => page.getByTestId('match-dashboard').textContent()).toContain('已联系1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists service platforms by category; a request is made and the platform’s answer shows', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/matching`);
    const platforms = page.getByTestId('platforms');
    await platforms.getByTestId('platform').first().waitFor();
    expect(await platforms.textContent()).toContain('检验检测服务');
    expect(await platforms.textContent()).toContain('未经核实');
    // Visitors see the catalogue, not the requests, and cannot request.
    expect(await platforms.getByTestId('request-service').count()).toBe(0);
    // The catalogue pages: 33 testing platforms, 24 a page; the keyboard turns the page.
    const names = () => platforms.getByTestId('platform').allTextContents();
    const where = platforms.getByTestId('pager-where');
    expect(await where.textContent()).toBe('第 1 / 2 页（共 33 条）');
    expect(await platforms.getByTestId('pager-prev').isDisabled()).toBe(true);
    const first = await names();
    expect(first).toHaveLength(24);
    await platforms.getByTestId('pager-next').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => where.textContent()).toBe('第 2 / 2 页（共 33 条）');
    const second = await names();
    expect(second).toHaveLength(9);
    expect(second.filter((n) => first.includes(n))).toEqual([]);
    expect(await platforms.getByTestId('pager-next').isDisabled()).toBe(true);
    await platforms.getByTestId('pager-prev').click();
    await expect.poll(() => where.textContent()).toBe('第 1 / 2 页（共 33 条）');
    expect(await names()).toEqual(first);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/matching`);
    await platforms.getByTestId('platform').first().waitFor();
    // The requester is chosen by name with the picker, not typed as an id (issue 17, item 3).
    await platforms.getByTestId('requester-input').fill('三一重工');
    await platforms.getByTestId('requester-hits').getByRole('option').first().click();
    expect(await platforms.getByLabel('申请机构').inputValue()).toContain('三一重工');
    await platforms.getByTestId('request-service').first().click();
    await platforms.getByText('已提交申请').waitFor();
    const requests = page.getByTestId('service-requests').locator('li');
    await expect.poll(() => requests.count()).toBe(1);
    expect(await requests.first().textContent()).toContain('待受理');
    await requests.first().getByTestId('answer-accepted').click();
    await expect.poll(() => requests.first().getAttribute('data-status')).toBe('accepted');
    await page.screenshot({ path: '.tmp/web-platforms.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
