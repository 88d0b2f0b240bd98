import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { openPage, startAtlas } from './browser.ts';

it('survey', async () => {
  const atlas = await startAtlas('survey');
  const { page } = await openPage(atlas, { width: 1280, height: 800 });
  await page.goto(`${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db)}`);
  await page.getByTestId('account').waitFor();
  const C = '#/cluster/national-changsha-construction-machinery';
  const out: Record<string, string[]> = {};
  for (const h of [
    '',
    '#/region/430100',
    C,
    `${C}/panorama`,
    `${C}/network`,
    `${C}/metrics`,
    `${C}/evaluation`,
    `${C}/actions`,
    '#/organization/org-sany',
    '#/chains',
    '#/chains/construction-machinery',
    '#/networks',
    '#/matching',
    '#/rankings',
    '#/data',
    '#/reports',
    '#/reports/cluster/national-changsha-construction-machinery',
    '#/reports/region/430100',
  ]) {
    await page.goto(`${atlas.url}${h}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    out[h || 'map'] = await page.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hits = new Set<string>();
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const t = n.textContent ?? '';
        const el = n.parentElement;
        if (!el || el.closest('script,style,select')) continue;
        if (/[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(t))
          hits.add(`${el.tagName}.${el.className}: ${t.trim().slice(0, 140)}`);
      }
      return [...hits];
    });
  }
  writeFileSync('/tmp/survey.json', JSON.stringify(out, null, 1));
  await atlas.close();
}, 300_000);
