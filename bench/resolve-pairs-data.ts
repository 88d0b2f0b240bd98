/**
 * Real pairs for entity resolution, built from ../shared/data: the Shenzhen
 * exchange's A-share list (深圳证券交易所, A股列表, Oct 2025: full legal
 * name, province, prefecture city) on the left, Tushare's stock_basic
 * (5,448 firms of Shanghai, Shenzhen and Beijing: short name, province
 * `area`) on the right. The stock code (ts_code) is kept apart as the truth
 * and never given to the resolver: records carry only a row id, a name and a
 * region code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { RegionIndex } from '../src/core/reference/region-index.ts';
import type { ResolutionRecord } from '../src/analytics/resolution/prepare-record.ts';
import { loadRegions } from '../src/store/reference.ts';

export const SZSE_CSV = '../shared/data/cn-szse-listed/szse_a_share_companies_2025-10.csv';
export const TUSHARE_CSV = '../shared/data/cn-listed-firms/tushare_stock_basic.csv';

export interface RealPairs {
  left: ResolutionRecord[];
  right: ResolutionRecord[];
  /** record id → ts_code, for scoring only. */
  truth: Map<string, string>;
}

function rows(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
}

export function loadRealPairs(root = '.'): RealPairs {
  const regions = new RegionIndex(loadRegions());
  const truth = new Map<string, string>();
  const left = rows(`${root}/${SZSE_CSV}`).map((r, n) => {
    const province = regions.resolve(r.province, { expect: 'province' })?.region.code;
    const city = regions.resolve(r.city, { province, expect: 'prefecture' })?.region.code;
    const id = `L${n + 1}`;
    truth.set(id, r.ts_code);
    return { id, name: r.full_name, region: city ?? province };
  });
  const right = rows(`${root}/${TUSHARE_CSV}`).map((r, n) => {
    const id = `R${n + 1}`;
    truth.set(id, r.ts_code);
    const region = regions.resolve(r.area, { expect: 'province' })?.region.code;
    return { id, name: r.name, region };
  });
  return { left, right, truth };
}

export interface PrecisionRecall {
  matched: number;
  correct: number;
  truePairs: number;
  precision: number;
  recall: number;
  wrong: { left: string; right: string }[];
}

/** Precision and recall of the `match` decisions against the stock codes. */
export function precisionRecall(
  data: RealPairs,
  pairs: readonly { leftId: string; rightId: string; decision: string }[],
): PrecisionRecall {
  const rightCodes = new Set(data.right.map((r) => data.truth.get(r.id)));
  const truePairs = data.left.filter((l) => rightCodes.has(data.truth.get(l.id))).length;
  let matched = 0;
  let correct = 0;
  const wrong: { left: string; right: string }[] = [];
  for (const p of pairs) {
    if (p.decision !== 'match') continue;
    matched++;
    if (data.truth.get(p.leftId) === data.truth.get(p.rightId)) correct++;
    else wrong.push({ left: p.leftId, right: p.rightId });
  }
  return {
    matched,
    correct,
    truePairs,
    precision: matched ? correct / matched : 1,
    recall: truePairs ? correct / truePairs : 1,
    wrong,
  };
}
