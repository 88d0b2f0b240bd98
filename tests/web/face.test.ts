import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { openStore } from '../../src/store/store.ts';
import { openPage, startAtlas, type LiveAtlas } from './browser.ts';
import { CHANGSHA, EVERY_PAGE } from './pages.ts';

/**
 * The face of the atlas (issue 17): every page of the default (real) atlas,
 * and the states reached by acting on them, in zh-CN and in English, as a
 * visitor and signed in as an analyst, read as a reader reads them. A page
 * fails on
 * - an internal key: snake_case or dotted keys, `org-…` ids, "seed 00N";
 * - an English sentence on a Chinese page, or Chinese on an English page,
 *   outside data marked with its language (lang="en" / lang="zh…");
 * - "NaN", "undefined", "null";
 * - a number without its unit where the value has one (a bare 万 or 亿,
 *   "million" without what it counts, 营业收入 or revenue without a unit).
 * Hover texts (title, the figures' provenance) are read for keys and NaN
 * too. Every page is saved as a screenshot in .tmp/face/ for a reviewer.
 */
let atlas: LiveAtlas;
beforeAll(async () => {
  atlas = await startAtlas('face', async () => {
    const db = await openStore({ path: ':memory:' });
    await bootstrap(db);
    return db;
  });
  mkdirSync('.tmp/face', { recursive: true });
}, 120_000);
afterAll(async () => atlas?.close());

const PAGES: string[] = [...EVERY_PAGE, '#/region/430000', '#/organization/org-zoomlion'];

/** States a page reaches only by acting on it. */
const STATES: { name: string; hash: string; act: (page: Page) => Promise<void> }[] = [
  {
    name: 'map-drilled-hunan',
    hash: '',
    act: async (page) => {
      await page.getByTestId('drill-select').selectOption('430000');
      await page.getByTestId('drill-firms').waitFor();
    },
  },
  {
    name: 'region-data-table',
    hash: '#/region/430100',
    act: async (page) => {
      await page.getByTestId('show-table').first().click();
      await page.locator('.chart-table').first().waitFor();
    },
  },
  {
    name: 'panorama-node',
    hash: `${CHANGSHA}/panorama`,
    act: async (page) => {
      const node = page.locator('[data-node]').first();
      await node.waitFor();
      await node.click();
      await page.getByTestId('panorama-node').waitFor();
    },
  },
  {
    name: 'matching-search',
    hash: '#/matching',
    act: async (page) => {
      await page.getByTestId('match-search').click();
      await page.waitForLoadState('networkidle');
    },
  },
];

interface Finding {
  rule: string;
  text: string;
}

/** What a reader sees (and hovers) on the page, checked against the rules above. */
function readPage(page: Page, lang: 'zh-CN' | 'en'): Promise<Finding[]> {
  return page.evaluate((lang) => {
    const found: Finding[] = [];
    const add = (rule: string, text: string, re?: RegExp) => {
      const hit = re ? re.exec(text)?.[0] : undefined;
      const t = `${hit ? `«${hit}» in ` : ''}${text.replace(/\s+/g, ' ').trim().slice(0, 120)}`;
      if (!found.some((f) => f.rule === rule && f.text === t)) found.push({ rule, text: t });
    };
    // Internal keys: snake_case, dotted keys (not web addresses), ids, the seed files.
    const KEYS: [string, RegExp][] = [
      // Not a formula's subscript (x_ri, s_i) nor a cited function of a
      // reference package (EconGeo location_quotient).
      [
        'snake_case key',
        /(?<!\b(?:EconGeo|REAT|igraph|economiccomplexity|networkx|scikit-learn) )\b[a-z][a-z0-9]*_[a-z0-9_]+\b(?<!\b[a-zA-Z]_[a-zA-Z]{1,3})/,
      ],
      // Not a web address (achie.org, www.cluster-analysis.org).
      [
        'dotted key',
        /(?<![\w./-])[a-z][a-zA-Z]+\.(?!(?:org|com|cn|us|eu|gov|net|io|edu|html)\b)[a-z][a-zA-Z_]+(?:\.[a-zA-Z_]+)*\b(?![-/.]\w)/,
      ],
      ['organisation id', /\borg-[0-9a-z]/],
      ['seed reference', /\bseeds?[ /_-]?0\d\d/i],
    ];
    const MISSING = /\b(NaN|undefined|null)\b/;
    const BARE_UNIT: RegExp[] =
      lang === 'en'
        ? [
            /\d(?:\.\d+)? (?:thousand|million|billion|trillion)\b(?! (?:yuan|persons|firms|people|RMB))/,
            /\b(?:[Rr]evenue|[Oo]utput(?! at)|R&D spend)\s*:?\s*\d[\d,.]*(?![\d,.]*\s*(?:thousand|million|billion|trillion|yuan|%))/,
          ]
        : [
            /\d(?:\.\d+)?\s*[万亿](?![元人家件户个项吨台辆亿])/,
            /(?:营业收入|产值|研发投入)\s*[:：]?\s*\d[\d,.]*(?![\d,.]*\s*(?:万|亿|元|%))/,
          ];
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && el.getClientRects().length > 0;
    };
    const langOf = (el: Element | null) =>
      el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      if (!el || !text.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      if (!visible(el)) continue;
      // The whole line the reader reads: the element's own text.
      const line = el.textContent ?? text;
      for (const [rule, re] of KEYS) if (re.test(text)) add(rule, line, re);
      if (MISSING.test(text)) add('NaN / undefined / null', line);
      for (const re of BARE_UNIT) if (re.test(line)) add('number without unit', line, re);
      const marked = langOf(el);
      if (lang === 'zh-CN' && !marked.startsWith('en')) {
        // Four Latin words in a row: a sentence, not a name or an acronym.
        if (/[A-Za-z]{2,}(?:[ ,’'-]+[A-Za-z]{2,}){3,}/.test(text))
          add('English on a zh page', text);
      }
      if (lang === 'en' && !marked.startsWith('zh') && /[\u3400-\u9fff]/.test(text))
        add('Chinese on an en page', text);
    }
    // What shows on hover or focus.
    for (const el of document.querySelectorAll('[title], [data-provenance], [aria-label]')) {
      for (const a of ['title', 'data-provenance', 'aria-label']) {
        const v = el.getAttribute(a);
        if (!v) continue;
        for (const [rule, re] of KEYS) if (re.test(v)) add(`${rule} (${a})`, v, re);
        if (MISSING.test(v)) add(`NaN / undefined / null (${a})`, v);
      }
    }
    return found;
  }, lang);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Loading texts give way to content.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
}

async function walk(
  role: 'visitor' | 'analyst',
  lang: 'zh-CN' | 'en',
): Promise<{ findings: Record<string, Finding[]>; errors: string[] }> {
  const { page, errors } = await openPage(atlas, {
    locale: lang === 'en' ? 'en-US' : 'zh-CN',
    width: 1440,
    height: 900,
  });
  if (role === 'analyst') {
    await page.goto(
      `${atlas.url}api/session/token?token=${await issueLoginToken(atlas.db, 'analyst')}`,
    );
    await page.getByTestId('account').waitFor();
  }
  // Which request failed, beside the console's bare "404".
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url().replace(atlas.url, '/')}`);
  });
  const findings: Record<string, Finding[]> = {};
  const shot = async (name: string) =>
    page.screenshot({ path: `.tmp/face/${lang}-${role}-${name}.png`, fullPage: true });
  for (const hash of PAGES) {
    await page.goto(`${atlas.url}${hash}`);
    await settle(page);
    const f = await readPage(page, lang);
    const name = hash.replace(/^#\//, '').replace(/[/]/g, '-') || 'map';
    if (f.length) findings[name] = f;
    await shot(name);
  }
  for (const s of STATES) {
    await page.goto(`${atlas.url}${s.hash}`);
    await settle(page);
    await s.act(page);
    await settle(page);
    const f = await readPage(page, lang);
    if (f.length) findings[s.name] = f;
    await shot(s.name);
  }
  await page.context().close();
  return { findings, errors };
}

describe('the atlas reads as a reader reads it (issue 17)', () => {
  for (const lang of ['zh-CN', 'en'] as const)
    for (const role of ['visitor', 'analyst'] as const)
      it(`shows no key, id, NaN, bare number or other language: ${lang}, ${role}`, async () => {
        const { findings, errors } = await walk(role, lang);
        // The findings beside the screenshots, for a reviewer.
        writeFileSync(`.tmp/face/findings-${lang}-${role}.json`, JSON.stringify(findings, null, 2));
        expect(findings).toEqual({});
        expect(errors).toEqual([]);
      }, 300_000);
});
