import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { addUser } from '../../src/services/access/users.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Confidentiality on screen: a visitor sees a firm's figures as restricted;
 * after signing in as an analyst (the form) or following the one-time admin
 * link, the same page shows them.
 */
let atlas: LiveAtlas;
let firm: string;
beforeAll(async () => {
  atlas = await startAtlas('access');
  firm = String(
    (await atlas.db.one(`SELECT organization FROM measures ORDER BY organization LIMIT 1`))!
      .organization,
  );
  await addUser(atlas.db, { name: 'ana', role: 'analyst', password: 'correct horse battery' });
});
afterAll(async () => atlas?.close());

describe('who sees a firm’s figures', () => {
  it('restricted for a visitor, shown after signing in as an analyst', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}#/organization/${encodeURIComponent(firm)}`);
    await page.getByTestId('measures-restricted').waitFor();
    expect(await page.getByTestId('account').textContent()).toContain('Visitor');

    await page.getByTestId('sign-in-open').click();
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Name').fill('ana');
    await form.getByLabel('Password').fill('wrong password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('ATLAS_E_LOGIN_FAILED');

    await form.getByLabel('Password').fill('correct horse battery');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('measures').waitFor();
    expect(await page.getByTestId('account').textContent()).toContain('ana · Analyst');
    await page.screenshot({ path: '.tmp/web-access-analyst.png' });
    // The analyst corrects the address in the organisation editor.
    await page.getByTestId('edit-open').click();
    await page.getByTestId('edit-address').fill('长沙市经开区测试路 1 号');
    await page.getByTestId('edit-save').click();
    // The details list shows the new address (the history below it shows the change too).
    await page.locator('dl').getByText('长沙市经开区测试路 1 号').waitFor();
    expect(await page.getByTestId('org-editor').count()).toBe(0);
    // The one console error is the refused sign-in's 401, which the page showed.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await page.context().close();
  });

  it('the one-time link of `atlas serve` signs in as admin', async () => {
    const token = await issueLoginToken(atlas.db);
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}api/session/token?token=${token}`);
    await expect.poll(() => page.getByTestId('account').textContent()).toContain('Admin');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an analyst confirms a placement on the chain panorama', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/panorama`);
    await page.locator('[data-node="multi-way-valve"]').click();
    const before = await page.getByTestId('placement-confirm').count();
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('placement-confirm').first().click();
    await expect.poll(() => page.getByTestId('placement-confirm').count()).toBe(before - 1);
    await page.getByTestId('panorama-node').getByText('confirmed').first().waitFor();
    const rows = await atlas.db.all(
      `SELECT decision FROM chain_placements WHERE node = 'multi-way-valve'`,
    );
    expect(rows.map((r) => r.decision)).toEqual(['confirm']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads under its Content-Security-Policy and says in Chinese when sign-in is throttled', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'zh-CN' });
    const res = await page.goto(atlas.url);
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByTestId('sign-in-open').click();
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('账号').fill('no-such-account');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      await form.getByLabel('密码').fill(`wrong password ${i}`);
      const [answer] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/api/session') && r.request().method() === 'POST',
        ),
        form.getByRole('button', { name: '登录' }).click(),
      ]);
      statuses.push(answer.status());
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('秒后再试');
    // The refused sign-ins' 401 and 429 are the only console errors: no CSP violation.
    expect(errors.filter((e) => !/\b(401|429)\b/.test(e))).toEqual([]);
    await page.context().close();
  });
});
