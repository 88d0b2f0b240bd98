/** A region of data/regions.json (the fields placing needs). */
export interface RegionRow {
  code: string;
  level: 'province' | 'prefecture' | 'county';
  parent: string | null;
  nameZh: string;
}

export interface Placement {
  region: string;
  coordinates?: [number, number];
  precision: 'prefecture' | 'province';
  confidence: number;
  verified: boolean;
  note?: string;
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** Province code of a short province name as the lists write it (广东, 内蒙, 深圳 → 广东). */
function provinceCode(short: string, regions: readonly RegionRow[]): string {
  const name = short === '深圳' ? '广东' : short;
  const hit = regions.find((r) => r.level === 'province' && r.nameZh.startsWith(name));
  if (!hit) throw new Error(`no province named ${short}`);
  return hit.code;
}

/** Prefecture-level unit of a province by its full name (county-level cities under XX90 included). */
function cityCode(
  province: string,
  city: string,
  address: string,
  regions: readonly RegionRow[],
): string {
  const inProvince = (r: RegionRow) =>
    r.code.slice(0, 2) === province.slice(0, 2) &&
    (r.level === 'prefecture' || (r.level === 'county' && r.parent?.slice(2, 4) === '90'));
  // "XX省直辖县级行政区划": the county-level city is named in the registered address.
  const direct = city.endsWith('直辖县级行政区划');
  const stem = (n: string) => n.replace(/(市|县|黎族自治县|黎族苗族自治县)$/, '');
  const hit = regions.find((r) =>
    direct
      ? inProvince(r) && r.level === 'county' && address.includes(stem(r.nameZh))
      : inProvince(r) && r.nameZh === city,
  );
  if (!hit) throw new Error(`no prefecture named ${city} in ${province}`);
  return hit.code;
}

/** Stock names carry status prefixes (*ST, ST, N, XD) that are not part of the firm's name. */
const bareName = (name: string) => name.replace(/^(\*ST|S\*ST|ST|SST|XD|XR|DR|N|C)/, '');

/** The city centre of a prefecture (municipalities are keyed by their province code there). */
function centreOf(code: string, centres: ReadonlyMap<string, [number, number]>) {
  return centres.get(code) ?? centres.get(`${code.slice(0, 2)}0000`);
}

/**
 * Where a listed firm is: the exchange's city (Shenzhen-listed firms); the
 * municipality of a firm in 北京, 上海, 天津 or 重庆; a prefecture of its
 * province whose name its stock name begins with (inferred: 宁波韵升 → 宁波市,
 * unverified); else its province.
 */
export function placeFirm(
  firm: {
    name: string;
    area: string;
    province?: string;
    city?: string;
    address?: string;
    /** A prefecture from data/default/listed-cities.json (general knowledge, unverified). */
    knownCity?: string;
  },
  regions: readonly RegionRow[],
  centres: ReadonlyMap<string, [number, number]>,
): Placement {
  const province = provinceCode(firm.province ?? firm.area, regions);
  const at = (code: string) => centreOf(code, centres);
  if (firm.city) {
    const region = cityCode(province, firm.city, firm.address ?? '', regions);
    return {
      region,
      coordinates: at(region),
      precision: 'prefecture',
      confidence: 1,
      verified: true,
      note: `Placed at the centre of ${firm.city} (the exchange's city), not at the firm's site.`,
    };
  }
  if (MUNICIPALITIES.has(province)) {
    const region = `${province.slice(0, 2)}0100`;
    return {
      region,
      coordinates: at(region),
      precision: 'prefecture',
      confidence: 1,
      verified: true,
      note: `Placed at the centre of its municipality, not at the firm's site.`,
    };
  }
  if (firm.knownCity) {
    const city = regions.find((r) => r.code === firm.knownCity);
    return {
      region: firm.knownCity,
      coordinates: at(firm.knownCity),
      precision: 'prefecture',
      confidence: 0.8,
      verified: false,
      note: `City ${city?.nameZh ?? firm.knownCity} added from general knowledge, not in the source lists; unverified. Placed at the city's centre, not at the firm's site.`,
    };
  }
  const name = bareName(firm.name);
  const prefix = regions.find(
    (r) =>
      r.level === 'prefecture' &&
      r.code.slice(0, 2) === province.slice(0, 2) &&
      r.nameZh.endsWith('市') &&
      r.nameZh.length >= 3 &&
      name.startsWith(r.nameZh.slice(0, -1)),
  );
  if (prefix)
    return {
      region: prefix.code,
      coordinates: at(prefix.code),
      precision: 'prefecture',
      confidence: 0.6,
      verified: false,
      note: `City inferred from the stock name ${firm.name}, which begins with ${prefix.nameZh.slice(0, -1)}; unverified. Placed at the city's centre, not at the firm's site.`,
    };
  return {
    region: province,
    precision: 'province',
    confidence: 1,
    verified: true,
    note: 'Known by its province only; no location below it.',
  };
}
