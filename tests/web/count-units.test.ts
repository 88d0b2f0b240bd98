import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '../../web/src/i18n/fill.ts';

/**
 * Every count on screen carries its unit: "成员 52 家", "52 members", never a
 * bare "52". A dictionary entry's count placeholder must have, next to it, a
 * Chinese measure word after it in zh, and in en either a plural form
 * ({n|firm|firms}) or a word after it that is not a verb or adjective standing
 * in for the noun ("{n} synthetic"); "{n} of {total} clusters" and "{n} of
 * them" borrow the noun of the whole they count in.
 */
const COUNTS = new Set(
  'n total counted organizations industries regions rows records figures changes members anchors ties syn panel updated new unchanged queued supported review held inLinks sectors seconds minFirms maxFirms minAnchors f m k'.split(
    ' ',
  ),
);
const MEASURE = '家个项条人年次名位组行秒分钟棵吨格处份批页笔户座种类期天月张篇件';
/** Words after a count that do not name what is counted. */
const NOT_A_NOUN = new Set(
  'synthetic withheld supported read written checked decided not and or to in at a the is are was were with'.split(
    ' ',
  ),
);

/** Entries that legitimately show a placeholder of a count name without a unit, with the reason. */
const ALLOWED: Record<string, string> = {
  'spatial.ts spatialText.cluster zh-CN {n}': 'a found cluster’s number used as its name: 集群 3',
  'spatial.ts spatialText.cluster en {n}': 'a found cluster’s number used as its name: Cluster 3',
  'spatial.ts spatialText.outline zh-CN {k}':
    'the clustering parameter k = 5, not a count of things',
  'spatial.ts spatialText.outline en {k}': 'the clustering parameter k = 5, not a count of things',
  'data.ts dataText.res.counts en {new}':
    'the line opens “Organisations —”, the noun of each count after its label',
  'data.ts dataText.res.counts en {updated}': 'as {new}: the line opens “Organisations —”',
  'data.ts dataText.res.counts en {unchanged}': 'as {new}: the line opens “Organisations —”',
  'data.ts dataText.res.counts en {queued}': 'as {new}: the line opens “Organisations —”',
  'common.ts dictionaries.round en {n}': 'an ordinal, the batch’s name: Round 2 (zh 第2批)',
  'size.ts sizeText.growthLine zh-CN {total}': 'a growth rate of the totals, not a count',
  'size.ts sizeText.growthLine en {total}': 'a growth rate of the totals, not a count',
};

const I18N = join(import.meta.dirname, '../../web/src/i18n');

async function dictionaries(): Promise<[string, Record<string, Record<string, string>>][]> {
  const out: [string, Record<string, Record<string, string>>][] = [];
  for (const file of readdirSync(I18N).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(join(I18N, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const d = value as { 'zh-CN'?: unknown; en?: unknown } | null;
      if (d && typeof d === 'object' && d['zh-CN'] && d.en)
        out.push([`${file} ${name}`, d as Record<string, Record<string, string>>]);
    }
  }
  return out;
}

/** Whether the count at `at` (its placeholder `ph` long) has a unit next to it. */
function hasUnit(lang: 'zh-CN' | 'en', text: string, ph: string, at: number): boolean {
  if (lang === 'en' && ph.includes('|')) return true;
  // "{n} / {total} 家": both counts share the unit after the second.
  const after = text.slice(at + ph.length).replace(/^ ?\/ ?\{\w+\}/, '');
  if (lang === 'zh-CN') return new RegExp(`^ ?[${MEASURE}]`).test(after);
  if (/^ of /.test(after)) return true;
  const next = /^ (\{\w+\}|[A-Za-z][\w’'-]*)/.exec(after);
  return next !== null && !NOT_A_NOUN.has(next[1].toLowerCase());
}

describe('every count in the dictionaries carries its unit', () => {
  it('checks the rule on known cases', () => {
    const ok = (lang: 'zh-CN' | 'en', t: string) => {
      const m = /\{n(?:\|[^}]*)?\}/.exec(t);
      return m !== null && hasUnit(lang, t, m[0], m.index);
    };
    expect(ok('zh-CN', '成员 {n} 家')).toBe(true);
    expect(ok('zh-CN', '{n} / {total} 个集群')).toBe(true);
    expect(ok('zh-CN', '其中合成 {n}')).toBe(false);
    expect(ok('zh-CN', '未排名（{n}）')).toBe(false);
    expect(ok('en', '{n|member|members}')).toBe(true);
    expect(ok('en', 'Showing {n} of {total} clusters')).toBe(true);
    expect(ok('en', '{n} synthetic')).toBe(false);
    expect(ok('en', 'up {n}')).toBe(false);
    expect(fill('{n|place|places}', { n: 1 })).toBe('1 place');
  });

  it('each count placeholder in zh and en has a unit word beside it, or a reason it needs none', async () => {
    const dicts = await dictionaries();
    expect(dicts.length).toBeGreaterThan(30);
    const slips: string[] = [];
    const exempted = new Set<string>();
    let checked = 0;
    for (const [where, dict] of dicts)
      for (const lang of ['zh-CN', 'en'] as const)
        for (const [key, text] of Object.entries(dict[lang]))
          for (const m of typeof text === 'string' ? text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g) : []) {
            if (!COUNTS.has(m[1])) continue;
            checked++;
            const id = `${where}.${key} ${lang} {${m[1]}}`;
            if (hasUnit(lang, text, m[0], m.index)) continue;
            if (id in ALLOWED) exempted.add(id);
            else slips.push(`${id}: ${text}`);
          }
    expect(checked).toBeGreaterThan(100);
    expect(slips).toEqual([]);
    // An exemption whose entry is gone or now has its unit is dropped, not kept.
    expect(Object.keys(ALLOWED).filter((id) => !exempted.has(id))).toEqual([]);
  });
});
