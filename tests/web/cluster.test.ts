import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';

/**
 * The main path on the default data: map → a cluster (list, panel, profile)
 * → its chain panorama → a node → one of its firms.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('cluster');
});
afterAll(async () => atlas?.close());

describe('map → cluster → panorama node → firm', () => {
  it('walks from the map to a multi-way valve maker of the Changsha construction-machinery cluster', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(atlas.url);
    await page.getByTestId('cluster-filter').fill('长沙市工程机械');
    await page.getByTestId('cluster-item').first().click();
    await page.getByTestId('open-profile').click();
    await page.getByTestId('cluster-page').waitFor();
    expect(await page.getByTestId('cluster-title').textContent()).toBe('长沙市工程机械集群');
    // Overview: members, each leading to its organisation page.
    const members = page.getByTestId('tab-overview').getByTestId('member-list').locator('a');
    await members.first().waitFor();
    expect(await members.count()).toBeGreaterThan(10);

    await page.getByTestId('tab-link-panorama').click();
    await page.getByTestId('panorama-summary').waitFor();
    expect(await page.getByTestId('chain-picker').inputValue()).toBe('construction-machinery');
    expect(await page.getByTestId('panorama-summary').textContent()).toMatch(/链条完整度\s*\d/);
    // The score says how it is made: template, weights, the placements behind it.
    const basis = await page
      .getByTestId('panorama-summary')
      .getByTestId('figure')
      .first()
      .getAttribute('data-provenance');
    expect(basis).toMatch(/模板 .+ v\d+\.\d+\.\d+/);
    expect(basis).toContain('强 1');
    expect(basis).toContain('缺 0');
    await page.screenshot({ path: '.tmp/web-panorama.png' });

    await page.locator('[data-node="multi-way-valve"]').click();
    const detail = page.getByTestId('panorama-node');
    await detail.getByText('多路阀').first().waitFor();
    const firm = detail.getByTestId('node-firms').locator('a').first();
    const firmName = await firm.textContent();
    // A visitor sees the firms but not their figures.
    expect(await detail.locator('.restricted').count()).toBeGreaterThan(0);
    await firm.click();
    await page.getByTestId('organization-page').waitFor();
    expect(await page.getByTestId('organization-name').textContent()).toBe(firmName);
    await page.screenshot({ path: '.tmp/web-firm.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the network verdict with its figures: Changsha networked, Tangshan steel gathered but not networked', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/network`);
    const verdict = page.getByTestId('network-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('网络化');
    await page.getByTestId('network-chart').locator('canvas').first().waitFor();
    expect(await page.getByTestId('central').locator('li').count()).toBe(5);
    expect(await page.getByTestId('research').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('leader-tiers').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('key-suppliers').textContent()).toContain('家成员客户');
    // The drawn network's nodes with their centralities, as CSV.
    const nodesCsv = page.waitForEvent('download');
    await page.getByTestId('network-chart').getByTestId('export-csv-keys').click();
    const nodes = Buffer.concat(
      (await (await (await nodesCsv).createReadStream()).toArray()) as Buffer[],
    ).toString('utf8');
    expect(keyRows(nodes)[0]).toBe('id,name,kind,member,degree,pagerank,constraint,community');
    await page.screenshot({ path: '.tmp/web-network.png' });
    await page.goto(`${atlas.url}#/cluster/cluster-tangshan-steel/network`);
    await expect.poll(() => verdict.textContent()).toContain('集而不群');
    expect(await page.locator('.checks li.failed').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stops a whole chain node and shows the panorama before and after', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/network`);
    const box = page.getByTestId('chain-disruption');
    await box.getByTestId('disrupt-node').selectOption('multi-way-valve');
    await box.getByTestId('disrupt-node-run').click();
    const valve = box.locator('[data-testid="node-shift"][data-after="missing"]');
    await valve.first().waitFor();
    expect(await valve.first().textContent()).toContain('多路阀');
    expect(await valve.first().textContent()).toMatch(/0 家 · 缺/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('proposes micro-clusters; an analyst starts one and logs an activity', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/network`);
    const box = page.getByTestId('micro-clusters');
    const proposals = box.getByTestId('micro-proposal');
    await proposals.first().waitFor();
    const first = await proposals.first().textContent();
    expect(first).toContain('多路阀');
    expect(first).toMatch(/\d+ 家企业，\d+ 家科研机构/);
    await proposals.first().getByTestId('micro-start').click();
    const group = box.getByTestId('micro-group');
    await group.first().waitFor();
    expect(await group.first().textContent()).toContain('进行中');
    expect(await group.first().textContent()).toMatch(/成员 \d+ 家/);
    await group.first().getByLabel('活动说明').fill('首次技术对接会');
    await group.first().getByTestId('micro-log').click();
    await expect.poll(() => group.first().textContent()).toContain('首次技术对接会');
    // The problem taken up is not proposed again.
    expect(await proposals.first().textContent()).not.toBe(first);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tracks a target through the attraction pipeline until it lands and counts in the chain', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/actions`);
    const board = page.getByTestId('action-board');
    await page.getByTestId('track-target').first().click();
    const card = board.getByTestId('action-card');
    await card.first().waitFor();
    for (const next of ['contacted', 'negotiating', 'signed', 'landed']) {
      await card.first().getByTestId(`action-${next}`).click();
      await expect
        .poll(() =>
          board.locator(`.action-column[data-state="${next}"] [data-testid="action-card"]`).count(),
        )
        .toBe(1);
    }
    await expect
      .poll(() => board.getByTestId('action-effect').textContent())
      .toMatch(/产业链完整度：[\d.]+% → [\d.]+%/);
    // The column head counts the pipeline, and the target says where its action stands.
    expect(await board.locator('.action-column[data-state="landed"] h4').textContent()).toMatch(
      /\(1\)$/,
    );
    await expect
      .poll(() => page.getByTestId('target-tracked').textContent())
      .toBe('（已跟踪：已落地）');
    expect(await page.getByTestId('target-tracked').count()).toBe(1);
    const stored = await atlas.db.one(
      `SELECT count(*) AS n FROM chain_action_events e JOIN chain_actions a ON a.id = e.action
       WHERE a.scope = 'national-changsha-construction-machinery'`,
    );
    expect(Number(stored!.n)).toBe(5);
    await page.screenshot({ path: '.tmp/web-action-board.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('edits a chain template as a new version: a bad node is named, a good edit is saved', async () => {
    // The editor proposes the bundled version's next patch.
    const bundled = JSON.parse(readFileSync('data/chains/construction-machinery.json', 'utf8')) as {
      version: string;
    };
    const [major, minor, patch] = bundled.version.split('.').map(Number);
    const next = `${major}.${minor}.${patch! + 1}`;
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/chains/construction-machinery`);
    await page.getByTestId('template-edit').click();
    // The form comes first; the JSON is a click away for those who know the format.
    await page.getByTestId('template-form').waitFor();
    await page.getByTestId('template-mode-json').click();
    const json = page.getByTestId('template-json');
    const tpl = JSON.parse(await json.inputValue());
    expect(tpl.version).toBe(next);
    const valve = tpl.nodes.find((n: { id: string }) => n.id === 'multi-way-valve');
    valve.stage = 'sideways';
    await json.fill(JSON.stringify(tpl));
    await page.getByTestId('template-check').click();
    await expect
      .poll(() => page.getByTestId('template-problems').textContent())
      .toContain('multi-way-valve');
    valve.stage = 'midstream';
    valve.nameZh = '高压多路阀';
    await json.fill(JSON.stringify(tpl));
    await page.getByTestId('template-save').click();
    await page
      .locator('[data-testid="template-node"][data-node="multi-way-valve"]')
      .getByText('高压多路阀')
      .waitFor();
    const stored = await atlas.db.one(
      `SELECT count(*) AS n FROM chain_templates WHERE id = 'construction-machinery' AND version = '${next}'`,
    );
    expect(Number(stored!.n)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the chain gaps with their actions and ranked firms to attract with reasons', async () => {
    const { page, errors } = await openPage(atlas, { locale: 'en' });
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/actions`);
    const gaps = page.getByTestId('gaps');
    await gaps.waitFor();
    expect(await gaps.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await gaps.textContent()).toMatch(/fill|strengthen|replace imports|extend/);
    const targets = page.getByTestId('targets').first().locator(':scope > li');
    await targets.first().waitFor();
    expect(await targets.first().locator('.reasons li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '.tmp/web-actions.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('browses chain templates: nodes by stage, choke points with their reason and source', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/chains`);
    await page.getByTestId('chain-link').first().waitFor();
    // Every bundled template is listed (data/chains).
    expect(await page.getByTestId('chain-link').count()).toBe(
      readdirSync('data/chains').filter((f) => f.endsWith('.json')).length,
    );
    await page.getByTestId('chain-link').filter({ hasText: '工程机械' }).click();
    const valve = page.locator('[data-testid="template-node"][data-node="multi-way-valve"]');
    await valve.waitFor();
    const text = await valve.textContent();
    expect(text).toContain('卡脖子环节');
    // Its source cited as a reader cites it (issue 17), not as "seed 004".
    expect(text).toContain('干勇 等，2022');
    expect(text).not.toMatch(/seed/i);
    expect(text).toContain('3443');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the whole atlas network with WebGL, coloured by community', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/networks`);
    const stats = page.getByTestId('explorer-stats');
    await stats.waitFor();
    expect(Number(await stats.getAttribute('data-nodes'))).toBeGreaterThan(1000);
    // The layout is timed for developers (an attribute), never shown to readers.
    await expect.poll(() => stats.getAttribute('data-layout-ms')).toMatch(/^\d+$/);
    expect(await stats.textContent()).toMatch(/模块度 [\d.]+）$/);
    expect(await stats.textContent()).not.toMatch(/毫秒/);
    // sigma draws into WebGL canvases.
    const webgl = await page
      .getByTestId('explorer-canvas')
      .locator('canvas')
      .evaluateAll(
        (cs) =>
          cs.filter(
            (c) =>
              (c as HTMLCanvasElement).getContext('webgl2') !== null ||
              (c as HTMLCanvasElement).getContext('webgl') !== null,
          ).length,
      );
    expect(webgl).toBeGreaterThan(0);
    // The label layer (2D, readable) shows the largest organisations once sigma has drawn.
    const labelled = () =>
      page.locator('.sigma-labels').evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
        return n;
      });
    await expect.poll(labelled).toBeGreaterThan(0);
    await page.getByTestId('network-explorer').screenshot({ path: '.tmp/web-explorer.png' });
    // The drawing saves as one PNG: sigma's WebGL layers and labels on white, not blank.
    const pngDone = page.waitForEvent('download');
    await page.getByTestId('network-explorer').getByTestId('export-png').click();
    const pngFile = await pngDone;
    expect(pngFile.suggestedFilename()).toBe('atlas-network.png');
    const png = Buffer.concat((await (await pngFile.createReadStream()).toArray()) as Buffer[]);
    const coloured = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      // Saturated pixels: the community colours of the WebGL nodes (labels and edges are grey).
      for (let i = 0; i < d.length; i += 4 * 11)
        if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) n++;
      return n;
    }, png.toString('base64'));
    expect(coloured).toBeGreaterThan(500);
    // Its nodes as a table, most central first, each a link the keyboard follows.
    await page.getByTestId('network-explorer').getByTestId('show-table').click();
    const rows = page.getByTestId('explorer-table').locator('tbody tr');
    expect(await rows.count()).toBe(300);
    const link = rows.first().locator('a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#\/organization\//);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(href);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares every cluster’s network verdict and opens one', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/networks`);
    const rows = page.getByTestId('network-row');
    await rows.first().waitFor();
    expect(await page.getByTestId('networks-table').textContent()).toContain('集而不群');
    await rows.filter({ hasText: '唐山' }).locator('a').click();
    await page.getByTestId('network-verdict').waitFor();
    expect(await page.getByTestId('network-verdict').textContent()).toContain('集而不群');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the cluster’s scorecard: rank with interval, type and its development path', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery/evaluation`);
    await page.getByTestId('scorecard-rank').waitFor();
    expect(await page.getByTestId('scorecard-rank').textContent()).toMatch(
      /排第 \d+ 名（区间 \d+–\d+）/,
    );
    expect(await page.getByTestId('scorecard-type').textContent()).toContain('关键战略型');
    expect(await page.getByTestId('scorecard-path').locator('li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a cluster’s size and growth, withholding to a visitor only what would reveal a firm', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/national-changsha-construction-machinery`);
    const table = page.getByTestId('size-table');
    await table.locator('tbody tr').first().waitFor();
    const size = (await (
      await fetch(`${atlas.url}api/clusters/national-changsha-construction-machinery/size`)
    ).json()) as { years: { year: number; employees: { sum: number | null } }[] };
    expect(await table.locator('tbody tr').count()).toBe(size.years.length);
    const first = size.years[0];
    expect(first.employees.sum).not.toBeNull();
    expect((await table.locator('tbody tr').first().textContent())!.replace(/,/g, '')).toContain(
      `${first.year}${first.employees.sum}`,
    );
    expect(await page.getByTestId('growth').textContent()).toMatch(
      /从业人数：\d{4}–\d{4} 年均增长 [+-]\d/,
    );
    expect(await page.getByTestId('disclosure-note').textContent()).toContain('少于 3 家');
    expect(await inked(page.getByTestId('size-chart').locator('canvas').first())).toBeGreaterThan(
      50,
    );
    await page.getByTestId('size-growth').screenshot({ path: '.tmp/web-size-growth.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the LQ of the cluster’s industries in its regions', async () => {
    const { page, errors } = await openPage(atlas);
    const metrics = `${atlas.url}#/cluster/national-changsha-construction-machinery/metrics`;
    // A visitor: the LQs built from firms' employees over too few firms are withheld — 保密, its
    // reason on focus, never a number or a crash.
    await page.goto(metrics);
    const visitorTable = page.getByTestId('cluster-lq');
    await visitorTable.locator('tbody tr').first().waitFor();
    const tab = page.getByTestId('tab-metrics');
    const withheld = tab.getByTestId('withheld');
    await page.waitForLoadState('networkidle');
    await withheld.first().waitFor();
    expect(await withheld.first().textContent()).toBe('保密');
    await withheld.first().focus();
    expect(
      await withheld
        .first()
        .evaluate((el) => getComputedStyle(el, '::after').content.replace(/^"|"$/g, '')),
    ).toContain('少于 3 家机构或单一机构占比过高');
    expect(await tab.textContent()).not.toMatch(/NaN|null/);
    // An analyst sees every figure.
    await page.goto(
      `${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db, 'analyst')}`,
    );
    await page.getByTestId('account').waitFor();
    await page.goto(metrics);
    const table = page.getByTestId('cluster-lq');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.getByTestId('withheld').count()).toBe(0);
    expect(await table.textContent()).toContain('长沙市');
    expect(await table.textContent()).toMatch(/34 /);
    // Each figure says where it comes from, on focus as on hover: metric, convention, matrix.
    const figure = table.getByTestId('figure').first();
    const tip = await figure.getAttribute('data-provenance');
    expect(tip).toContain('EconGeo location_quotient');
    expect(tip).toMatch(/从业人数.*地区 ×.*个行业/);
    expect(tip).toMatch(/合成数据占比：\d/);
    const shown = () =>
      figure.evaluate((el) => getComputedStyle(el, '::after').content.replace(/^"|"$/g, ''));
    expect(await shown()).toBe('none');
    await figure.focus();
    expect(await shown()).toContain('EconGeo location_quotient');
    await page.screenshot({ path: '.tmp/web-figure-provenance.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a cluster report (PDF through Chromium’s print) and downloads its node table as CSV', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/reports/national-changsha-construction-machinery`);
    await page.getByTestId('report-nodes').waitFor();
    await page.getByTestId('report-verdict').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('report-csv').click();
    const file = await download;
    const csv = await (await file.createReadStream()).toArray();
    const text = Buffer.concat(csv as Buffer[]).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('多路阀');
    // With charts: members by kind (real and synthetic apart) and firms per chain node.
    for (const chart of ['report-members-chart', 'report-chain-chart']) {
      expect(await inked(page.getByTestId(chart).locator('canvas').first())).toBeGreaterThan(50);
    }
    const chainCsv = page.waitForEvent('download');
    await page.getByTestId('report-chain-chart').getByTestId('export-csv-keys').click();
    const chainText = Buffer.concat(
      (await (await (await chainCsv).createReadStream()).toArray()) as Buffer[],
    ).toString('utf8');
    expect(keyRows(chainText)[0]).toBe('node,name,status,firms,synthetic,critical');
    expect(chainText).toMatch(/多路阀,(strong|present|weak|missing),\d+,\d+,[01]/);
    // For a reader: headings and statuses in Chinese, flags as 是/否.
    const readerCsv = page.waitForEvent('download');
    await page.getByTestId('report-chain-chart').getByTestId('export-csv').click();
    const readerText = Buffer.concat(
      (await (await (await readerCsv).createReadStream()).toArray()) as Buffer[],
    ).toString('utf8');
    expect(keyRows(readerText)[0]).toBe('环节编号,名称,状态,企业数（家）,合成数据,卡脖子环节');
    expect(readerText).toMatch(/多路阀,[强有弱缺],\d+,\d+,[是否]/);
    expect(readerText).toContain('# 范围：');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByTestId('report-chain-chart').getByTestId('export-png').isVisible()).toBe(
      false,
    );
    const pdf = await page.pdf({ path: '.tmp/report-changsha.pdf', format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // The charts are in the PDF as pictures.
    expect(pdf.includes('/Image')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a region report: specialisations, complexity, opportunities, clusters', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/reports`);
    // The region is chosen by name, pinyin or code with the picker (issue 17, item 3).
    await page.getByTestId('report-region-input').fill('changsha');
    // The first hit, once the search for the whole word has answered (on a cold atlas the first
    // search prepares every name's pinyin), is the prefecture.
    const first = page.getByTestId('report-region-hits').getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('长沙市');
    await first.click();
    expect(await page.getByTestId('report-region-input').inputValue()).toBe('长沙市');
    await page.getByTestId('report-region-open').click();
    const report = page.getByTestId('region-report');
    await report.getByTestId('report-lq').locator('tbody tr').first().waitFor();
    expect(await report.locator('h1').textContent()).toBe('长沙市');
    expect(await report.getByTestId('report-lq').locator('tbody tr').count()).toBe(10);
    await report.getByTestId('report-eci').waitFor();
    await report.getByTestId('report-opportunities').locator('li').first().waitFor();
    // The clusters load on their own: wait for them rather than read at once.
    await expect.poll(() => report.textContent()).toContain('长沙市工程机械集群');
    expect(
      await inked(report.getByTestId('report-lq-chart').locator('canvas').first()),
    ).toBeGreaterThan(50);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: '.tmp/report-region-430100.pdf', format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a region’s growth opportunities and the differentiated choice', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const rows = page.getByTestId('opportunities').getByTestId('opportunity');
    await rows.first().waitFor();
    // Complexity from firms' measures is a confidential aggregate: a visitor reads it as withheld.
    expect(await page.getByTestId('opportunities').textContent()).toMatch(/经济复杂度 ECI 保密/);
    // Every chart saves as a PNG.
    const png = page.waitForEvent('download');
    await page.getByTestId('lq-heatmap').getByTestId('export-png').click();
    const file = await png;
    expect(file.suggestedFilename()).toBe('lq-heatmap.png');
    const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // …and its data as CSV and Excel.
    const read = async (d: Promise<import('playwright-core').Download>) =>
      Buffer.concat((await (await (await d).createReadStream()).toArray()) as Buffer[]);
    const csvDone = page.waitForEvent('download');
    await page.getByTestId('lq-heatmap').getByTestId('export-csv-keys').click();
    const csv = (await read(csvDone)).toString('utf8');
    expect(keyRows(csv)[0]).toBe('region,regionName,industry,industryName,lq');
    expect(csv).toContain('430100,长沙市');
    // A visitor's Excel is written in the browser (the server builds files for accounts only).
    const visitorXlsx = page.waitForEvent('download');
    await page.getByTestId('lq-heatmap').getByTestId('export-xlsx').click();
    const mine = await read(visitorXlsx);
    expect(mine.subarray(0, 2).toString()).toBe('PK');
    expect(mine.includes(Buffer.from('长沙市'))).toBe(true);
    await page.getByTestId('opportunities').getByRole('checkbox').check();
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
    await page.getByTestId('account').waitFor();
    await page.goto(`${atlas.url}#/region/430100`);
    // Signed in, the same page shows the region's ECI.
    await expect
      .poll(() => page.getByTestId('opportunities').textContent())
      .toMatch(/经济复杂度 ECI -?\d/);
    const xlsxDone = page.waitForEvent('download');
    await page.getByTestId('lq-heatmap').getByTestId('export-xlsx').click();
    const xlsx = await read(xlsxDone);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the industry space with the region’s specialisations lit, its ECI rank, and the links as CSV', async () => {
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/region/430100`);
    const space = page.getByTestId('industry-space');
    await space.getByTestId('industry-space-chart').locator('canvas').first().waitFor();
    await expect
      .poll(() => space.getByTestId('eci-rank').textContent())
      .toMatch(/ECI 在 \d+ 个地区中排第 \d+/);
    const csv = page.waitForEvent('download');
    await space.getByText('下载产业空间联系 CSV').click();
    const file = await csv;
    const text = Buffer.concat(
      (await (await file.createReadStream()).toArray()) as Buffer[],
    ).toString();
    expect(text.split('\n')[0]).toBe('source,target,proximity,backbone');
    expect(text.trim().split('\n').length).toBeGreaterThan(2);
    await page.screenshot({ path: '.tmp/web-industry-space.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('simulates a supplier stopping: the customers it hits, with their loss', async () => {
    const single = await atlas.db.one(
      `WITH s AS (SELECT product, count(DISTINCT source) AS k, any_value(source) AS src
                  FROM links WHERE type = 'supply' AND product IS NOT NULL GROUP BY product),
            c AS (SELECT m.cluster, s.src FROM s JOIN cluster_members m ON m.organization = s.src
                  JOIN organizations o ON o.id = s.src WHERE s.k = 1 AND o.kind = 'enterprise')
       SELECT cluster, src FROM c ORDER BY cluster, src LIMIT 1`,
    );
    const { page, errors } = await openPage(atlas);
    await page.goto(`${atlas.url}#/cluster/${single!.cluster}/network`);
    await page.getByTestId('disrupt-org').waitFor();
    await page.getByTestId('disrupt-org').selectOption(String(single!.src));
    await page.getByTestId('disrupt-run').click();
    const result = page.getByTestId('disrupt-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/受影响 \d+ 家/);
    expect(await result.locator('li a').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** How many sampled pixels of a canvas are drawn on: more than a few means the chart drew. */
async function inked(canvas: import('playwright-core').Locator): Promise<number> {
  await canvas.waitFor();
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4 * 31) if (d[i] > 0) n++;
    return n;
  });
}

/** A CSV export's rows after its context lines (comments starting with #). */
function keyRows(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => !l.startsWith('#'));
}
