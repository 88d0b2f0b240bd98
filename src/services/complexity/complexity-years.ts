import { eciPci } from '../../analytics/complexity/eci-pci.ts';
import { presenceMatrix, type PresenceMatrix } from '../../analytics/complexity/presence-matrix.ts';
import {
  standardise,
  standardiser,
  type Standardiser,
} from '../../analytics/complexity/standardise-complexity.ts';
import { declareAggregates, declaredAggregates } from '../../core/access/disclosure.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type {
  ComplexitySeries,
  ComplexityYear,
  ComplexityYears,
  ComplexityYearsQuery,
} from '../../contract/complexity-years.ts';
import type { Duck } from '../../store/duck.ts';
import { readMeasureYears } from '../../store/queries/metric-matrix.ts';
import { readStatisticsYears } from '../../store/queries/region-statistics.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { cachedResult, cacheKey } from '../cache.ts';
import { chooseYears, parseYears } from '../evaluation/evaluate-years-report.ts';
import { getPeerSet } from '../evaluation/peer-sets.ts';
import { firmCells, type FirmCells } from '../metrics/firm-cells.ts';
import { storeMatrix, type StoreMatrix } from '../metrics/store-matrix.ts';

type Measure = ComplexityYears['measure'];
const MEASURES: readonly Measure[] = ['employees', 'revenue', 'output'];

/** One year's raw complexity: the presence matrix, raw ECI/PCI, the matrix it came from. */
interface YearRaw {
  year: number;
  built: StoreMatrix;
  presence: PresenceMatrix;
  kc: Float64Array;
  kp: Float64Array;
  cells: FirmCells;
  /** RCA on the built matrix's labels (row-major), null for a binary matrix. */
  rca: Float64Array | null;
}

/** Values and ranks of one year for one side (regions or industries), by code. */
interface YearSide {
  value: Map<string, number>;
  rank: Map<string, number>;
  count: Map<string, number>;
  of: number;
}

export const CONVENTION =
  'ECI and PCI as the Stata ecomplexity package computes them (eigenvector of the region–industry similarity, M = RCA ≥ 1), standardised with the base year’s mean and standard deviation of raw ECI, so a change is the region’s (industry’s) own and not the field’s; ranks are within each year';

/** The measure asked, else the first yearly measure with data, and its years ascending. */
async function measureYears(
  db: Duck,
  q: ComplexityYearsQuery,
): Promise<{ measure: Measure; available: number[] }> {
  const yearsOf = (m: Measure) =>
    q.source === 'statistics' ? readStatisticsYears(db, m, q.regionLevel) : readMeasureYears(db, m);
  for (const m of q.measure ? [q.measure] : MEASURES) {
    const ys = await yearsOf(m);
    if (ys.length > 0) return { measure: m, available: [...ys].sort((a, b) => a - b) };
  }
  throw new AtlasError(
    'ATLAS_E_NOT_FOUND',
    q.source === 'statistics'
      ? `No regional statistics of ${q.measure ?? 'employees, revenue or output'} at ${q.regionLevel} level: load a yearbook table with \`atlas import FILE --kind region-statistics\``
      : `No organisation has yearly figures of ${q.measure ?? 'employees, revenue or output'}: complexity by year needs members' yearly measures (or source=statistics)`,
    { source: q.source, measure: q.measure ?? null },
  );
}

function yearRaw(year: number, built: StoreMatrix): YearRaw {
  const { presence, rca } = presenceMatrix(built.matrix, { binary: false });
  const e = eciPci(presence);
  return { year, built, presence, kc: e.kc, kp: e.kp, cells: firmCells(built.firms), rca };
}

/** Codes ranked by value, highest first (ties by code); NaN left unranked. */
function side(codes: readonly string[], values: Float64Array, counts: Float64Array): YearSide {
  const order = codes
    .map((c, k) => ({ c, v: values[k], n: counts[k] }))
    .filter((x) => Number.isFinite(x.v))
    .sort((a, b) => b.v - a.v || a.c.localeCompare(b.c));
  return {
    value: new Map(order.map((x) => [x.c, x.v])),
    rank: new Map(order.map((x, k) => [x.c, k + 1])),
    count: new Map(codes.map((c, k) => [c, counts[k]])),
    of: order.length,
  };
}

const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

/** One code's years: value, rank, count, changes since the previous year and the base year. */
function series(
  code: string,
  names: { nameZh: string | null; nameEn: string | null },
  sides: readonly { year: number; s: YearSide; sets: (code: string) => YearRawSets }[],
  baseYear: number,
): ComplexitySeries {
  const base = sides.find((x) => x.year === baseYear)?.s;
  const baseSets = sides.find((x) => x.year === baseYear)?.sets(code) ?? [];
  const years: ComplexityYear[] = [];
  let prev: YearSide | undefined;
  let prevSets: YearRawSets = [];
  for (const { year, s, sets } of sides) {
    const own = sets(code);
    const value = s.value.get(code) ?? null;
    const rank = s.rank.get(code) ?? null;
    const y: ComplexityYear = {
      year,
      value,
      rank,
      of: s.of,
      count: s.count.get(code) ?? null,
      change: diff(value, prev?.value.get(code)),
      rankChange: diff(prev?.rank.get(code), rank),
      changeBase: diff(value, base?.value.get(code)),
      rankChangeBase: diff(base?.rank.get(code), rank),
    };
    // A change reveals both years' values: it is withheld where either is.
    years.push(
      declareAggregates(y, [
        { path: ['value'], sets: own },
        { path: ['change'], sets: [...own, ...prevSets] },
        { path: ['changeBase'], sets: [...own, ...baseSets] },
      ]),
    );
    prev = s;
    prevSets = own;
  }
  return { code, ...names, years };
}

type YearRawSets = ReturnType<FirmCells['ofRegion']>;

/** The sides of every year on the base year's scale. */
function sidesOf(raws: readonly YearRaw[], scale: Standardiser) {
  return raws.map((r) => {
    const p = r.presence;
    return {
      year: r.year,
      regions: side(p.regions, standardise(r.kc, scale), p.diversity),
      industries: side(p.industries, standardise(r.kp, scale), p.ubiquity),
      cells: r.cells,
    };
  });
}

/**
 * A region's ECI and an industry's PCI, with their ranks, for each year the
 * source holds (contract/complexity-years.ts): one matrix per year
 * (metrics/store-matrix.ts, cached until the next write), raw ECI/PCI per
 * year (eci-pci.ts), all standardised with the base year's standardiser
 * (default: the first year), so values compare across years while ranks stay
 * within each year. A region's ECI reveals its row, an industry's PCI its
 * column: declared for the disclosure rule as the single-year routes do.
 * Cost: one matrix build and one eigen-solve per year.
 */
export function complexityYears(db: Duck, q: ComplexityYearsQuery): Promise<ComplexityYears> {
  // Viewer-free (redaction happens at the API): kept until the next write (services/cache.ts).
  return cachedResult(db, cacheKey('complexity-years', q), () => buildComplexityYears(db, q));
}

async function buildComplexityYears(db: Duck, q: ComplexityYearsQuery): Promise<ComplexityYears> {
  const { measure, available } = await measureYears(db, q);
  const asked = q.years ? parseYears(q.years) : undefined;
  const chosen = chooseYears(available, asked, q.baseYear);
  const baseYear = q.baseYear ?? chosen.years[0];
  const warnings: AtlasWarning[] = [...chosen.warnings];
  const raws: YearRaw[] = [];
  for (const year of chosen.years) {
    const built = await storeMatrix(db, {
      source: q.source,
      measure,
      year,
      regionLevel: q.regionLevel,
      industryLevel: q.industryLevel as 1 | 2 | 3 | 4,
    });
    const raw = yearRaw(year, built);
    raws.push(raw);
    warnings.push(...built.warnings.map((w) => ({ ...w, message: `${year}: ${w.message}` })));
  }
  const base = raws.find((r) => r.year === baseYear) as YearRaw;
  const scale = standardiser(base.kc, base.presence.cols);
  const sides = sidesOf(raws, scale);
  const peers = q.peerSet ? await regionPeers(db, q.peerSet, q.region) : null;
  const all = !q.region && !q.industry && !peers;
  const regionCodes = peers
    ? peers.codes
    : q.region
      ? [q.region]
      : all
        ? unionOf(raws, 'regions')
        : [];
  if (peers) for (const x of sides) x.regions = within(x.regions, new Set(peers.codes));
  const industryCodes = q.industry ? [q.industry] : all ? unionOf(raws, 'industries') : [];
  for (const [kind, code] of [
    ['regions', q.region],
    ['industries', q.industry],
  ] as const)
    // Not an error: a cluster's page asks for its own region, which may hold no measured firm.
    if (code && !raws.some((r) => r.presence[kind].includes(code)))
      warnings.push(
        warning(
          'ATLAS_W_METRIC_UNDEFINED',
          `${code} is not among the ${kind} of the ${q.source === 'statistics' ? 'regional statistics' : 'atlas’s matrix'} of ${measure} at this level in ${chosen.years.join(', ')}: no value in any year`,
          { [kind === 'regions' ? 'region' : 'industry']: code, years: chosen.years },
        ),
      );
  const name = (kind: 'regions' | 'industries', code: string) => nameOf(raws, kind, code);
  return {
    source: q.source,
    measure,
    regionLevel: q.regionLevel,
    industryLevel: q.industryLevel,
    years: chosen.years,
    baseYear,
    available,
    peerSet: peers ? { id: peers.id, name: peers.name } : null,
    regions: regionCodes.map((c) =>
      series(
        c,
        name('regions', c),
        sides.map((x) => ({ year: x.year, s: x.regions, sets: x.cells.ofRegion })),
        baseYear,
      ),
    ),
    industries: industryCodes.map((c) =>
      series(
        c,
        name('industries', c),
        sides.map((x) => ({ year: x.year, s: x.industries, sets: x.cells.ofIndustry })),
        baseYear,
      ),
    ),
    cell: q.region && q.industry ? cellYears(raws, q.region, q.industry, baseYear) : null,
    basis: raws.map(basisOf),
    convention: CONVENTION,
    warnings: answerWarnings(warnings),
  };
}

function unionOf(raws: readonly YearRaw[], kind: 'regions' | 'industries'): string[] {
  return [...new Set(raws.flatMap((r) => r.presence[kind]))].sort();
}

/** A code's names from the latest year that has it. */
function nameOf(raws: readonly YearRaw[], kind: 'regions' | 'industries', code: string) {
  for (const r of [...raws].reverse()) {
    const names = kind === 'regions' ? r.built.regionNames : r.built.industryNames;
    const n = names.find((x) => x.code === code);
    if (n) return { nameZh: n.nameZh, nameEn: n.nameEn };
  }
  return { nameZh: null, nameEn: null };
}

/** One year's basis; the synthetic share keeps the disclosure the matrix declared for it. */
function basisOf(r: YearRaw): ComplexityYears['basis'][number] {
  const info = r.built.info;
  const b = {
    year: r.year,
    regions: r.presence.rows,
    industries: r.presence.cols,
    organizations: info.organizations,
    syntheticOrganizations: info.syntheticOrganizations,
    syntheticShare: info.syntheticShare,
    sources: info.statistics?.sources ?? [],
  };
  const declared = (declaredAggregates(info) ?? []).filter((d) => d.path[0] === 'syntheticShare');
  return declareAggregates(b, declared);
}

/**
 * A region × industry cell's LQ (RCA within the matrix) per year, with its
 * changes. It reveals the cell, its row and its column: declared so.
 */
function cellYears(raws: readonly YearRaw[], region: string, industry: string, baseYear: number) {
  const lqOf = (r: YearRaw): number | null => {
    const m = r.built.matrix;
    const a = m.regions.indexOf(region);
    const b = m.industries.indexOf(industry);
    if (a < 0 || b < 0 || !r.rca) return null;
    return r.rca[a * m.cols + b];
  };
  const setsOf = (r: YearRaw) => [...r.cells.ofRegion(region), ...r.cells.ofIndustry(industry)];
  const base = raws.find((r) => r.year === baseYear) as YearRaw;
  const baseLq = lqOf(base);
  let prev: YearRaw | undefined;
  const years = raws.map((r) => {
    const lq = lqOf(r);
    const prevLq = prev ? lqOf(prev) : null;
    const sets = setsOf(r);
    const y = declareAggregates(
      { year: r.year, lq, change: diff(lq, prevLq), changeBase: diff(lq, baseLq) },
      [
        { path: ['lq'], sets },
        { path: ['change'], sets: prev ? [...sets, ...setsOf(prev)] : sets },
        { path: ['changeBase'], sets: [...sets, ...setsOf(base)] },
      ],
    );
    prev = r;
    return y;
  });
  return { region, industry, years };
}

/** A region peer set's regions: the region asked (else the set's subject) first, then its members. */
async function regionPeers(db: Duck, id: string, region: string | undefined) {
  const set = await getPeerSet(db, id);
  if (set.subjectType !== 'region')
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `peer set ${set.name} (${id}) compares clusters; complexity by year needs a set of regions`,
      { peerSet: id, subjectType: set.subjectType },
    );
  const first = region ?? set.subject;
  const codes = [...new Set([...(first ? [first] : []), ...set.members.map((m) => m.id)])];
  return { id: set.id, name: set.name, codes };
}

/** A year's regions ranked among `codes` only (a peer set), values unchanged. */
function within(s: YearSide, codes: ReadonlySet<string>): YearSide {
  const order = [...s.value].filter(([c]) => codes.has(c)).map(([c]) => c);
  return { ...s, rank: new Map(order.map((c, k) => [c, k + 1])), of: order.length };
}
