import { readFileSync } from 'node:fs';
import { disclosable } from '../../core/access/disclosure.ts';
import { seesAllFigures, type Viewer } from '../../core/access/viewer.ts';
import { Citation, CitationCatalogue } from '../../core/model/citation.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { CitedFact, ClusterFacts, Qualifier, SumCoverage } from '../../contract/clusters.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readClusterMeasures,
  SIZE_MEASURES,
  type SizeMeasure,
} from '../../store/queries/cluster-measures.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { readClusterFirmCounts, readIndicators } from '../../store/queries/indicators.ts';

const MONEY = /(\d+(?:\.\d+)?)\s*(万亿|萬億|亿|億|万|萬)?\s*元/;
const SCALE: Record<string, number> = {
  万亿: 1e12,
  萬億: 1e12,
  亿: 1e8,
  億: 1e8,
  万: 1e4,
  萬: 1e4,
};

/**
 * The amount of money a quotation states, in 万元 (the unit money is stored
 * in): 「超过2000亿元」 → 20,000,000; 「2.2萬億元」 → 220,000,000. Null when
 * the unit is not 10k yuan or the quote names no amount in 元.
 */
export function quotedAmount(quote: string | null, unit: string | null): number | null {
  if (!quote || !unit?.startsWith('10k yuan')) return null;
  const m = MONEY.exec(quote);
  if (!m) return null;
  return (Number(m[1]) * (m[2] ? SCALE[m[2]] : 1)) / 1e4;
}

const CATALOGUE = new URL('../../../data/citations/seeds.json', import.meta.url);
let citations: Citation[] | undefined;

/** The citation catalogue (data/citations/seeds.json), read once. */
export function loadCitations(): Citation[] {
  citations ??= CitationCatalogue.parse(JSON.parse(readFileSync(CATALOGUE, 'utf8'))).citations;
  return citations;
}

/** The catalogue's citation for a provenance source: its key, alone or followed by ':'. */
export function citationFor(source: string): Citation | null {
  return loadCitations().find((c) => source === c.key || source.startsWith(`${c.key}:`)) ?? null;
}

/**
 * How the source words the figure, read from its quote: 约/左右 → about,
 * 近/接近 → nearly, 超过/逾 or 余/多/以上 after a number → over (in that
 * order: 「约有60余家」 is "about"; 「规模以上…2858家」 is exact); without a quote, from the note's English (over / lower bound,
 * nearly, about / approximate). Otherwise null: the figure as stated.
 */
export function qualifierOf(quote: string | null, note: string | undefined): Qualifier {
  if (quote) {
    if (/[约約]|左右/.test(quote)) return 'about';
    if (/近/.test(quote)) return 'nearly';
    // 以上, 余 and 多 after a number only: 「规模以上企业2858家」 is an exact count.
    if (/超[过過出]|逾|\d[万萬亿億千百十]*[余餘多]|\d[万萬亿億千百十]*[家个個元]?以上/.test(quote))
      return 'over';
    return null;
  }
  const n = note ?? '';
  if (/\bover\b|lower bound/i.test(n)) return 'over';
  if (/\bnearly\b/i.test(n)) return 'nearly';
  if (/\babout\b|approximate/i.test(n)) return 'about';
  return null;
}

/** The first 「…」 quotation of a provenance note. */
export function quoteOf(note: string | undefined): string | null {
  return /「([^」]+)」/.exec(note ?? '')?.[1] ?? null;
}

/**
 * The figures published sources give for a cluster (its `indicators`, not
 * synthetic), each with how a reader cites the source, the words it uses
 * (over / about / nearly) and its unit; and beside each, what the atlas
 * holds of it — the real member firms against a cited firm count, the real
 * members' sum of output, revenue or employees in the cited year against a
 * cited total — as coverage, never as the cluster's size. Sums follow the
 * disclosure rule (core/access/disclosure.ts) for viewers who may not see
 * every firm's figures. Shares (of a national or world market) have no
 * coverage: the atlas holds no denominator for them.
 */
export async function clusterFacts(db: Duck, id: string, viewer: Viewer): Promise<ClusterFacts> {
  if (!(await readCluster(db, id)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${id}`, { id });
  const values = (await readIndicators(db, 'cluster', id)).filter(
    (v) => v.value !== null && !v.provenance.synthetic,
  );
  if (values.length === 0) return { cluster: id, facts: [], warnings: [] };
  const firms = await readClusterFirmCounts(db, id);
  const measures = (await readClusterMeasures(db, id)).filter((r) => !r.synthetic);
  const guard = !seesAllFigures(viewer);

  const sumCoverage = (measure: SizeMeasure, year: number, value: number): SumCoverage => {
    const reported = measures
      .filter((r) => r.year === year && r[measure] !== null)
      .map((r) => r[measure] as number);
    const sum = reported.reduce((a, b) => a + b, 0);
    const suppressed =
      guard &&
      reported.length > 0 &&
      !disclosable({ count: reported.length, sum, max: Math.max(...reported) });
    const shown = reported.length === 0 || suppressed ? null : sum;
    return {
      kind: 'sum',
      measure,
      year,
      sum: shown,
      organizations: reported.length,
      share: shown === null || value <= 0 ? null : shown / value,
      suppressed,
    };
  };

  const warnings: AtlasWarning[] = [];
  const facts = values.map((v): CitedFact => {
    const stored = v.value as number;
    const quote = quoteOf(v.provenance.note);
    const quoted = quotedAmount(quote, v.unit ?? null);
    // The source's words are the fact; a stored value they contradict is a typing error.
    const mismatch = quoted !== null && Math.abs(quoted - stored) > 0.005 * Math.abs(quoted);
    const value = mismatch ? (quoted as number) : stored;
    if (mismatch)
      warnings.push(
        warning(
          'ATLAS_W_CITED_FIGURE_MISMATCH',
          `${id}: ${v.indicator} is stored as ${stored} ${v.unit} but its quotation 「${quote}」 states ${quoted}; shown as the source states it`,
          { cluster: id, indicator: v.indicator, stored, quoted, unit: v.unit },
        ),
      );
    const measure = (SIZE_MEASURES as readonly string[]).includes(v.indicator)
      ? (v.indicator as SizeMeasure)
      : null;
    const coverage =
      v.indicator === 'firms' && value > 0
        ? {
            kind: 'firms' as const,
            held: firms.real,
            of: value,
            share: firms.real / value,
            synthetic: firms.synthetic,
          }
        : measure && v.year !== undefined
          ? sumCoverage(measure, v.year, value)
          : null;
    return {
      indicator: v.indicator,
      value,
      stored,
      quoted,
      unit: v.unit ?? null,
      year: v.year ?? null,
      qualifier: qualifierOf(quote, v.provenance.note),
      quote,
      source: v.provenance.source,
      citation: citationFor(v.provenance.source),
      verified: v.provenance.verified,
      coverage,
    };
  });
  return { cluster: id, facts, warnings: answerWarnings(warnings) };
}
