import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { mergeDuplicate } from '../../src/services/quality/merge-duplicate.ts';
import { fixtureStore } from '../api/fixture.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/** An analyst undoes a merge from the kept organisation's history: the merged one comes back. */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('undo-merge', fixtureStore);
  await mergeDuplicate(atlas.db, 'o2', 'o5', 'ana');
}, 300_000);
afterAll(async () => atlas?.close());

const exists = async (id: string) =>
  Number((await atlas.db.one('SELECT count(*) AS n FROM organizations WHERE id = $id', { id }))!.n);

describe('undoing a merge on the kept organisation’s page', () => {
  it('offers the undo once per merge, and brings the merged organisation back', async () => {
    expect(await exists('o5')).toBe(0);
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/organization/o2`);
    const button = page.getByTestId('history-undo-merge');
    await button.waitFor();
    expect(await button.count()).toBe(1);
    expect(await button.textContent()).toBe('撤销这次合并');
    await page.screenshot({ path: '.tmp/web-undo-merge.png' });
    await button.click();
    await expect.poll(() => exists('o5')).toBe(1);
    await expect.poll(() => button.count()).toBe(0);
    const members = await atlas.db.all(
      `SELECT cluster FROM cluster_members WHERE organization = 'o5' ORDER BY cluster`,
    );
    expect(members.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
