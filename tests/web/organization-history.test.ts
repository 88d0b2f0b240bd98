import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { loadOrganizations, writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore } from '../api/fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/** The history on an organisation's page, in both languages, and an analyst's undo. */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('organization-history', fixtureStore);
  await atlas.db.transaction(async (tx) => {
    const [o4] = await loadOrganizations(tx, ['o4']);
    await writeOrganizations(
      tx,
      [Organization.parse({ ...o4, name: '苏州丙新材料有限公司', kind: 'platform' })],
      { by: 'ana', source: '工信局名单 2024' },
    );
  });
});
afterAll(async () => atlas?.close());

describe('the history of an organisation on its page', () => {
  it('lists each change in words, in Chinese and in English', async () => {
    for (const [locale, words] of [
      ['zh-CN', ['名称', '机构类型', '企业', '公共服务平台', '新建记录', '程序写入']],
      ['en', ['name', 'type of organisation', 'record created', 'written by a tool']],
    ] as const) {
      const { page, errors } = await openPage(atlas, { locale });
      await page.goto(`${atlas.url}#/organization/o4`);
      const table = page.getByTestId('organization-history');
      await table.waitFor();
      const text = (await table.textContent()) ?? '';
      for (const w of words) expect(text).toContain(w);
      const title = locale === 'en' ? 'History' : '变更记录';
      await page.getByRole('heading', { name: title }).waitFor();
      expect(text).toContain('苏州丙材料有限公司');
      expect(text).not.toMatch(/field\.|kind\.|\{|"/);
      expect(await table.getByTestId('history-undo').count()).toBe(0);
      await page.screenshot({ path: `.tmp/web-history-${locale}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('lets an analyst undo a change, and shows the undo', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/organization/o4`);
    const rows = page.getByTestId('history-row');
    await rows.first().waitFor();
    const nameRow = rows.filter({ hasText: '名称' }).first();
    await nameRow.getByTestId('history-undo').click();
    await page.getByTestId('organization-name').getByText('苏州丙材料有限公司').waitFor();
    await rows.filter({ hasText: '撤销第' }).first().waitFor();
    expect(await rows.filter({ hasText: '已撤销' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
