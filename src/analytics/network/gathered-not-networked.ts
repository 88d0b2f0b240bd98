import { warning, type AtlasWarning } from '../../core/errors.ts';
import { connectedComponents } from './connected-components.ts';
import { degree } from './degree.ts';
import { density } from './density.ts';
import { linkGraph, type LinkRow } from './link-graph.ts';

/** An organisation as the index needs it (members and their partners). */
export interface ClusterOrg {
  id: string;
  kind: string;
  tags?: readonly string[];
}

export interface GatheringInput {
  cluster: string;
  /** Member organisation ids (table cluster_members). */
  members: readonly string[];
  /** Kind and tags of the members and of every organisation they link to. */
  organizations: readonly ClusterOrg[];
  /** Link rows touching the members (table links); others are ignored. */
  links: readonly LinkRow[];
}

export interface GatheringThresholds {
  /** Share of member firms tied to another member (default 0.5). */
  linkedFirmShare: number;
  /** Share of members in the largest connected group (default 0.5). */
  largestComponentShare: number;
  /**
   * Fewest member firms to judge at all (default MIN_FIRMS_TO_JUDGE = 3):
   * with one firm the linked share is 0 by construction, with two it can
   * only be 0 or 1, so neither can tell gathered from networked.
   */
  minFirms?: number;
}

export const MIN_FIRMS_TO_JUDGE = 3;

export const DEFAULT_GATHERING_THRESHOLDS: GatheringThresholds = {
  linkedFirmShare: 0.5,
  largestComponentShare: 0.5,
  minFirms: MIN_FIRMS_TO_JUDGE,
};

/**
 * Why no verdict was drawn: no members at all; fewer member firms than
 * `minFirms`; or not one tie of any member recorded (to a member or not),
 * which says the links were never loaded, not that the firms have none.
 */
export type InsufficientReason = 'no_members' | 'too_few_firms' | 'no_ties_recorded';

/** Link types that count as a working tie between two members. */
export const TIE_TYPES = ['supply', 'collaboration', 'service', 'ownership', 'investment'] as const;
const RESEARCH_KINDS = new Set(['university', 'institute', 'platform']);

export interface GatheringCheck {
  figure: 'linkedFirmShare' | 'largestComponentShare';
  value: number;
  threshold: number;
  passed: boolean;
  label: { zh: string; en: string };
}

export interface GatheringIndex {
  cluster: string;
  members: number;
  firms: number;
  /** Member firms with at least one tie to another member, and their share of firms. */
  linkedFirms: number;
  linkedFirmShare: number;
  /** Distinct member pairs tied, density among members, and against ln(n)/(n−1). */
  ties: number;
  density: number;
  expectedDensity: number;
  densityRatio: number;
  largestComponent: number;
  largestComponentShare: number;
  chainLeaders: number;
  /** Non-leader member firms in the supply network (among members) of a chain leader. */
  firmsInLeaderSupplyNetworks: number;
  firmsInLeaderSupplyNetworksShare: number;
  /** Member firms with a collaboration link to a university, institute or platform. */
  firmsWithResearchPartner: number;
  firmsWithResearchPartnerShare: number;
  /** 'insufficient_data': too little member data to judge (see `insufficient`); no verdict. */
  verdict: 'networked' | 'gathered_not_networked' | 'insufficient_data';
  verdictLabel: { zh: string; en: string };
  /** Set when verdict is 'insufficient_data': the rule that withheld it. */
  insufficient?: { reason: InsufficientReason; minFirms: number };
  checks: GatheringCheck[];
  /** The thresholds are a convention of this product, not a standard. */
  assumptions: string[];
  warnings: AtlasWarning[];
}

const share = (a: number, b: number) => (b > 0 ? a / b : NaN);

/**
 * The 集而不群 (gathered but not networked) index of one cluster.
 *
 * Figures, all over the cluster's members and the ties among them (link types
 * TIE_TYPES; `membership` and `competition` links are not ties):
 * - linkedFirmShare = member firms (kind enterprise) with ≥ 1 tie to another
 *   member / member firms;
 * - density = distinct tied pairs / (n(n−1)/2); expectedDensity = ln n / (n−1),
 *   the density at which a random graph of n nodes becomes connected
 *   (Erdős & Rényi 1960), so densityRatio ≥ 1 means "as dense as a connected
 *   random network of this size";
 * - largestComponentShare = members in the largest connected group / n;
 * - firmsInLeaderSupplyNetworks = non-leader member firms connected to a
 *   member tagged chain_leader through supply links among members;
 * - firmsWithResearchPartner = member firms with a collaboration link to a
 *   university, institute or platform (member or not).
 * Verdict: "networked" when linkedFirmShare and largestComponentShare both
 * reach their thresholds (default 0.5 each: most firms tied, and one group
 * holding most members); otherwise "gathered but not networked". The
 * thresholds are our convention (stated in `assumptions`), not an official one.
 * No verdict ('insufficient_data', with ATLAS_W_NO_MEMBER_DATA or
 * ATLAS_W_TOO_LITTLE_DATA) when there is nothing to judge: no members, fewer
 * than `minFirms` member firms (default 3: with one firm the linked share is 0
 * by construction, with two it is 0 or 1), or no tie of any member recorded
 * at all (no link data is not evidence of no links). The figures are still
 * given; only the verdict is withheld.
 * Edge cases: no firms → shares NaN; links to unknown organisations are
 * dropped with a warning.
 * Cost: O(n + m).
 */
export function gatheredNotNetworked(
  input: GatheringInput,
  thresholds: GatheringThresholds = DEFAULT_GATHERING_THRESHOLDS,
): GatheringIndex {
  const members = [...new Set(input.members)];
  const n = members.length;
  const kindOf = new Map(input.organizations.map((o) => [o.id, o.kind]));
  const tagsOf = new Map(input.organizations.map((o) => [o.id, o.tags ?? []]));
  const known = new Set([...kindOf.keys(), ...members]);
  const ties = linkGraph(input.links, { types: TIE_TYPES, nodes: members, known });
  const g = ties.graph;
  const isFirm = members.map((id) => kindOf.get(id) === 'enterprise');
  const isLeader = members.map((id) => (tagsOf.get(id) ?? []).includes('chain_leader'));
  const firms = isFirm.filter(Boolean).length;

  const deg = degree(g);
  let linkedFirms = 0;
  for (let u = 0; u < n; u++) if (isFirm[u] && deg[u] > 0) linkedFirms++;

  const comps = connectedComponents(g);
  let largest = 0;
  for (let c = 0; c < comps.count; c++) if (comps.sizes[c] > largest) largest = comps.sizes[c];
  const dens = n >= 2 ? density(g) : NaN;
  const expectedDensity = n >= 2 ? Math.log(n) / (n - 1) : NaN;
  const tiedPairs = n >= 2 ? Math.round((dens * n * (n - 1)) / 2) : 0;

  const { inLeaderNet, nonLeaderFirms } = leaderSupplyReach(input.links, members, isFirm, isLeader);
  const withPartner = firmsWithResearchPartner(input.links, members, isFirm, kindOf);

  const linkedShare = share(linkedFirms, firms);
  const largestShare = share(largest, n);
  const checks = verdictChecks(linkedShare, largestShare, thresholds);
  const networked = checks.every((c) => c.passed);
  const minFirms = thresholds.minFirms ?? MIN_FIRMS_TO_JUDGE;
  const reason = insufficientReason(input.links, members, firms, minFirms);
  const withheld = withheldWarnings(input.cluster, reason, firms, minFirms);
  return {
    cluster: input.cluster,
    members: n,
    firms,
    linkedFirms,
    linkedFirmShare: linkedShare,
    ties: tiedPairs,
    density: dens,
    expectedDensity,
    densityRatio: dens / expectedDensity,
    largestComponent: largest,
    largestComponentShare: largestShare,
    chainLeaders: isLeader.filter(Boolean).length,
    firmsInLeaderSupplyNetworks: inLeaderNet,
    firmsInLeaderSupplyNetworksShare: share(inLeaderNet, nonLeaderFirms),
    firmsWithResearchPartner: withPartner,
    firmsWithResearchPartnerShare: share(withPartner, firms),
    verdict: reason ? 'insufficient_data' : networked ? 'networked' : 'gathered_not_networked',
    verdictLabel: reason
      ? { zh: '数据不足', en: 'not enough data' }
      : networked
        ? { zh: '网络化', en: 'networked' }
        : { zh: '集而不群', en: 'gathered but not networked' },
    ...(reason ? { insufficient: { reason, minFirms } } : {}),
    checks,
    assumptions: [
      `networked when linkedFirmShare ≥ ${thresholds.linkedFirmShare} and largestComponentShare ≥ ${thresholds.largestComponentShare} (Cluster Atlas convention, not an official threshold)`,
      'expectedDensity = ln(n)/(n−1), the connectivity threshold of a random graph (Erdős & Rényi 1960)',
      `no verdict with fewer than ${minFirms} member firms or with no tie of any member recorded (Cluster Atlas convention)`,
    ],
    warnings: [...ties.warnings, ...withheld],
  };
}

/**
 * Non-leader member firms, and those in the supply network (among members)
 * of a member chain leader: in a supply component with a leader and with a
 * supply link of their own.
 */
function leaderSupplyReach(
  links: readonly LinkRow[],
  members: readonly string[],
  isFirm: readonly boolean[],
  isLeader: readonly boolean[],
): { inLeaderNet: number; nonLeaderFirms: number } {
  const n = members.length;
  const supply = linkGraph(links, { types: ['supply'], nodes: members }).graph;
  const sc = connectedComponents(supply);
  const leaderComp = new Uint8Array(sc.count);
  for (let u = 0; u < n; u++) if (isLeader[u]) leaderComp[sc.membership[u]] = 1;
  let inLeaderNet = 0;
  let nonLeaderFirms = 0;
  for (let u = 0; u < n; u++) {
    if (!isFirm[u] || isLeader[u]) continue;
    nonLeaderFirms++;
    if (leaderComp[sc.membership[u]] && supply.offsets[u + 1] > supply.offsets[u]) inLeaderNet++;
  }
  return { inLeaderNet, nonLeaderFirms };
}

/** Member firms with a collaboration link to a university, institute or platform (member or not). */
function firmsWithResearchPartner(
  links: readonly LinkRow[],
  members: readonly string[],
  isFirm: readonly boolean[],
  kindOf: ReadonlyMap<string, string>,
): number {
  const n = members.length;
  const memberIndex = new Map(members.map((id, i) => [id, i]));
  const partnered = new Uint8Array(n);
  for (const l of links) {
    if (l.type !== 'collaboration') continue;
    for (const [a, b] of [
      [l.source, l.target],
      [l.target, l.source],
    ]) {
      const i = memberIndex.get(a);
      if (i !== undefined && isFirm[i] && RESEARCH_KINDS.has(kindOf.get(b) ?? '')) partnered[i] = 1;
    }
  }
  let withPartner = 0;
  for (let u = 0; u < n; u++) withPartner += partnered[u];
  return withPartner;
}

/** The verdict's two figures against their thresholds. */
function verdictChecks(
  linkedShare: number,
  largestShare: number,
  thresholds: GatheringThresholds,
): GatheringCheck[] {
  return [
    {
      figure: 'linkedFirmShare',
      value: linkedShare,
      threshold: thresholds.linkedFirmShare,
      passed: linkedShare >= thresholds.linkedFirmShare,
      label: {
        zh: '与其他成员有联系的企业占比',
        en: 'share of member firms tied to another member',
      },
    },
    {
      figure: 'largestComponentShare',
      value: largestShare,
      threshold: thresholds.largestComponentShare,
      passed: largestShare >= thresholds.largestComponentShare,
      label: {
        zh: '最大连通群体占成员比例',
        en: 'share of members in the largest connected group',
      },
    },
  ];
}

/** Why no verdict is drawn (no members, too few firms, no tie of any member recorded), or null. */
function insufficientReason(
  links: readonly LinkRow[],
  members: readonly string[],
  firms: number,
  minFirms: number,
): InsufficientReason | null {
  const n = members.length;
  const memberSet = new Set(members);
  const anyTie = links.some(
    (l) =>
      l.source !== l.target &&
      (TIE_TYPES as readonly string[]).includes(l.type) &&
      (memberSet.has(l.source) || memberSet.has(l.target)),
  );
  return n === 0
    ? 'no_members'
    : firms < minFirms
      ? 'too_few_firms'
      : !anyTie
        ? 'no_ties_recorded'
        : null;
}

/** The warning that says why no verdict is drawn (none when one is). */
function withheldWarnings(
  cluster: string,
  reason: InsufficientReason | null,
  firms: number,
  minFirms: number,
): AtlasWarning[] {
  return reason === null
    ? []
    : [
        reason === 'no_members'
          ? warning('ATLAS_W_NO_MEMBER_DATA', `${cluster}: no member data, so no network verdict`, {
              clusters: [cluster],
            })
          : warning(
              'ATLAS_W_TOO_LITTLE_DATA',
              reason === 'too_few_firms'
                ? `${cluster}: ${firms} member firm(s), fewer than the ${minFirms} needed to judge whether firms are tied`
                : `${cluster}: no supply, collaboration, service, ownership or investment link of any member is recorded; without link data there is no verdict`,
              { cluster, rule: reason, firms, minFirms },
            ),
      ];
}
