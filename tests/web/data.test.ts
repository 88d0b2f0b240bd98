import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The import wizard in a real browser: a small CSV with one bad row is
 * previewed (row, column, reason shown, nothing written), then committed
 * without the bad row; a visitor is told to sign in.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('data');
});
afterAll(async () => atlas?.close());

const CSV = [
  '企业名称,统一社会信用代码,所在省份,所在城市,行业代码',
  '长沙浏览器测试液压有限公司,,湖南,长沙,3444',
  '长沙浏览器测试阀门有限公司,91430100MA4L00000X,湖南省,长沙市,3443',
  '株洲浏览器测试铸造有限公司,,湖南,株洲,3391',
].join('\n');

const count = async () =>
  Number(
    (await atlas.db.one(`SELECT count(*) AS n FROM organizations WHERE name LIKE '%浏览器测试%'`))!
      .n,
  );

describe('the import wizard', () => {
  it('asks a visitor to sign in', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/data`);
    await page.getByTestId('import-needs-analyst').waitFor();
    expect(await page.getByTestId('import-wizard').count()).toBe(0);
    // Data quality is for everyone: the synthetic count equals the store's, examples open.
    const synthetic = page.locator('[data-testid="quality-flag"][data-flag="synthetic"]');
    await synthetic.waitFor();
    const n = Number(
      (await atlas.db.one('SELECT count(*) AS n FROM organizations WHERE synthetic'))!.n,
    );
    expect((await synthetic.locator('summary').textContent())!.replace(/,/g, '')).toBe(String(n));
    await synthetic.locator('summary').click();
    expect(await synthetic.locator('li a').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('previews a file with one bad row, then writes the good rows', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/data`);
    await page.getByTestId('import-file').setInputFiles({
      name: '测试名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    const text = await issues.textContent();
    expect(text).toContain('3');
    expect(text).toContain('统一社会信用代码');
    // The reason in Chinese, the API's own sentence on hover.
    expect(text).toContain('不是有效的统一社会信用代码');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await count()).toBe(0);
    await page.screenshot({ path: '.tmp/web-import-preview.png', fullPage: true });

    await page.getByTestId('import-commit-skip').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('2');
    expect(await count()).toBe(2);
    await page.getByTestId('import-history').getByText('测试名单.csv').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists two records of one firm as a duplicate, and an analyst merges them', async () => {
    const manual = { source: 'browser test', method: 'manual' as const };
    await atlas.db.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'dup-a',
          name: '长沙重复测试机械有限公司',
          kind: 'enterprise',
          region: '430100',
          provenance: manual,
        }),
        Organization.parse({
          id: 'dup-b',
          name: '长沙重复测试机械有限公司',
          kind: 'enterprise',
          region: '430100',
          coordinates: [112.9, 28.2],
          provenance: manual,
        }),
      ]),
    );
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/data`);
    const group = page
      .getByTestId('duplicates')
      .locator('li', { hasText: '长沙重复测试机械有限公司' });
    await group.waitFor();
    await group.getByTestId('merge-duplicate').click();
    await expect.poll(() => group.count()).toBe(0);
    const left = await atlas.db.all(
      `SELECT id, lon FROM organizations WHERE id IN ('dup-a', 'dup-b')`,
    );
    expect(left).toEqual([{ id: 'dup-a', lon: 112.9 }]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('records two look-alike firms as not a duplicate, hides them, shows and undoes on request', async () => {
    const manual = { source: 'browser test', method: 'manual' as const };
    await atlas.db.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'twin-a',
          name: '湘潭同名测试电机有限公司',
          kind: 'enterprise',
          region: '430300',
          provenance: manual,
        }),
        Organization.parse({
          id: 'twin-b',
          name: '湘潭同名测试电机有限公司',
          kind: 'enterprise',
          region: '430300',
          provenance: manual,
        }),
      ]),
    );
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/data`);
    const group = page
      .getByTestId('duplicates')
      .locator('li', { hasText: '湘潭同名测试电机有限公司' });
    await group.first().waitFor();
    const groups = await group.count();
    const mark = group.first().getByTestId('mark-distinct');
    expect(await mark.textContent()).toMatch(/^(不是重复|Not a duplicate)$/);
    await group.first().getByTestId('distinct-note').fill('两地两家，信用代码不同');
    await mark.click();
    await expect.poll(() => group.count()).toBeLessThan(groups);
    expect(
      await atlas.db.all(`SELECT a, b, decision, note FROM reviewed_pairs WHERE a = 'twin-a'`),
    ).toEqual([{ a: 'twin-a', b: 'twin-b', decision: 'distinct', note: '两地两家，信用代码不同' }]);
    // Both records stay: a decision, not a merge.
    expect(
      Number(
        (await atlas.db.one(`SELECT count(*) AS n FROM organizations WHERE id LIKE 'twin-%'`))!.n,
      ),
    ).toBe(2);
    await page.getByTestId('show-reviewed').check();
    const reviewed = group.and(page.locator('[data-reviewed="true"]'));
    await reviewed.first().waitFor();
    const said = await reviewed.first().getByTestId('reviewed-note').textContent();
    expect(said).toContain('admin');
    expect(said).toContain('两地两家，信用代码不同');
    await reviewed.first().getByTestId('undo-distinct').click();
    await expect.poll(() => reviewed.count()).toBe(0);
    // Undone, the pair is a candidate again, with its merge button.
    await expect.poll(() => group.count()).toBe(groups);
    expect(await group.first().getByTestId('merge-duplicate').count()).toBe(1);
    expect(await atlas.db.all(`SELECT a FROM reviewed_pairs WHERE a = 'twin-a'`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
