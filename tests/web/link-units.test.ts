import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Link } from '../../src/core/model/link.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { writeLinks } from '../../src/store/links.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * A link's value on an organisation's page carries its unit where the data
 * say it (a generated supply link: a share of the supplier's revenue, in
 * 万元), and says "unit not given" beside a value whose data give none.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('link-units');
  await atlas.db.transaction((tx) =>
    writeLinks(tx, [
      Link.parse({
        id: 'test-link-no-unit',
        from: 'org-zoomlion',
        to: 'org-sany',
        type: 'supply',
        product: '液压油缸',
        value: 300,
        year: 2023,
        provenance: { source: 'a test file', method: 'import' },
      }),
    ]),
  );
});
afterAll(async () => atlas?.close());

async function linkValues(lang: 'zh-CN' | 'en') {
  const { page, errors } = await openPage(atlas, { locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  await page.goto(
    `${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db, 'analyst')}`,
  );
  await page.getByTestId('account').waitFor();
  await page.goto(`${atlas.url}#/organization/org-sany`);
  const cells = page.getByTestId('organization-links').getByTestId('link-value');
  await cells.first().waitFor();
  const texts = (await cells.allTextContents()).map((t) => t.trim());
  await page.screenshot({ path: `.tmp/link-units-${lang}.png`, fullPage: true });
  await page.context().close();
  return { texts, errors };
}

describe('link values on an organisation page', () => {
  it('read with their unit in Chinese, or say the unit is not given', async () => {
    const { texts, errors } = await linkValues('zh-CN');
    expect(texts.some((t) => /^[\d,.]+\s*[万亿]?元$/.test(t))).toBe(true);
    expect(texts).toContain('300（单位未给出）');
    // No bare number: each has a unit or says it has none (or is a dash).
    for (const t of texts) expect(t).toMatch(/元|单位未给出|^—$/);
    expect(errors).toEqual([]);
  });

  it('read with their unit in English, or say the unit is not given', async () => {
    const { texts, errors } = await linkValues('en');
    expect(texts.some((t) => /yuan$/.test(t))).toBe(true);
    expect(texts).toContain('300 (unit not given)');
    for (const t of texts) expect(t).toMatch(/yuan|unit not given|^—$/);
    expect(errors).toEqual([]);
  });
});
