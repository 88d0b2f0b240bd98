import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { loadOrganizations, writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore } from '../api/fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * "Undo this import" on the data page: the confirm step names what will be
 * removed, the undo removes it; an import a record of which changed since
 * is refused, the reason in words, nothing written.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-web-undo-import-'));
let atlas: LiveAtlas;

function registry(name: string, n: number, seed: number): string {
  const r = registryRows(seed);
  const file = join(dir, name);
  writeFileSync(
    file,
    `${[REGISTRY_HEADER, ...Array.from({ length: n }, (_, i) => r(i))].join('\n')}\n`,
  );
  return file;
}

beforeAll(async () => {
  atlas = await startAtlas('undo-import', fixtureStore);
  const db = atlas.db;
  await importFile(db, registry('整批可撤销.csv', 3, 31), {
    kind: 'organizations',
    importId: 'web-ok',
  });
  await importFile(db, registry('改过的.csv', 2, 32), {
    kind: 'organizations',
    importId: 'web-changed',
  });
  const [{ id }] = await db.all(
    `SELECT entity_id AS id FROM change_rows WHERE action = 'create' AND entity = 'organization'
     AND changed_at = (SELECT changed_at FROM import_history WHERE import_id = 'web-changed') LIMIT 1`,
  );
  await db.transaction(async (tx) => {
    const [o] = await loadOrganizations(tx, [String(id)]);
    await writeOrganizations(tx, [{ ...o, address: '湖南省长沙市测试路 2 号' }], { by: 'li' });
  });
}, 300_000);
afterAll(async () => {
  await atlas?.close();
  rmSync(dir, { recursive: true, force: true });
});

const organizations = async () =>
  Number((await atlas.db.one('SELECT count(*) AS n FROM organizations'))!.n);
const row = (page: import('playwright-core').Page, file: string) =>
  page.locator('[data-testid="import-history"] tr', { hasText: file });

async function signedInDataPage() {
  const opened = await openPage(atlas);
  const { page } = opened;
  await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
  await page.getByTestId('account').waitFor();
  await page.goto(`${atlas.url}#/data`);
  await page.getByTestId('import-history').waitFor();
  return opened;
}

describe('undoing an import on the data page', () => {
  it('names what will be removed, then removes it', async () => {
    const { page, errors } = await signedInDataPage();
    const before = await organizations();
    const r = row(page, '整批可撤销.csv');
    await r.getByTestId('undo-import').click();
    const confirm = r.getByTestId('undo-import-confirm');
    await confirm.waitFor();
    const text = (await confirm.textContent()) ?? '';
    expect(text).toContain('撤销这次导入（整批可撤销.csv）？');
    expect(text).toContain('将删除它新建的 3 家机构、3 条年度数据和 0 条关系');
    expect(await organizations()).toBe(before);
    await page.screenshot({ path: '.tmp/web-undo-import.png' });
    await r.getByTestId('undo-import-yes').click();
    await r.getByTestId('undo-import-done').waitFor();
    expect(await r.getByTestId('undo-import-done').textContent()).toContain('删除了 3 家机构');
    await expect.poll(organizations).toBe(before - 3);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('says in words why an import a record of which changed since cannot be undone', async () => {
    const { page, errors } = await signedInDataPage();
    const before = await organizations();
    const r = row(page, '改过的.csv');
    await r.getByTestId('undo-import').click();
    const refused = r.getByTestId('undo-import-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(
      /^无法撤销这次导入：它新建的一条记录后来又被修改过（第 \d+ 号变更）。/,
    );
    expect(await r.getByTestId('undo-import-confirm').count()).toBe(0);
    expect(await organizations()).toBe(before);
    // The one failed request is the refusal itself (409), answered in words above.
    expect(errors.filter((e) => !/409/.test(e))).toEqual([]);
    expect(
      errors.some((e) => e.includes('409 GET') && e.includes('/api/imports/web-changed/undo')),
    ).toBe(true);
    await page.context().close();
  }, 120_000);
});
