import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { openStore } from '../../src/store/store.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA } from './pages.ts';

/**
 * What a newcomer met walking the atlas a fresh `npm start` opens (real data
 * only), in both languages: a chain picker naming templates in both
 * languages at once; a networks page calling the default data's links
 * synthetic and a cluster with no tie recorded read as 0% tied; the metrics
 * tab saying "by employees" over a matrix that counts listed firms; a target
 * firm's distance naming its city in Chinese on the English page and its
 * industry by a bare code; three regions of one name in the region picker;
 * the templates' stock source in English on the Chinese page.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('newcomer-walk', async () => {
    const db = await openStore({ path: ':memory:' });
    await bootstrap(db);
    return db;
  });
}, 120_000);
afterAll(async () => atlas?.close());

const HAN = /[\u3400-\u9fff]/;

describe('the default atlas, read as a newcomer reads it', () => {
  it('names chain templates in the reader’s language in the picker', async () => {
    for (const [locale, other] of [
      ['zh-CN', /[A-Za-z]{3,}/],
      ['en', HAN],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}${CHANGSHA}/panorama`);
      const picker = page.getByTestId('chain-picker');
      await picker.waitFor();
      const options = await picker.locator('option').allTextContents();
      expect(options.length).toBeGreaterThan(10);
      expect(options.filter((o) => other.test(o))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 60_000);

  it('does not call real links synthetic, and a cluster with no tie recorded reads —, not 0%', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/networks`);
    await page.getByTestId('networks-table').waitFor();
    expect(await page.getByTestId('networks-synthetic').count()).toBe(0);
    expect(await page.getByTestId('network-explorer').innerText()).not.toContain('合成');
    // 张江: 52 members, no tie of any member recorded.
    const row = page.getByTestId('network-row').filter({ hasText: '上海市张江生物医药集群' });
    const cells = await row.locator('td.num').allTextContents();
    expect(cells.slice(1)).toEqual(['—', '—', '—']);

    await page.goto(`${atlas.url}${CHANGSHA}/network`);
    await page.getByTestId('network-insufficient').waitFor();
    expect(await page.getByTestId('network-figure-unknown').count()).toBe(5);
    await expect(page.locator('.facts').innerText()).resolves.not.toMatch(/\b0 \(0%\)/);
    await page.getByTestId('network-no-ties').waitFor();
    expect(await page.getByTestId('central').count()).toBe(0);
    expect(await page.getByTestId('leader-tiers').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says what the metrics tab’s matrix counts: listed firms, not employees', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}${CHANGSHA}/metrics`);
    const basis = page.getByTestId('metrics-basis');
    await basis.waitFor();
    const text = await basis.innerText();
    expect(text).toContain('机构数');
    expect(text).toContain('仅上市公司');
    expect(text).not.toContain('从业人员');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('gives a target firm’s distance with its place in English and its industry with a title', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}${CHANGSHA}/actions`);
    const targets = page.getByTestId('targets').first();
    await targets.waitFor();
    const reasons = page.locator('.targets-node .reasons li');
    await expect.poll(() => reasons.count()).toBeGreaterThan(5);
    // The places arrive after the list.
    await expect
      .poll(async () =>
        (await reasons.allTextContents()).filter((r) => / km away/.test(r) && HAN.test(r)),
      )
      .toEqual([]);
    const byCode = async () =>
      (await reasons.allTextContents()).filter((r) => r.startsWith('industry '));
    expect((await byCode()).length).toBeGreaterThan(0);
    // "industry 3130 Steel Rolling and Processing under the node’s code 3130 …", never "industry 3130 under".
    await expect
      .poll(async () => (await byCode()).filter((r) => /^industry \d+ under/.test(r)))
      .toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('tells apart the regions the picker would list under one name', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const options = page.getByTestId('region-select').locator('option');
    await expect.poll(() => options.count()).toBeGreaterThan(200);
    // Henan's, Hubei's and Hainan's counties outside a prefecture share GB/T 2260's name.
    await expect
      .poll(async () => (await options.allTextContents()).filter((o) => o.includes('直辖县级')))
      .toContain('河南省 · 省直辖县级行政区划');
    const texts = await options.allTextContents();
    expect(texts.filter((o, k) => texts.indexOf(o) !== k)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says the templates’ stock source in Chinese on the Chinese chains page', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    await page.getByTestId('template-node').first().waitFor();
    const text = await page.locator('section').first().innerText();
    expect(text).not.toContain('general industry knowledge');
    expect(text).toContain('一般行业知识，未经核实');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
