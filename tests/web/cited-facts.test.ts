import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyNationalCluster, EMPTY_NATIONAL } from '../fixtures/empty-cluster.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * Cited facts beat partial sums, and nothing is judged from nothing, in the
 * browser: Changsha's page and report show the output its source states
 * (over 2000亿 in 2019) cited as a reader would, the atlas's own count only
 * as coverage; an empty national cluster gets no verdict, type or rank.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('cited-facts');
  await addEmptyNationalCluster(atlas.db);
});
afterAll(async () => atlas?.close());

const CHANGSHA = 'national-changsha-construction-machinery';

describe('cited facts on the cluster page and in the report', () => {
  it('Changsha’s overview: over 2000 亿元 in 2019 with its source, and the atlas’s firms as coverage', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${CHANGSHA}`);
    const facts = page.getByTestId('cited-facts');
    await facts.waitFor();
    const output = facts.locator('[data-indicator="output"]');
    expect(await output.getByTestId('fact-value').textContent()).toBe('超过 2000 亿元');
    expect(await output.textContent()).toContain('2019 年');
    const source = await output.getByTestId('fact-source').textContent();
    expect(source).toContain('干勇、谢曼、廉海强 等');
    expect(source).toContain('《先进制造业集群现代科技支撑体系建设研究》');
    expect(source).toContain('中国工程科学 24(2)');
    expect(source).toContain('2022');
    expect(source).toContain('2000亿元'); // the source's own words
    const firms = facts.locator('[data-indicator="firms"]');
    expect(await firms.getByTestId('fact-value').textContent()).toBe('416 家');
    expect(await firms.getByTestId('fact-coverage').textContent()).toMatch(
      /^图谱收录 416 家中的 \d+ 家（[\d.]+%）/,
    );
    const share = facts.locator('[data-indicator="national_share"]');
    expect(await share.getByTestId('fact-value').textContent()).toBe('约 23%');
    // No internal key on screen; the atlas's own sums are said to be partial.
    expect(await facts.textContent()).not.toMatch(/seed \d|national_share|10k yuan/);
    await page.getByTestId('size-partial').waitFor();
    await page.screenshot({ path: '.tmp/web-cited-facts.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says the same in English', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en-US' });
    await page.goto(`${atlas.url}#/cluster/${CHANGSHA}`);
    const facts = page.getByTestId('cited-facts');
    await facts.waitFor();
    const output = facts.locator('[data-indicator="output"]');
    expect(await output.getByTestId('fact-value').textContent()).toBe('over 200 billion yuan');
    expect(await output.getByTestId('fact-source').textContent()).toContain(
      'Gan Yong et al., “先进制造业集群现代科技支撑体系建设研究” (Construction of Modern Science and Technology Support System for Advanced Manufacturing Clusters), Strategic Study of CAE 24(2), 2022',
    );
    expect(
      await facts.locator('[data-indicator="firms"]').getByTestId('fact-coverage').textContent(),
    ).toMatch(/^the atlas holds \d+ of 416 firms/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('成渝: 2.2 万亿元 in 2022 as its source states it', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-chengyu-electronics`);
    const output = page.getByTestId('cited-facts').locator('[data-indicator="output"]');
    await output.waitFor();
    expect(await output.getByTestId('fact-value').textContent()).toBe('2.2 万亿元');
    expect(await output.getByTestId('fact-source').textContent()).toContain('《产城》杂志');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the report shows the cited output with its source before the atlas’s own sums', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/reports/${CHANGSHA}`);
    await page.locator('[data-report-ready="true"]').waitFor();
    const facts = page.getByTestId('report').getByTestId('cited-facts');
    const output = facts.locator('[data-indicator="output"]');
    expect(await output.getByTestId('fact-value').textContent()).toBe('超过 2000 亿元');
    expect(await output.getByTestId('fact-source').textContent()).toContain('中国工程科学');
    expect(
      await facts.locator('[data-indicator="firms"]').getByTestId('fact-coverage').textContent(),
    ).toContain('图谱收录 416 家中的');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the scorecard in words', () => {
  it('names indicators, checks and how the type was decided, never by their codes', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${CHANGSHA}/evaluation`);
    await page.getByTestId('scorecard-type').waitFor();
    const text = (await page.getByTestId('tab-evaluation').textContent()) ?? '';
    expect(text).toContain('判定依据：行业代码');
    expect(text).toContain('链主企业数');
    expect(text).not.toMatch(/status\.|member_firms|supply_link_density|industry-codes/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an empty national cluster', () => {
  it('gets no verdict, type or rank: 数据不足, and it is listed apart from the ranking', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${EMPTY_NATIONAL}/network`);
    const verdict = page.getByTestId('network-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('尚无成员记录');
    expect(await verdict.textContent()).not.toContain('集而不群');

    await page.goto(`${atlas.url}#/cluster/${EMPTY_NATIONAL}/evaluation`);
    await page.getByTestId('scorecard-no-data').waitFor();
    expect(await page.getByTestId('scorecard-no-data').textContent()).toContain('数据不足');
    expect(await page.getByTestId('scorecard-rank').count()).toBe(0);
    expect(await page.getByTestId('scorecard-type').count()).toBe(0);

    await page.goto(`${atlas.url}#/rankings`);
    await page.getByTestId('ranking-row').first().waitFor();
    await page
      .locator(`[data-testid="not-ranked-row"][data-cluster="${EMPTY_NATIONAL}"]`)
      .waitFor();
    expect(
      await page.locator(`[data-testid="ranking-row"][data-cluster="${EMPTY_NATIONAL}"]`).count(),
    ).toBe(0);
    expect(await page.getByTestId('not-ranked').textContent()).toContain('未排名：无成员数据');

    await page.goto(`${atlas.url}#/networks`);
    const row = page.getByTestId('network-row').filter({ hasText: '测试用空集群' });
    await row.waitFor();
    expect(await row.textContent()).toContain('尚无成员记录');
    expect(await row.textContent()).not.toContain('集而不群');

    await page.goto(`${atlas.url}#/reports/${EMPTY_NATIONAL}`);
    await page.locator('[data-report-ready="true"]').waitFor();
    expect(await page.getByTestId('report-verdict').textContent()).toContain('尚无成员记录');
    expect(await page.getByTestId('report-no-evaluation').textContent()).toContain('数据不足');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
