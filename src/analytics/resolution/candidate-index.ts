import { hasHanzi, pinyinKey } from './pinyin-key.ts';
import type { PreparedRecord } from './prepare-record.ts';

/**
 * Blocking: which records of one side are worth scoring against a record of
 * the other.
 *
 * Method    Three indexes over the right-hand records, the union of their
 *           hits is the candidate set:
 *           1. exact keys: USCC, stock code, and the normalised core name; the
 *              pinyin key when either side has names without hanzi;
 *           2. a name-bigram inverted index (core and full name): a left record
 *              proposes every right record sharing a bigram — or whose bigram
 *              is a skip pair (units 2-4 apart) of the other's name, the
 *              shape of an abbreviation (合百 in 合肥百货) — skipping bigrams
 *              held by more than maxPosting records (科技, 股份) unless the
 *              name has no rarer one;
 *           3. region-and-industry blocks (prefecture or, without one,
 *              province × industry), used only when the block holds at most
 *              blockSize records, so that a renamed firm with no name in
 *              common is still looked at beside its neighbours.
 *           Index 2 keeps the blocks by place from missing pairs whose region
 *           is absent or wrong; index 3 keeps a name change from hiding a
 *           pair.
 * Conventions indexes hold positions in the right-hand array.
 * Cost      build O(Σ bigrams); a query O(Σ posting lengths of its bigrams).
 * References Christen (2012), Data Matching, Springer, ch. 4 (indexing and
 *           blocking; inverted indexes on q-grams).
 */

export class CandidateIndex {
  private readonly grams = new Map<string, number[]>();
  private readonly skips = new Map<string, number[]>();
  private readonly exact = new Map<string, number[]>();
  private readonly blocks = new Map<string, number[]>();
  private pinyin: Map<string, number[]> | undefined;
  private readonly latinRight: boolean;

  constructor(
    private readonly right: readonly PreparedRecord[],
    private readonly maxPosting: number,
    private readonly blockSize: number,
  ) {
    right.forEach((r, i) => {
      for (const g of r.grams) push(this.grams, g, i);
      for (const g of skipGrams(r.name.full)) push(this.skips, g, i);
      push(this.exact, `n:${r.name.core}`, i);
      if (r.record.uscc) push(this.exact, `u:${r.record.uscc}`, i);
      if (r.record.stockCode) push(this.exact, `s:${r.record.stockCode}`, i);
      const b = blockKey(r);
      if (b) push(this.blocks, b, i);
    });
    this.latinRight = right.some((r) => !hasHanzi(r.name.core));
  }

  /** Names in pinyin or Latin letters against names in hanzi: by pinyin key, built on first need. */
  private byPinyin(left: PreparedRecord): number[] | undefined {
    if (hasHanzi(left.name.core) && !this.latinRight) return undefined;
    if (!this.pinyin) {
      this.pinyin = new Map();
      this.right.forEach((r, i) => {
        r.pinyin ??= pinyinKey(r.name.core);
        if (r.pinyin) push(this.pinyin as Map<string, number[]>, r.pinyin, i);
      });
    }
    left.pinyin ??= pinyinKey(left.name.core);
    return left.pinyin ? this.pinyin.get(left.pinyin) : undefined;
  }

  candidates(left: PreparedRecord): number[] {
    const out = new Set<number>();
    const add = (list: number[] | undefined) => {
      if (list) for (const i of list) out.add(i);
    };
    add(this.exact.get(`n:${left.name.core}`));
    add(this.byPinyin(left));
    if (left.record.uscc) add(this.exact.get(`u:${left.record.uscc}`));
    if (left.record.stockCode) add(this.exact.get(`s:${left.record.stockCode}`));
    let rarest: number[] | undefined;
    let used = 0;
    const look = (map: Map<string, number[]>, keys: Iterable<string>) => {
      for (const g of keys) {
        const list = map.get(g);
        if (!list) continue;
        if (!rarest || list.length < rarest.length) rarest = list;
        if (list.length > this.maxPosting) continue;
        add(list);
        used++;
      }
    };
    look(this.grams, left.grams);
    // Abbreviations: a short name's adjacent pair is a skip pair of the full name.
    look(this.skips, left.grams);
    look(this.grams, skipGrams(left.name.full));
    if (used === 0) add(rarest);
    const b = blockKey(left);
    const block = b ? this.blocks.get(b) : undefined;
    if (block && block.length <= this.blockSize) add(block);
    return [...out];
  }

  /**
   * Whether right record j is among candidates(left), without listing them —
   * for a caller that knows the few right records worth scoring
   * (unit-count-filter.ts). The same three indexes, asked of record j.
   */
  isCandidate(left: PreparedRecord): (j: number) => boolean {
    let keys: { map: 'grams' | 'skips'; key: string }[] | undefined;
    const look = () => {
      const used: { map: 'grams' | 'skips'; key: string }[] = [];
      let rarest: { map: 'grams' | 'skips'; key: string; n: number } | undefined;
      const pass = (map: 'grams' | 'skips', from: Iterable<string>) => {
        for (const key of from) {
          const list = (map === 'grams' ? this.grams : this.skips).get(key);
          if (!list) continue;
          if (!rarest || list.length < rarest.n) rarest = { map, key, n: list.length };
          if (list.length <= this.maxPosting) used.push({ map, key });
        }
      };
      pass('grams', left.grams);
      pass('skips', left.grams);
      pass('grams', skipGrams(left.name.full));
      return used.length === 0 && rarest ? [rarest] : used;
    };
    const b = blockKey(left);
    const block = b ? this.blocks.get(b) : undefined;
    const inBlock = block !== undefined && block.length <= this.blockSize;
    const digits = digitsOf(left.name.core);
    return (j) => {
      const r = this.right[j];
      if (r.name.core === left.name.core) return true;
      if (left.record.uscc && r.record.uscc === left.record.uscc) return true;
      if (left.record.stockCode && r.record.stockCode === left.record.stockCode) return true;
      if (inBlock && blockKey(r) === b) return true;
      keys ??= look();
      for (const k of keys)
        if ((k.map === 'grams' ? r.grams : this.skipsOf(j)).has(k.key)) return true;
      // Pinyin keys keep digits as they are and make none: keys whose digits differ are not equal.
      r.pinyin ??= pinyinKey(r.name.core);
      if (digitsOf(r.pinyin) !== digits) return false;
      return this.byPinyin(left)?.includes(j) ?? false;
    };
  }

  private readonly rightSkips = new Map<number, Set<string>>();

  private skipsOf(j: number): Set<string> {
    let s = this.rightSkips.get(j);
    if (!s) this.rightSkips.set(j, (s = skipGrams(this.right[j].name.full)));
    return s;
  }

  get size(): number {
    return this.right.length;
  }
}

/** Pairs of units two to four apart: 合肥百货 → 合百 …, the shapes abbreviations take. */
export function skipGrams(s: string): Set<string> {
  const u = Array.from(s);
  const out = new Set<string>();
  for (let i = 0; i < u.length; i++)
    for (let k = 2; k <= 4 && i + k < u.length; k++) out.add(u[i] + u[i + k]);
  return out;
}

function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, '');
}

function blockKey(r: PreparedRecord): string | undefined {
  if (!r.record.industry) return undefined;
  const place = [...r.prefectures][0] ?? [...r.provinces][0];
  return place ? `${place}|${r.record.industry}` : undefined;
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) {
    if (list[list.length - 1] !== v) list.push(v);
  } else m.set(k, [v]);
}
