import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA, EVERY_PAGE } from './pages.ts';

/**
 * zh-CN everywhere: on every page in Chinese, and in the states reached by
 * acting on them (a match run, an import preview with bad rows, a supply
 * disruption), no sentence of the interface is left in English. Text kept
 * as written because it is data or a quotation (a provenance note, a
 * template's description, a citation) is marked lang="en" and skipped.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('language');
});
afterAll(async () => atlas?.close());

const CLUSTER = CHANGSHA;
const PAGES = EVERY_PAGE;

/** Text nodes holding three Latin words in a row, outside lang="en" parts, selects and code. */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,select,code,[lang="en"]')) continue;
      const text = n.textContent ?? '';
      if (/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(text)) found.add(text.trim());
    }
    return [...found];
  });
}

describe('the interface in Chinese', () => {
  it('leaves no English sentence on any page or in the states reached by acting', async () => {
    const { page, errors } = await openPage(atlas, { width: 1280, height: 800 });
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    const left: Record<string, string[]> = {};
    const check = async (where: string) => {
      const found = await englishLeft(page);
      if (found.length) left[where] = found;
    };
    for (const hash of PAGES) {
      await page.goto(`${atlas.url}${hash}`);
      await page.waitForLoadState('networkidle');
      await check(hash || 'map');
    }
    await page.goto(`${atlas.url}#/matching`);
    await page.getByTestId('match-search').click();
    await page.getByTestId('match').first().waitFor();
    await check('a match run');

    await page.goto(`${atlas.url}#/data`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '企业名称,统一社会信用代码,所在省份,行业代码\n语言测试有限公司,bad,湖南,3444\n,,湖南,3444\n',
        'utf8',
      ),
    });
    await page.getByTestId('import-issues').waitFor();
    await check('an import preview with bad rows');

    await page.goto(`${atlas.url}${CLUSTER}/network`);
    await page.getByTestId('disrupt-org').waitFor();
    await page.getByTestId('disrupt-run').click();
    await page.getByTestId('disrupt-result').waitFor();
    await check('a supply disruption');

    expect(left).toEqual({});
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
