import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { fixtureStore } from '../api/fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The import page says how a file meets the atlas (new, updated, matched
 * unchanged, held for review) and lists the held rows by name, each with its
 * candidate and a decision (the candidate, another organisation picked by
 * name, a new one); the write follows the decisions, and the organisation
 * page then names the file and row of each yearly figure.
 */
let atlas: LiveAtlas;
const ATLAS =
  '名称,省份,城市,行业\n湖南审计测试液压科技有限公司,湖南省,长沙市,3444\n长沙审计样本重工股份有限公司,湖南省,长沙市,3511\n';
const HELD = [
  '名称,省份,从业人员,年份',
  '审计测试液压机械有限公司,湖南省,80,2024',
  '审计样本重型机械有限公司,湖南省,60,2024',
  '长沙浏览器新建测试有限公司,湖南省,12,2024',
].join('\n');

beforeAll(async () => {
  atlas = await startAtlas('import-review', fixtureStore);
  const path = join('.tmp', 'import-review-atlas.csv');
  writeFileSync(path, ATLAS);
  await importFile(atlas.db, path, { kind: 'organizations', columnar: false });
}, 300_000);
afterAll(async () => atlas?.close());

const idOf = async (name: string) =>
  String((await atlas.db.one('SELECT id FROM organizations WHERE name = $n', { n: name }))!.id);
const count = async () =>
  Number((await atlas.db.one('SELECT count(*) AS n FROM organizations'))!.n);

describe('held rows on the import page', () => {
  it('shows the counts and the held rows by name, and writes the decisions', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/data`);
    await page.getByTestId('import-file').setInputFiles({
      name: '工信名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(HELD, 'utf8'),
    });
    const counts = page.getByTestId('import-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toBe(
      '机构：新建 1 家 · 更新已有机构 0 家 · 与已有机构相同、无变化 0 家 · 待审核 2 家',
    );
    const held = page.getByTestId('held-candidate');
    expect(await held.count()).toBe(2);
    const table = (await page.getByTestId('held-candidates').textContent()) ?? '';
    for (const w of [
      '审计测试液压机械有限公司',
      '湖南审计测试液压科技有限公司',
      '名称相近',
      '同一省份',
    ])
      expect(table).toContain(w);
    // Names, never ids; reasons in words, never their keys.
    expect(table).not.toMatch(/org-|similar_name|same_province/);
    const candidate = await idOf('湖南审计测试液压科技有限公司');
    expect(await held.first().getByTestId('held-candidate-link').getAttribute('href')).toContain(
      candidate,
    );

    // Row 2 is its candidate; row 3 is another organisation, picked by name.
    await held.nth(0).getByTestId('held-decision').selectOption('same');
    await held.nth(1).getByTestId('held-decision').selectOption('other');
    const pick = held.nth(1).getByTestId('held-other-input');
    await pick.fill('苏州丙材料');
    const option = held.nth(1).getByTestId('held-other-hits').getByRole('option').first();
    await expect.poll(() => option.textContent(), { timeout: 15_000 }).toContain('苏州丙材料');
    await option.click();
    expect(await pick.inputValue()).toBe('苏州丙材料有限公司');
    expect(await page.getByTestId('held-decided').textContent()).toContain('已决定 2 行');
    await page.getByRole('button', { name: '预览' }).click();
    await expect
      .poll(() => counts.textContent())
      .toBe('机构：新建 1 家 · 更新已有机构 2 家 · 与已有机构相同、无变化 0 家 · 待审核 0 家');
    // Decided rows stay listed with their decision, so the person can change their mind.
    expect(await held.count()).toBe(2);
    expect(await held.nth(0).getByTestId('held-decision').inputValue()).toBe('same');
    await page.screenshot({ path: '.tmp/web-import-review.png', fullPage: true });

    const before = await count();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('待审核 0 家');
    expect(await count()).toBe(before + 1);
    const o4 = await atlas.db.one(
      `SELECT o.name, m.employees FROM organizations o JOIN measures m ON m.organization = o.id
       WHERE o.id = 'o4' AND m.year = 2024`,
    );
    expect(o4).toEqual({ name: '苏州丙材料有限公司', employees: 60 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('names the file and row of each yearly figure on the organisation page, zh and en', async () => {
    const id = await idOf('湖南审计测试液压科技有限公司');
    for (const [locale, words] of [
      ['zh-CN', ['来源：工信名单.csv', '工信名单.csv 第 2 行', '2024 年数据']],
      ['en', ['Source: 工信名单.csv', '工信名单.csv, row 2', 'data of 2024']],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
      await page.getByTestId('account').waitFor();
      await page.goto(`${atlas.url}#/organization/${id}`);
      const measures = page.getByTestId('measures');
      await measures.waitFor();
      expect(await measures.getByTestId('measure-sources').first().textContent()).toBe(
        '工信名单.csv',
      );
      const figure = measures.getByTestId('figure').first();
      const tip = (await figure.getAttribute('data-provenance')) ?? '';
      for (const w of words) expect(tip).toContain(w);
      expect(tip).not.toMatch(/importId|[0-9a-f]{8}-[0-9a-f]{4}-/);
      await figure.hover();
      await page.screenshot({ path: `.tmp/web-figure-source-${locale}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 120_000);
});
