import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Issue 17, item 5: a chain template's description and its choke-point
 * reasons are read in Chinese in zh-CN and in English in en, on the chains
 * page.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('chain-languages');
}, 180_000);
afterAll(async () => atlas?.close());

describe('chain templates in the reader’s language', () => {
  it('shows the construction-machinery template’s description and reasons in zh-CN, then in English', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    const tpl = page.getByTestId('chain-template');
    await tpl.getByText('主机（挖掘机', { exact: false }).waitFor();
    const zh = (await tpl.textContent()) ?? '';
    expect(zh).toContain('聚焦“卡脖子”环节');
    expect(zh).not.toContain('Main machines (excavators');
    expect(zh).not.toContain('general knowledge, unverified');

    await page.getByTestId('lang-switch').click();
    await tpl.getByText('Main machines (excavators', { exact: false }).waitFor();
    const en = (await tpl.textContent()) ?? '';
    expect(en).toContain('choke-point');
    expect(en).not.toContain('主机（挖掘机');
    await page.screenshot({ path: '.tmp/web-chain-en.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
