/**
 * Builds the real default organisations and the national clusters' inferred
 * members from the public listed-firm lists:
 *
 *   npx tsx scripts/build-default/build-listed-firms.ts
 *
 * Reads ../shared/data/cn-listed-firms (Tushare stock_basic: 5,448 firms, a
 * province and an industry label), ../shared/data/cn-szse-listed (the Shenzhen
 * exchange's own list: prefecture city, registered address, CSRC sector) and
 * ../shared/data/cn-city-centres (prefecture centres); writes
 *
 * - data/default/listed-firms.json: one organisation per listed firm, in the
 *   input form of the core schema, each with its provenance;
 * - data/default/inferred-members.json: national clusters' members inferred
 *   from a listed firm's city and industry label, each with the rule and a
 *   confidence.
 *
 * Rules (README of data/default says them to readers):
 * - Place: the exchange's prefecture city where the firm is listed in Shenzhen;
 *   the municipality for a firm of 北京, 上海, 天津 or 重庆; a prefecture whose
 *   name the stock name begins with (e.g. 宁波…), inferred and unverified;
 *   otherwise the province only. A firm known by its city is placed at the
 *   city's centre with `locationPrecision: 'prefecture'` — never as its site.
 * - Industry: the label's GB/T 4754 divisions (data/industries/
 *   tushare-gbt4754.json); a label spanning several divisions gives a division
 *   only where the CSRC sector leaves one, else their common section.
 * - A listed firm the seed articles name keeps the seed's record id (the
 *   loader merges the two): see SEED_MATCHES.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath, sharedPath } from '../build-reference/paths.ts';
import { inferMembers } from './infer-members.ts';
import { placeFirm, type RegionRow } from './place-firm.ts';
import { classifyFirm, type ConcordanceRow } from './classify-firm.ts';
import { writeJsonLines } from './write-json-lines.ts';

/**
 * Seed organisations that are listed firms: seed id → ts_code. Matched by the
 * exchange's full legal name (SZ) or the stock name (SH); subsidiaries and
 * parent groups of a listed firm (河钢唐钢, 首钢京唐, 鞍山钢铁集团, 沙钢集团,
 * 宗申, 力帆) are different entities and are not matched.
 */
export const SEED_MATCHES: Record<string, string> = {
  'org-fosun-pharma': '600196.SH',
  'org-junshi-bio': '688180.SH',
  'org-smic': '688981.SH',
  'org-zte': '000063.SZ',
  'org-midea': '000333.SZ',
  'org-hisense-kelon': '000921.SZ',
  'org-beigene': '688235.SH',
  'org-hbis-co': '000709.SZ',
  'org-baosteel': '600019.SH',
  'org-fiberhome': '600498.SH',
  'org-hgtech': '000988.SZ',
  'org-powerchina': '601669.SH',
  'org-changan': '000625.SZ',
  'org-sany': '600031.SH',
  'org-zoomlion': '000157.SZ',
  'org-crchi': '688425.SH',
  'org-sunward': '002097.SZ',
};

type Csv = Record<string, string>[];
const csv = (rel: string): Csv =>
  parse(readFileSync(sharedPath(rel), 'utf8').replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
  }) as Csv;

const tushare = csv('cn-listed-firms/tushare_stock_basic.csv');
const szse = new Map(
  csv('cn-szse-listed/szse_a_share_companies_2025-10.csv').map((r) => [r.ts_code, r]),
);
const centres = new Map(
  csv('cn-city-centres/prefecture_city_centres.csv').map((r) => [
    r.code,
    [Number(r.lon), Number(r.lat)] as [number, number],
  ]),
);
const regions = JSON.parse(readFileSync(dataPath('regions.json'), 'utf8')) as RegionRow[];
const industries = JSON.parse(readFileSync(dataPath('industries/gbt4754-2017.json'), 'utf8')) as {
  code: string;
  level: number;
  parent: string | null;
}[];
const concordance = new Map(
  (
    JSON.parse(readFileSync(dataPath('industries/tushare-gbt4754.json'), 'utf8')) as {
      rows: ConcordanceRow[];
    }
  ).rows.map((r) => [r.label, r]),
);
const sectionOf = new Map(
  industries.filter((i) => i.level === 2).map((i) => [i.code, i.parent as string]),
);
const knownCities = new Map(
  (
    JSON.parse(readFileSync(dataPath('default/listed-cities.json'), 'utf8')) as {
      cities: { ts_code: string; region: string }[];
    }
  ).cities.map((c) => [c.ts_code, c.region]),
);
const seedOf = new Map(Object.entries(SEED_MATCHES).map(([id, ts]) => [ts, id]));

const TUSHARE_SOURCE = '上市公司基本信息 (Tushare stock_basic), as of 2026-01';
const SZSE_SOURCE = '深圳证券交易所: A股列表, 2025-10';

const organizations = tushare.map((t) => {
  const s = szse.get(t.ts_code);
  const place = placeFirm(
    {
      name: t.name,
      area: t.area,
      province: s?.province,
      city: s?.city,
      address: s?.reg_address,
      knownCity: knownCities.get(t.ts_code),
    },
    regions,
    centres,
  );
  const industry = classifyFirm(t.industry, s?.csrc_sector, concordance, sectionOf);
  const notes = [
    s
      ? `Name, city and address from the Shenzhen Stock Exchange's list; industry label from Tushare.`
      : `Name, province and industry label from Tushare's stock_basic.`,
    place.note,
    industry.note,
  ].filter(Boolean);
  const seed = seedOf.get(t.ts_code);
  if (seed) notes.push(`The same firm as the seed articles' record ${seed}.`);
  return {
    id: seed ?? `org-listed-${t.ts_code.toLowerCase().replace('.', '-')}`,
    name: s?.full_name || t.name,
    kind: 'enterprise',
    region: place.region,
    ...(s?.reg_address ? { address: s.reg_address } : {}),
    ...(place.coordinates
      ? { coordinates: place.coordinates, crs: 'GCJ02', locationPrecision: place.precision }
      : { locationPrecision: place.precision }),
    industries: industry.codes,
    industryLabels: [t.industry],
    tags: ['listed'],
    externalIds: { ts_code: t.ts_code, stock_name: t.name.replace(/\s+/g, '') },
    provenance: {
      source: s ? `${SZSE_SOURCE}; ${TUSHARE_SOURCE}` : TUSHARE_SOURCE,
      year: s ? 2025 : 2026,
      method: 'official_list',
      confidence: Math.min(place.confidence, industry.confidence),
      verified: place.verified,
      note: notes.join(' '),
    },
  };
});

writeJsonLines(dataPath('default/listed-firms.json'), {
  about:
    'Every firm listed on the Shanghai, Shenzhen and Beijing exchanges as an organisation (built by scripts/build-default/build-listed-firms.ts; see data/default/README.md).',
  organizations,
});

const national = JSON.parse(readFileSync(dataPath('clusters/national.json'), 'utf8')) as {
  id: string;
  name: string;
  regions: string[];
}[];
const labels = JSON.parse(readFileSync(dataPath('clusters/listed-labels.json'), 'utf8')) as {
  clusters: Record<string, { core: string[]; related: string[] }>;
};
const members = inferMembers(organizations, national, labels.clusters, regions);
/** A cluster's industries where no curated record gives them: its labels' single divisions. */
const clusterIndustries = national.map((c) => {
  const field = labels.clusters[c.id] ?? { core: [], related: [] };
  const divisions = [...field.core, ...field.related].flatMap((l) => {
    const d = concordance.get(l)?.divisions ?? [];
    return d.length === 1 ? d : [];
  });
  return {
    cluster: c.id,
    industries: [...new Set(divisions)].sort(),
    note: `GB/T 4754 divisions of the listed-firm labels of the cluster's field (${[...field.core, ...field.related].join(', ')}); inferred`,
  };
});
writeJsonLines(dataPath('default/inferred-members.json'), {
  about:
    "National clusters' members inferred from listed firms: a firm whose prefecture is one of the cluster's cities and whose industry label belongs to the cluster's field (data/clusters/listed-labels.json). `industries`: each cluster's divisions from the same labels, used where no curated record gives the cluster's industries. Built by scripts/build-default/build-listed-firms.ts.",
  members,
  industries: clusterIndustries,
});

const placed = organizations.filter((o) => o.locationPrecision === 'prefecture').length;
writeFileSync(1, `${organizations.length} organisations (${placed} placed at a city centre), `);
writeFileSync(1, `${members.length} inferred memberships\n`);
