import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutPinyin } from '../../web/src/without-pinyin.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA } from './pages.ts';

/**
 * The pages' small print, read in both languages: counts with their unit,
 * full-width colons in Chinese, quotations without the pinyin a scraped page
 * put in them. Screenshots go to /tmp/shots2 for a person to look at.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('polish');
}, 120_000);
afterAll(async () => atlas?.close());

const LANGS = ['zh-CN', 'en'] as const;
const shot = (name: string, locale: string) => `/tmp/shots2/${name}-${locale}.png`;

describe('withoutPinyin', () => {
  it('drops a pinyin note after a character and keeps everything else', () => {
    expect(withoutPinyin('集群促進(jìn)組織如德國(guó)漢堡航空集群、it‘sOWL等')).toBe(
      '集群促進組織如德國漢堡航空集群、it‘sOWL等',
    );
    expect(withoutPinyin('某公司(全校,非仅本集群) OWL (2016) 集群(OWL)')).toBe(
      '某公司(全校,非仅本集群) OWL (2016) 集群(OWL)',
    );
  });
});

describe('the pages read as finished text', () => {
  it('gives a cluster’s member count with its unit in the list', async () => {
    for (const [locale, count] of [
      ['zh-CN', /^成员 [\d,.]+ (万)?家$/],
      ['en', /^[\d,]+ members?$/],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(atlas.url);
      const members = page.getByTestId('cluster-item').first().locator('.members');
      await members.waitFor();
      expect((await members.textContent())?.trim()).toMatch(count);
      await page.screenshot({ path: shot('map', locale) });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('says the network’s counts with their unit', async () => {
    for (const [locale, members, linked] of [
      ['zh-CN', /^成员 \d+ 家，其中企业 \d+ 家$/, /^\d+ 家（[\d.]+%）$/],
      ['en', /^\d+ members?, \d+ of them (a firm|firms)$/, /^\d+ firms? \([\d.]+%\)$/],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}${CHANGSHA}/network`);
      const facts = page.locator('dl.facts');
      await facts.waitFor();
      expect((await facts.locator('dt').first().textContent())?.trim()).toMatch(members);
      expect((await facts.locator('dd').nth(1).textContent())?.trim()).toMatch(linked);
      // The verdict's checks: label, colon, share, then threshold and outcome in brackets.
      const check = (await page.locator('ul.checks li').first().textContent()) ?? '';
      if (locale === 'zh-CN') expect(check).toMatch(/：[\d.]+%（阈值 [\d.]+%，[^（）]+）$/);
      else expect(check).toMatch(/: [\d.]+% \(threshold [\d.]+%, [^()]+\)$/);
      await page.screenshot({ path: shot('network', locale), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('writes a label’s colon full-width on a Chinese page and ": " on an English one', async () => {
    for (const [locale, label] of [
      ['zh-CN', '行业代码：'],
      ['en', 'GB/T 4754 codes: '],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}#/chains/construction-machinery`);
      const card = page.getByTestId('template-node').first();
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain(label);
      if (locale === 'zh-CN') expect(text).not.toMatch(/[\u3400-\u9fff]: /);
      await page.screenshot({ path: shot('chain-template', locale) });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('quotes the world clusters’ sources without pinyin notes', async () => {
    for (const locale of LANGS) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}#/world`);
      const records = page.getByTestId('world-records');
      await records.waitFor();
      const text = await records.innerText();
      expect(text).toContain('集群促進組織');
      expect(text).not.toMatch(/[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
      await records.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('world', locale) });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('draws the chain map’s labels over its lines, for a screenshot to check', async () => {
    for (const locale of LANGS) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}${CHANGSHA}/panorama`);
      const map = page.getByTestId('chain-map-section').getByTestId('chain-map');
      await map.waitFor();
      await map.locator('canvas').first().waitFor();
      await page.waitForTimeout(800);
      await map.screenshot({ path: shot('panorama', locale) });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
