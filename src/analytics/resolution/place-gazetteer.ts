import type { Region } from '../../core/model/region.ts';
import { shortNames } from '../../core/reference/region-short-names.ts';

/**
 * Place names inside organisation names: the gazetteer that finds and removes
 * them.
 *
 * Method    Chinese firm names lead with the place of registration (湖南,
 *           长沙市, 深圳市) and branches carry it in brackets (审计测试液压科技
 *           (长沙)有限公司). Both say where, not who: the resolver compares
 *           names without them and compares the places separately.
 *           Recognised: the full names of provinces, prefectures and counties
 *           (GB/T 2260), and the short names of provinces and prefectures
 *           (广东, 长沙). Leading places are removed repeatedly (广东省深圳市
 *           → both); a bracket holding a place is removed wherever it stands;
 *           any other bracket keeps its text without the brackets.
 * Conventions County short names are not used (新华区 → 新华 would eat 新华制药).
 *           A place is only removed when at least two characters remain after
 *           it. Input is NFKC, with ASCII brackets.
 * Edge cases A name that is all place (长沙市) stays as it is; a trade name that
 *           happens to be a prefecture's short name (中山公用 → 公用) loses it:
 *           the resolver also compares the names with their places, so such a
 *           firm still matches itself.
 * Cost      building O(regions); stripping O(length × longest place).
 * References GB/T 2260-2007 Codes for the administrative divisions of the PRC
 *           (National Bureau of Statistics, 2023 list); SAMR, 企业名称登记管理
 *           规定 (2020), art. 6 (names lead with the registering place).
 */

export interface PlaceGazetteer {
  /** Place text → GB/T 2260 codes it may name. */
  readonly places: ReadonlyMap<string, readonly string[]>;
  readonly longest: number;
}

export interface PlacesStripped {
  name: string;
  /** Codes of the places removed (each place may name several regions). */
  codes: string[][];
  texts: string[];
}

export function placeGazetteer(regions: readonly Region[]): PlaceGazetteer {
  const places = new Map<string, string[]>();
  const add = (text: string, code: string) => {
    if (text.length < 2) return;
    const list = places.get(text);
    if (!list) places.set(text, [code]);
    else if (!list.includes(code)) list.push(code);
  };
  for (const r of regions) {
    if (r.nameZh.includes('直辖县级行政区划')) continue;
    add(r.nameZh, r.code);
    if (r.level !== 'county') for (const s of shortNames(r.nameZh, r.level)) add(s, r.code);
  }
  let longest = 0;
  for (const k of places.keys()) longest = Math.max(longest, k.length);
  return { places, longest };
}

function leadingPlace(name: string, g: PlaceGazetteer): string | undefined {
  for (let len = Math.min(g.longest, name.length - 2); len >= 2; len--) {
    const head = name.slice(0, len);
    if (g.places.has(head)) return head;
  }
  return undefined;
}

/** Bracketed places, wherever they stand (…有限公司(长沙) too); other brackets keep their text. */
export function stripBracketedPlaces(name: string, g: PlaceGazetteer): PlacesStripped {
  const codes: string[][] = [];
  const texts: string[] = [];
  const stripped = name.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const hit = g.places.get(inner);
    if (!hit) return whole;
    codes.push([...hit]);
    texts.push(inner);
    return '';
  });
  return { name: stripped, codes, texts };
}

export function stripPlaces(name: string, g: PlaceGazetteer): PlacesStripped {
  const { codes, texts, name: unbracketed } = stripBracketedPlaces(name, g);
  let cur = unbracketed.replace(/[()]/g, '');
  for (let guard = 0; guard < 3; guard++) {
    const head = leadingPlace(cur, g);
    if (!head) break;
    codes.push([...(g.places.get(head) ?? [])]);
    texts.push(head);
    cur = cur.slice(head.length);
  }
  return { name: cur, codes, texts };
}
