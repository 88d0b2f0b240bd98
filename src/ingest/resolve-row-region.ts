import type { Region } from '../core/model/region.ts';
import type { RegionLookup } from './lookups.ts';

export type RegionField = 'region' | 'province' | 'city' | 'county';

export interface RegionGuess {
  field: RegionField;
  text: string;
  region: Region;
  how: string;
}

export interface RowRegion {
  /** The most detailed region the row names, when every named region agrees. */
  region?: Region;
  guesses: RegionGuess[];
  unresolved: { field: RegionField; text: string }[];
  /** Set when two columns name regions that do not contain one another. */
  conflict?: { field: RegionField; text: string; reason: string };
}

const EXPECT: Record<RegionField, Region['level'] | undefined> = {
  region: undefined,
  province: 'province',
  city: 'prefecture',
  county: 'county',
};

const RANK: Record<Region['level'], number> = { province: 1, prefecture: 2, county: 3 };

/**
 * Resolves the region columns of one row (code column, province, city,
 * county) and keeps the most detailed. The city and county are resolved in
 * the context of the province the province column gave, and each column
 * tells the index the level it expects. A resolution is a guess when the
 * index says so, or when the province column holds a city (深圳 in
 * Tushare's `area`) or the city column a county.
 * Results are cached per (field, province context, text).
 */
export class RowRegionResolver {
  private readonly cache = new Map<
    string,
    { region: Region; guessed: boolean; how: string } | null
  >();

  constructor(private readonly regions: RegionLookup) {}

  resolveRow(values: Partial<Record<RegionField, string>>): RowRegion {
    const out: RowRegion = { guesses: [], unresolved: [] };
    const found: { field: RegionField; text: string; region: Region }[] = [];
    let provinceCtx: string | undefined;
    for (const field of ['region', 'province', 'city', 'county'] as const) {
      const text = values[field];
      if (!text) continue;
      const r = this.lookup(
        text,
        field === 'city' || field === 'county' ? provinceCtx : undefined,
        EXPECT[field],
      );
      if (!r) {
        out.unresolved.push({ field, text });
        continue;
      }
      const guessed =
        r.guessed ||
        (field === 'province' && r.region.level !== 'province') ||
        (field === 'city' && r.region.level === 'county');
      if (guessed) out.guesses.push({ field, text, region: r.region, how: r.how });
      found.push({ field, text, region: r.region });
      if (provinceCtx === undefined) provinceCtx = this.provinceCode(r.region);
    }
    if (found.length === 0) return out;

    let best = found[0];
    for (const f of found) if (RANK[f.region.level] > RANK[best.region.level]) best = f;
    const lineage = this.lineage(best.region);
    for (const f of found) {
      if (!lineage.has(f.region.code)) {
        out.conflict = {
          field: f.field,
          text: f.text,
          reason: `${f.field} "${f.text}" (${f.region.nameZh} ${f.region.code}) does not contain ${best.field} "${best.text}" (${best.region.nameZh} ${best.region.code})`,
        };
        return out;
      }
    }
    out.region = best.region;
    return out;
  }

  private lookup(text: string, province: string | undefined, expect: Region['level'] | undefined) {
    const k = `${province ?? ''}\u001f${expect ?? ''}\u001f${text}`;
    let r = this.cache.get(k);
    if (r === undefined) {
      const context = province || expect ? { province, expect } : undefined;
      r = this.regions.resolve(text, context) ?? this.compound(text, province) ?? null;
      this.cache.set(k, r);
    }
    return r;
  }

  /** Parts separated by commas, most detailed first in English (Changsha, Hunan): all must agree. */
  private listed(
    parts: string[],
    province: string | undefined,
  ): { region: Region; guessed: boolean; how: string } | null {
    const found = parts.filter(Boolean).map((p) => this.regions.resolve(p, { province }));
    if (found.length < 2 || found.some((f) => !f)) return null;
    const hits = found as { region: Region; guessed: boolean; how: string }[];
    const best = hits.reduce((m, h) => (RANK[h.region.level] > RANK[m.region.level] ? h : m));
    const lineage = this.lineage(best.region);
    if (!hits.every((h) => lineage.has(h.region.code))) return null;
    return { region: best.region, guessed: hits.some((h) => h.guessed), how: 'listed' };
  }

  /**
   * A region written with its parents in one cell (湖南省湘潭市, 广东省深圳市南山区): the
   * leading part that names a region, then the rest within it, to the most detailed.
   */
  private compound(
    text: string,
    province: string | undefined,
    depth = 0,
  ): { region: Region; guessed: boolean; how: string } | null {
    if (/[,，]/.test(text)) return this.listed(text.split(/\s*[,，]\s*/), province);
    const chars = [...text];
    if (depth > 2 || chars.length < 4) return null;
    for (let i = 2; i <= chars.length - 2; i++) {
      const head = this.regions.resolve(
        chars.slice(0, i).join(''),
        province ? { province } : undefined,
      );
      if (!head || head.guessed) continue;
      const rest = chars.slice(i).join('');
      const within = this.provinceCode(head.region);
      const tail =
        this.regions.resolve(rest, { province: within }) ?? this.compound(rest, within, depth + 1);
      if (tail && this.lineage(tail.region).has(head.region.code))
        return { region: tail.region, guessed: tail.guessed, how: `${head.how}+${tail.how}` };
    }
    return null;
  }

  private provinceCode(region: Region): string | undefined {
    if (region.level === 'province') return region.code;
    const p = this.regions.provinceOf(region.code);
    if (!p) return undefined;
    return typeof p === 'string' ? p : p.code;
  }

  /** The region and all its ancestors (by parent links, and the province as a fallback). */
  private lineage(region: Region): Set<string> {
    const codes = new Set<string>([region.code]);
    let cur: Region | null | undefined = region;
    for (let i = 0; cur?.parent && i < 4; i++) {
      codes.add(cur.parent);
      cur = this.regions.get(cur.parent);
    }
    const p = this.provinceCode(region);
    if (p) codes.add(p);
    return codes;
  }
}
