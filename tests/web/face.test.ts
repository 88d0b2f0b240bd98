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
 * - an industry code shown without its title;
 * - a count that disagrees with its noun ("1 firms"), a date that reads two
 *   ways (07/12/2026), a blank in brackets where a year was meant ("(—)");
 * - a number without its unit where the value has one (a bare 万 or 亿,
 *   "million" without what it counts, 营业收入, 从业人数, 距离 or revenue,
 *   employees, distance followed by a bare number; a table column of such a
 *   figure whose heading names no unit and whose cells are bare numbers);
 * - overlapping text: two runs of text whose boxes overlap, or a chart's
 *   buttons (its toolbox) over text or over what a chart drew (inked
 *   pixels of its canvas under the buttons).
 * Hover texts (title, the figures' provenance) are read for keys and NaN
 * too. A page is read once its loading texts are gone. Every page and state
 * is saved as a full-page screenshot, in both languages and both roles, in
 * the test output folder .tmp/face/ ({lang}-{role}-{page}.png, beside the
 * findings as JSON) for a reviewer.
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

// The world benchmark too (not in EVERY_PAGE, which other walks share).
const PAGES: string[] = [
  ...EVERY_PAGE,
  '#/region/430000',
  '#/organization/org-zoomlion',
  '#/world',
];

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
    // Words a reader trips on: a count that disagrees with its noun ("1 firms"), a date that
    // reads two ways (07/12/2026), a blank in brackets where a year or a value was meant ("(—)").
    const SLIPS: [string, RegExp][] = [
      [
        'count and noun disagree',
        /(?<![\d.,])1 (?:firms|members|organisations|organizations|gaps|links|clusters|nodes|suppliers)\b/,
      ],
      ['ambiguous date', /\b\d{1,2}\/\d{1,2}\/\d{4}\b/],
      ['blank in brackets', /[（(]\s*[—–]\s*(?:年\s*)?[)）]/],
    ];
    const BARE_UNIT: RegExp[] =
      lang === 'en'
        ? [
            /\d(?:\.\d+)? (?:thousand|million|billion|trillion)\b(?! (?:yuan|persons|firms|people|RMB))/,
            /\b(?:[Rr]evenue|[Oo]utput(?! at)|R&D spend)\s*:?\s*\d[\d,.]*(?![\d,.]*\s*(?:thousand|million|billion|trillion|yuan|%))/,
            /\b(?:[Ee]mployees|[Ee]mployment|[Dd]istance)\s*:\s*\d[\d,.]*(?![\d,.]*\s*(?:thousand|million|persons|people|km|%))/,
          ]
        : [
            /\d(?:\.\d+)?\s*[万亿](?![元人家件户个项吨台辆亿])/,
            /(?:营业收入|产值|研发投入)\s*[:：]?\s*\d[\d,.]*(?![\d,.]*\s*(?:万|亿|元|%))/,
            /(?:从业人数|从业人员|员工人数|距离)\s*[:：]?\s*\d[\d,.]*(?![\d,.]*\s*(?:万|亿|人|公里|千米|km|%))/,
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
      for (const [rule, re] of SLIPS) if (re.test(text)) add(rule, line, re);
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
    // An industry code is read with its title ("3514 建筑工程用机械制造"), never alone.
    for (const el of document.querySelectorAll('[data-testid="industry-code"]')) {
      const t = (el.textContent ?? '').replace(/^[;；]\s*/, '').trim();
      if (visible(el) && /^\d{2,4}$/.test(t)) add('industry code without its title', t);
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
    // A table column of a figure with a unit: its heading names the unit, or its cells do.
    const UNIT_HEAD =
      /营业收入|产值|研发投入|从业人数|从业人员|距离|[Rr]evenue|[Oo]utput\b|R&D spend|[Ee]mployees|[Dd]istance/;
    const HAS_UNIT = /[（(].+[)）]|万|亿|元|人|公里|km|yuan|persons|%/;
    for (const table of document.querySelectorAll('table')) {
      if (!visible(table)) continue;
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      heads.forEach((h, k) => {
        if (!UNIT_HEAD.test(h) || HAS_UNIT.test(h.replace(UNIT_HEAD, ''))) return;
        const bare = [...table.querySelectorAll(`tbody tr > :nth-child(${k + 1})`)]
          .map((td) => (td.textContent ?? '').trim())
          .find((v) => /^-?[\d,.]+$/.test(v));
        if (bare) add('number without unit (table column)', `${h}: ${bare}`);
      });
    }
    return found;
  }, lang);
}

/**
 * Overlaps a reader sees: runs of text over each other, and a chart's
 * buttons over text or over what the chart drew. Text is measured by its
 * own boxes (Range.getClientRects), not its element's; fixed overlays (the
 * synthetic-data banner), hidden and clipped text are left out.
 */
function readOverlaps(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    type Box = { x: number; y: number; r: number; b: number; text: string; el: Element };
    const overlap = (a: Box, b: Box) =>
      Math.max(0, Math.min(a.r, b.r) - Math.max(a.x, b.x)) *
      Math.max(0, Math.min(a.b, b.b) - Math.max(a.y, b.y));
    const shown = (el: Element): boolean => {
      for (let e: Element | null = el, inSummary = false; e; e = e.parentElement) {
        // A closed <details> shows its summary only.
        if (e.tagName === 'SUMMARY') inSummary = true;
        if (e.tagName === 'DETAILS' && !(e as HTMLDetailsElement).open && !inSummary) return false;
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'fixed')
          return false;
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || e.getAttribute('aria-hidden') === 'true')
          return false;
        if (['OPTION', 'SELECT', 'SCRIPT', 'STYLE'].includes(e.tagName)) return false;
      }
      return true;
    };
    const texts: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || !shown(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      // Text cut off by a scrolling or clipping box shows only inside that box.
      const clip = clipOf(el);
      for (const r of range.getClientRects()) {
        const box = {
          x: Math.max(r.left, clip.x),
          y: Math.max(r.top, clip.y),
          r: Math.min(r.right, clip.r),
          b: Math.min(r.bottom, clip.b),
        };
        if (box.r - box.x > 1 && box.b - box.y > 1) texts.push({ ...box, el, text });
      }
    }
    const found: Finding[] = [];
    const say = (rule: string, text: string) => {
      if (!found.some((f) => f.rule === rule && f.text === text)) found.push({ rule, text });
    };
    // Text over text: more than a fifth of the smaller box (lines may touch at their edges).
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        if (a.el === b.el) continue;
        const area = Math.min((a.r - a.x) * (a.b - a.y), (b.r - b.x) * (b.b - b.y));
        if (overlap(a, b) > 0.2 * area)
          say('overlapping text', `«${a.text.slice(0, 40)}» over «${b.text.slice(0, 40)}»`);
      }
    for (const tools of document.querySelectorAll('.chart-export')) {
      if (!shown(tools)) continue;
      const t = tools.getBoundingClientRect();
      const box: Box = { x: t.left, y: t.top, r: t.right, b: t.bottom, text: '', el: tools };
      for (const x of texts)
        if (!tools.contains(x.el) && overlap(box, x) > 0)
          say('toolbox over text', x.text.slice(0, 60));
      for (const canvas of document.querySelectorAll('canvas'))
        if (inkUnder(canvas, t) > 0.01)
          say('toolbox over a chart', (tools.textContent ?? '').slice(0, 40));
    }
    return found;

    /** The visible part of an element's ancestors that clip their content (overflow not visible). */
    function clipOf(el: Element): { x: number; y: number; r: number; b: number } {
      const c = { x: -Infinity, y: -Infinity, r: Infinity, b: Infinity };
      for (let e = el.parentElement; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = e.getBoundingClientRect();
        c.x = Math.max(c.x, r.left);
        c.y = Math.max(c.y, r.top);
        c.r = Math.min(c.r, r.right);
        c.b = Math.min(c.b, r.bottom);
      }
      return c;
    }

    /** The share of inked (drawn, not white) pixels of a 2D canvas under a box; 0 for WebGL. */
    function inkUnder(canvas: HTMLCanvasElement, t: DOMRect): number {
      const c = canvas.getBoundingClientRect();
      const w = Math.min(t.right, c.right) - Math.max(t.left, c.left);
      const h = Math.min(t.bottom, c.bottom) - Math.max(t.top, c.top);
      if (w <= 0 || h <= 0 || !c.width) return 0;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) return 0;
      const k = canvas.width / c.width;
      const px = ctx.getImageData(
        (Math.max(t.left, c.left) - c.left) * k,
        (Math.max(t.top, c.top) - c.top) * k,
        Math.max(1, w * k),
        Math.max(1, h * k),
      ).data;
      let inked = 0;
      for (let i = 0; i < px.length; i += 4)
        if (px[i + 3]! > 40 && Math.min(px[i]!, px[i + 1]!, px[i + 2]!) < 235) inked++;
      return inked / (px.length / 4);
    }
  });
}

/**
 * A page's requests in flight. Playwright's 'networkidle' is a state of the
 * document: after a move within it (a new hash) it is already reached, so it
 * cannot say that the new page's answers (an industry's title, a chart's
 * data) have come. This count can.
 */
function requestsInFlight(page: Page): () => Promise<void> {
  let open = 0;
  let changed = Date.now();
  const seen = (d: number) => () => {
    open += d;
    changed = Date.now();
  };
  page.on('request', seen(1));
  page.on('requestfinished', seen(-1));
  page.on('requestfailed', seen(-1));
  return async () => {
    const until = Date.now() + 15_000;
    while (Date.now() < until && (open > 0 || Date.now() - changed < 500))
      await page.waitForTimeout(100);
  };
}

async function settle(page: Page, quiet: () => Promise<void>): Promise<void> {
  await page.waitForLoadState('networkidle');
  await quiet();
  // Loading texts give way to content (a page still loading after 15 s is read as it is).
  await page
    .waitForFunction(
      () =>
        ![...document.querySelectorAll('.loading, p.muted, span.muted')].some(
          (el) =>
            /^(加载中…|Loading…)$/.test((el.textContent ?? '').trim()) &&
            el.getClientRects().length,
        ),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(500);
  await quiet();
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
  const quiet = requestsInFlight(page);
  const findings: Record<string, Finding[]> = {};
  const shot = async (name: string) =>
    page.screenshot({ path: `.tmp/face/${lang}-${role}-${name}.png`, fullPage: true });
  for (const hash of PAGES) {
    await page.goto(`${atlas.url}${hash}`);
    await settle(page, quiet);
    const f = [...(await readPage(page, lang)), ...(await readOverlaps(page))];
    const name = hash.replace(/^#\//, '').replace(/[/]/g, '-') || 'map';
    if (f.length) findings[name] = f;
    await shot(name);
  }
  for (const s of STATES) {
    await page.goto(`${atlas.url}${s.hash}`);
    await settle(page, quiet);
    await s.act(page);
    await settle(page, quiet);
    const f = [...(await readPage(page, lang)), ...(await readOverlaps(page))];
    if (f.length) findings[s.name] = f;
    await shot(s.name);
  }
  await page.context().close();
  return { findings, errors };
}

describe('the atlas reads as a reader reads it (issue 17)', () => {
  for (const lang of ['zh-CN', 'en'] as const)
    for (const role of ['visitor', 'analyst'] as const)
      it(`shows no key, id, NaN, bare number, overlap or other language: ${lang}, ${role}`, async () => {
        const { findings, errors } = await walk(role, lang);
        // The findings beside the screenshots, for a reviewer.
        writeFileSync(`.tmp/face/findings-${lang}-${role}.json`, JSON.stringify(findings, null, 2));
        expect(findings).toEqual({});
        expect(errors).toEqual([]);
      }, 300_000);
});
