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
