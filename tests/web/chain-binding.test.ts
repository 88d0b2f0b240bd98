import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../src/core/model/cluster.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * A cluster a user adds carries no chain binding: its cluster page says the
 * chain shown is guessed from its name, visitors only read that, and an
 * analyst binds the chain (first, then another first) and drops the choice.
 */
let atlas: LiveAtlas;
const ID = 'user-test-machinery';
beforeAll(async () => {
  atlas = await startAtlas('chain-binding');
  await atlas.db.transaction((tx) =>
    writeClusters(tx, [
      Cluster.parse({
        id: ID,
        name: '测试市工程机械集群',
        regions: ['430100'],
        provenance: { source: 'test fixture', method: 'manual', year: 2024 },
      }),
    ]),
  );
}, 240_000);
afterAll(async () => atlas?.close());

const binding = async () =>
  (await atlas.app.inject({ method: 'GET', url: `/api/clusters/${ID}/chains` })).json() as {
    chainTemplates: string[];
    chainTemplatesBy: string;
  };

describe('a cluster without a chain binding', () => {
  it('says a visitor sees a chain guessed from the name, with no control to bind it', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${ID}/panorama`);
    const note = page.getByTestId('chain-guessed');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/尚未绑定.*“工程机械”是按集群名称推测的.*分析人员/);
    expect(await page.getByTestId('chain-picker').inputValue()).toBe('construction-machinery');
    expect(await page.getByTestId('chain-bind').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('lets an analyst bind the guessed chain, put another first, and drop the choice', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/${ID}/panorama`);
    const box = page.getByTestId('chain-binding');
    await page.getByTestId('chain-guessed').waitFor({ timeout: 60_000 });
    await page.getByTestId('chain-bind').click();
    await expect.poll(() => box.getAttribute('data-by'), { timeout: 30_000 }).toBe('analyst');
    expect(await page.getByTestId('chain-guessed').count()).toBe(0);
    expect(await binding()).toMatchObject({
      chainTemplates: ['construction-machinery'],
      chainTemplatesBy: 'analyst',
    });
    // Another template put first keeps the one bound before.
    await page.getByTestId('chain-picker').selectOption('robots');
    await page.getByTestId('chain-bind').click();
    await expect
      .poll(async () => (await binding()).chainTemplates, { timeout: 30_000 })
      .toEqual(['robots', 'construction-machinery']);
    await page.getByRole('status').filter({ hasText: '机器人' }).waitFor();
    expect(await page.getByTestId('chain-picker').inputValue()).toBe('robots');
    expect(await page.getByTestId('chain-bind').count()).toBe(0);
    await page.screenshot({ path: '.tmp/web-chain-binding.png', fullPage: true });
    await page.getByTestId('chain-unbind').click();
    await page.getByTestId('chain-guessed').waitFor({ timeout: 30_000 });
    expect(await binding()).toMatchObject({ chainTemplates: [], chainTemplatesBy: 'none' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
