import { DOMINANCE, MIN_CONTRIBUTORS } from '../../core/access/disclosure.ts';
import { seesAllFigures, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError, warning } from '../../core/errors.ts';
import type { ConcentrationProfile } from '../../analytics/concentration/concentration-profile.ts';
import {
  DEFAULT_PARTNER_WEIGHTS,
  mergerPartners,
} from '../../analytics/concentration/merger-partners.ts';
import {
  mergerSimulation,
  type MergerSimulation,
} from '../../analytics/concentration/merger-simulation.ts';
import type { Duck } from '../../store/duck.ts';
import { readSupplyCustomers } from '../../store/queries/firm-sizes.ts';
import type { OrganizationRow } from '../../store/queries/organizations.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { syntheticMark } from '../synthetic-share.ts';
import { declareConsolidation } from './consolidation-disclosure.ts';
import { loadScope, loadSizes, type Sizes } from './consolidation-scope.ts';
import type {
  ConcentrationFigures,
  Consolidation,
  ConsolidateOptions,
  FirmRef,
  PartnerRow,
} from './consolidation-types.ts';
import { resolveFirm } from './resolve-firm.ts';

export const GUIDELINES = [
  'US Department of Justice & Federal Trade Commission, Merger Guidelines (2023), Guideline 1: HHI > 1,800 with ΔHHI > 100, or a merged share > 30% with ΔHHI > 100, is presumed to substantially lessen competition',
  'European Commission, Guidelines on the assessment of horizontal mergers (2004/C 31/03), paras 18-21: concerns unlikely below HHI 1,000, at 1,000-2,000 with ΔHHI < 250, above 2,000 with ΔHHI < 150; a combined share ≤ 25% indicates compatibility',
  'Shares are within the firms the atlas holds for this scope, not a relevant antitrust market: the readings are a screen, not a legal finding',
];

const UNITS = { output: '10k yuan (万元)', revenue: '10k yuan (万元)', employees: 'persons' };

const fin = (v: number): number | null => (Number.isFinite(v) ? v : null);
const ref = (f: OrganizationRow): FirmRef => ({
  organization: f.id,
  name: f.name,
  nameEn: f.nameEn,
  synthetic: f.synthetic,
});

function figures(p: ConcentrationProfile): ConcentrationFigures {
  return {
    firms: p.firms,
    total: p.firms > 0 ? p.total : null,
    hhi: fin(p.hhi),
    numbersEquivalent: fin(p.numbersEquivalent),
    cr4: fin(p.cr[4]),
    cr8: fin(p.cr[8]),
    firmsForHalf: fin(p.firmsForHalf),
    median: fin(p.median),
  };
}

/** The firms in the middle of a profile's ranking (one, or two when even), as groups of ids. */
function medianIds(p: ConcentrationProfile, entities: string[][]): string[] {
  if (p.firms === 0) return [];
  const mid = p.firms >> 1;
  const at = p.firms % 2 === 1 ? [mid] : [mid - 1, mid];
  return at.flatMap((r) => entities[p.order[r]]);
}

/**
 * Consolidation analysis of a cluster or a region × industry: concentration
 * today (HHI in points, CR4, CR8, firms for half the total, median firm
 * size, against a national median when given), after the proposed mergers
 * (ΔHHI and the US 2023 / EU 2004 guideline readings, new CRn, the merged
 * firms' sizes), and partners for a leading firm ranked by complementarity.
 * Firms' figures are declared as confidential aggregates: the API withholds
 * what a viewer may not see; for such viewers firms are listed by name, not
 * by size (the order would rank them).
 */
export async function consolidate(
  db: Duck,
  o: ConsolidateOptions,
  viewer: Viewer,
): Promise<Consolidation> {
  const { scope, firms } = await loadScope(db, o);
  const sizes = await loadSizes(db, firms, o.measure, o.year);
  const market = firms.filter((f) => sizes.size.has(f.id));
  const mergers = resolveMergers(o.merge ?? [], firms, market, sizes, scope);
  const sim = simulate(
    market.map((f) => sizes.size.get(f.id)!),
    mergers,
  );
  const ids = (g: readonly number[]) => g.map((k) => market[k].id);
  const beforeRanked = [...sim.before.order].map((k) => [market[k].id]);
  const afterEntities = sim.entities.map(ids);
  const afterRanked = [...sim.after.order].map((e) => afterEntities[e]);
  const partners = await rankPartners(
    db,
    firms,
    sizes.size,
    o,
    mergers.length ? market[mergers[0][0]] : undefined,
    viewer,
  );
  const byName = (a: FirmRef, b: FirmRef) =>
    a.name.localeCompare(b.name, 'zh') || a.organization.localeCompare(b.organization);
  const rows = market.map((f, k) => ({
    ...ref(f),
    size: sizes.size.get(f.id)!,
    share: fin(sim.before.shares[k]),
  }));
  const guard = !seesAllFigures(viewer);
  const answer: Consolidation = {
    scope,
    measure: sizes.measure,
    unit: UNITS[sizes.measure],
    year: sizes.year,
    firms: guard ? rows.sort(byName) : [...sim.before.order].map((k) => rows[k]),
    notReporting: firms.filter((f) => !sizes.size.has(f.id)).map(ref),
    before: figures(sim.before),
    after: mergers.length ? figures(sim.after) : null,
    deltaHhi: mergers.length ? fin(sim.deltaHhi) : null,
    reading: mergers.length && market.length ? sim.reading : null,
    mergers: sim.mergers.map((m) => ({
      members: m.members.map((k) => ref(market[k])),
      size: m.size,
      share: fin(m.share),
      deltaHhi: fin(m.deltaHhi),
      postHhi: fin(m.postHhi),
      reading: m.reading,
    })),
    nationalMedian: o.nationalMedian ?? null,
    leader: partners.leader,
    partners: partners.rows,
    weights: { ...DEFAULT_PARTNER_WEIGHTS },
    guidelines: GUIDELINES,
    disclosure: { applied: guard, minContributors: MIN_CONTRIBUTORS, dominance: DOMINANCE },
    synthetic: syntheticMark(market),
    source: `the firms' yearly ${sizes.measure} as imported into the atlas (measures), ${sizes.year ?? 'no year'}; customers from supply links`,
    warnings: answerWarnings([
      ...sizes.warnings,
      ...partners.warnings,
      ...(o.nationalMedian === undefined && market.length > 0 ? [NO_NATIONAL_MEDIAN] : []),
    ]),
  };
  return declareConsolidation(answer, sizes.size, {
    before: beforeRanked,
    after: mergers.length ? afterRanked : null,
    median: medianIds(
      sim.before,
      market.map((f) => [f.id]),
    ),
    afterMedian: medianIds(sim.after, afterEntities),
  });
}

const NO_NATIONAL_MEDIAN = warning(
  'ATLAS_W_MISSING_VALUES',
  'no national median firm size given: the median is shown without a national comparison',
  { field: 'nationalMedian' },
);

/** The simulation; a malformed merger (one firm, a firm twice) is the user's error. */
function simulate(sizes: number[], mergers: number[][]): MergerSimulation {
  try {
    return mergerSimulation(sizes, mergers);
  } catch (e) {
    if (e instanceof RangeError) throw new AtlasError('ATLAS_E_USAGE', e.message);
    throw e;
  }
}

/** Each merger's firms, named by id or name, as indices into the market. */
function resolveMergers(
  merge: readonly string[][],
  firms: readonly OrganizationRow[],
  market: readonly OrganizationRow[],
  sizes: Sizes,
  scope: Consolidation['scope'],
): number[][] {
  const what = scope.kind === 'cluster' ? `cluster ${scope.cluster}` : 'the region and industry';
  return merge.map((tokens) =>
    tokens.map((t) => {
      const f = resolveFirm(t, firms, what);
      if (!sizes.size.has(f.id))
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `${f.name} (${f.id}) has no ${sizes.measure}${sizes.year === null ? '' : ` in ${sizes.year}`}: import its yearly measures or choose another --year`,
          { organization: f.id, measure: sizes.measure, year: sizes.year },
        );
      return market.indexOf(f);
    }),
  );
}

/**
 * The leader: the one asked, else the first firm of the first merger, else
 * the member tagged chain leader (链主) with the largest size, else — for a
 * viewer who sees every figure — the largest firm.
 */
async function rankPartners(
  db: Duck,
  firms: readonly OrganizationRow[],
  size: ReadonlyMap<string, number>,
  o: ConsolidateOptions,
  firstMerging: OrganizationRow | undefined,
  viewer: Viewer,
): Promise<{ leader: FirmRef | null; rows: PartnerRow[]; warnings: ReturnType<typeof warning>[] }> {
  const bySize = [...firms].sort((a, b) => (size.get(b.id) ?? -1) - (size.get(a.id) ?? -1));
  const leader =
    o.leader !== undefined
      ? resolveFirm(o.leader, firms, 'the scope')
      : (firstMerging ??
        bySize.find((f) => f.tags.includes('chain_leader')) ??
        (seesAllFigures(viewer) && bySize.length && size.has(bySize[0].id)
          ? bySize[0]
          : undefined));
  if (!leader || firms.length < 2)
    return { leader: leader ? ref(leader) : null, rows: [], warnings: [] };
  const links = await readSupplyCustomers(
    db,
    firms.map((f) => f.id),
  );
  const customers = new Map<string, string[]>();
  for (const l of links)
    customers.set(l.supplier, [...(customers.get(l.supplier) ?? []), l.customer]);
  const input = firms.map((f) => ({
    products: [...f.industries.map((c) => c.replace(/^[A-Z]/, '')), ...f.industryLabels],
    customers: customers.get(f.id) ?? [],
    lon: f.lon ?? NaN,
    lat: f.lat ?? NaN,
    size: size.get(f.id) ?? NaN,
  }));
  const scored = mergerPartners(input, firms.indexOf(leader)).slice(0, o.partners ?? 10);
  const rows = scored.map((p) => ({
    ...ref(firms[p.index]),
    added: p.added,
    shared: p.shared,
    complementarity: p.complementarity,
    distanceKm: fin(p.distanceKm),
    proximity: p.proximity,
    sharedCustomers: p.sharedCustomers,
    customerOverlap: p.customerOverlap,
    overlapSize: fin(p.overlapSize),
    score: p.score,
  }));
  const coarse = firms.filter(
    (f) =>
      f.locationPrecision !== null &&
      f.locationPrecision !== 'site' &&
      f.locationPrecision !== 'address',
  ).length;
  const warnings = coarse
    ? [
        warning(
          'ATLAS_W_MISSING_VALUES',
          `${coarse} firms are placed at a county, city or province centre, not their site: their distances are approximate`,
          { coarse },
        ),
      ]
    : [];
  return { leader: ref(leader), rows, warnings };
}
