import { get } from '../../http.ts';
import { catalogApi } from '../../api/catalog.ts';
import type { Region } from '../../types.ts';

/** Where a firm is, with its city: "长沙市岳麓区" / "Yuelu District, Changsha". */
export interface Place {
  zh: string;
  en: string | null;
}

let prefectures: Promise<Map<string, Region>> | null = null;

/** Every prefecture by code, asked once per page load (about 340 rows). */
function prefectureIndex(): Promise<Map<string, Region>> {
  prefectures ??= get<Region[]>('/api/regions?level=prefecture')
    .then((rs) => new Map(rs.map((r) => [r.code, r])))
    .catch((e: unknown) => {
      prefectures = null;
      throw e;
    });
  return prefectures;
}

/**
 * The places of the given organisations with the city before the district:
 * a district's name alone is ambiguous (青山区 is in Wuhan and in Baotou).
 * A county's prefecture is its code's first four digits and 00 (GB/T 2260);
 * where that is no prefecture (county-level cities under a province) the
 * district stands alone. Organisations that fail to load are left out.
 */
export async function targetPlaces(ids: string[]): Promise<Map<string, Place>> {
  const [index, orgs] = await Promise.all([
    prefectureIndex(),
    Promise.all(ids.map((id) => catalogApi.organization(id).catch(() => null))),
  ]);
  const out = new Map<string, Place>();
  for (const o of orgs) {
    if (!o?.region || !o.regionNameZh) continue;
    const pref = index.get(`${o.region.slice(0, 4)}00`);
    const own = { zh: o.regionNameZh, en: o.regionNameEn };
    // A prefecture (or anything without a distinct prefecture) is its own place.
    if (!pref || pref.code === o.region || /市辖区|直辖/.test(pref.nameZh)) out.set(o.id, own);
    else
      out.set(o.id, {
        zh: `${pref.nameZh}${own.zh}`,
        en: own.en && pref.nameEn ? `${own.en}, ${pref.nameEn}` : null,
      });
  }
  return out;
}
