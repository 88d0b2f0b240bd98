import { charBigrams } from './bigram-jaccard.ts';
import { type NormalizedOrgName, normalizeOrgName } from './normalize-org-name.ts';
import type { PlaceGazetteer } from './place-gazetteer.ts';

/**
 * A record as resolution sees it: the normalised name, its bigrams and the
 * places it is known to be in (its region column and the places its name
 * carries), as GB/T 2260 province (2-digit) and prefecture (4-digit) prefixes.
 * Region codes may be given as 2, 4 or 6 digits (44, 4403, 440300); anything
 * else in the region field is ignored here (the service resolves names to
 * codes before calling).
 */

export interface ResolutionRecord {
  id: string;
  name: string;
  /** GB/T 2260 code (2, 4 or 6 digits). */
  region?: string;
  /** Any industry code; agreement is equality of the codes. */
  industry?: string;
  uscc?: string;
  stockCode?: string;
}

export interface PreparedRecord {
  record: ResolutionRecord;
  name: NormalizedOrgName;
  /** Bigrams of the core and of the full name together (blocking), and of the core alone. */
  grams: Set<string>;
  coreGrams: Set<string>;
  provinces: Set<string>;
  prefectures: Set<string>;
  /** Provinces named by places inside the name itself (湖北能源 → 42). */
  nameProvinces: Set<string>;
  /** Prefectures named by places inside the name (宁波银行 → 3302). */
  namePrefectures: Set<string>;
  /** Filled on demand. */
  pinyin?: string;
}

function addCode(code: string, provinces: Set<string>, prefectures: Set<string>): void {
  if (!/^\d{2}(\d{2}){0,2}$/.test(code)) return;
  provinces.add(code.slice(0, 2));
  const pref = code.slice(2, 4);
  if (pref.length === 2 && pref !== '00') prefectures.add(code.slice(0, 4));
}

export function prepareRecord(record: ResolutionRecord, places: PlaceGazetteer): PreparedRecord {
  const name = normalizeOrgName(record.name, places);
  const provinces = new Set<string>();
  const prefectures = new Set<string>();
  const nameProvinces = new Set<string>();
  const namePrefectures = new Set<string>();
  if (record.region) addCode(record.region.trim(), provinces, prefectures);
  for (const alternatives of name.placeCodes) {
    // An ambiguous place (吉林: province or city) only adds what all its readings share.
    const p = new Set(alternatives.map((c) => c.slice(0, 2)));
    if (p.size === 1) nameProvinces.add([...p][0]);
    if (alternatives.length === 1) addCode(alternatives[0], new Set(), namePrefectures);
    if (alternatives.length === 1) addCode(alternatives[0], provinces, prefectures);
    else if (p.size === 1) provinces.add([...p][0]);
  }
  const coreGrams = charBigrams(name.core);
  const grams = new Set(coreGrams);
  for (const g of charBigrams(name.full)) grams.add(g);
  return { record, name, grams, coreGrams, provinces, prefectures, nameProvinces, namePrefectures };
}
