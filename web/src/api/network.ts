import { get } from '../http.ts';
import type { SyntheticMark } from './synthetic.ts';

export interface GatheringCheck {
  figure: string;
  value: number | null;
  threshold: number;
  passed: boolean;
  label: { zh: string; en: string };
}

/** 'judged', or why no verdict is drawn (too little member data to judge). */
export type NetworkStatus = 'judged' | 'no_members' | 'too_few_firms' | 'no_ties_recorded';

/** Its synthetic mark: organizations are the members judged, links those among the answer's organisations. */
export interface NetworkAnswer extends SyntheticMark {
  cluster: string;
  status: NetworkStatus;
  index: {
    members: number;
    firms: number;
    linkedFirms: number;
    linkedFirmShare: number | null;
    ties: number;
    density: number | null;
    expectedDensity: number | null;
    densityRatio: number | null;
    largestComponent: number;
    largestComponentShare: number | null;
    chainLeaders: number;
    firmsInLeaderSupplyNetworks: number;
    firmsInLeaderSupplyNetworksShare: number | null;
    firmsWithResearchPartner: number;
    firmsWithResearchPartnerShare: number | null;
    verdict: 'networked' | 'gathered_not_networked' | 'insufficient_data';
    verdictLabel: { zh: string; en: string };
    insufficient?: { reason: Exclude<NetworkStatus, 'judged'>; minFirms: number };
    checks: GatheringCheck[];
    assumptions: string[];
  };
  nodes: {
    id: string;
    name: string;
    kind: string;
    tags: string[];
    synthetic: boolean;
    member: boolean;
    degree: number;
    pagerank: number;
    constraint: number | null;
    community: number;
  }[];
  edges: {
    source: string;
    target: string;
    type: string;
    product: string | null;
    value: number | null;
  }[];
  nodesOmitted: number;
  research: { id: string; name: string; kind: string; firmPartners: number }[];
  communities: number;
  leaderTiers: { leader: string; name: string; tiers: number[] }[];
  keySuppliers: { id: string; name: string; customers: number; soleSourceCustomers: number }[];
}

export interface NetworkSummary {
  cluster: string;
  name: string;
  status: NetworkStatus;
  verdict: 'networked' | 'gathered_not_networked' | 'insufficient_data';
  members: number;
  linkedFirmShare: number | null;
  largestComponentShare: number | null;
  firmsWithResearchPartnerShare: number | null;
  /** Synthetic members and their share of the members; synthetic links among the cluster's organisations. */
  syntheticOrganizations: number;
  syntheticShare: number;
  syntheticLinks: number;
  syntheticLinkShare: number;
}

/** Its synthetic mark is over the supply network it ran on. */
export interface DisruptionReport extends SyntheticMark {
  removed: string[];
  rounds: number;
  firmsHit: number;
  /** Of the firms hit, those that are synthetic. */
  syntheticFirmsHit: number;
  firmsFailed: number;
  outputAtRisk: number | null;
  hits: {
    organization: string;
    name: string;
    province: string | null;
    synthetic: boolean;
    loss: number;
    failed: boolean;
  }[];
  noBackupBase: { product: string; survivingSuppliers: number; provinces: string[] }[];
  options: { failAt: number };
  assumptions: string[];
}

export interface NodeShift {
  node: string;
  nameZh: string;
  nameEn: string;
  stage: string;
  critical: boolean;
  before: { status: 'strong' | 'present' | 'weak' | 'missing'; firms: number };
  after: { status: 'strong' | 'present' | 'weak' | 'missing'; firms: number };
}

export interface ChainDisruptionReport extends DisruptionReport {
  chain: { template: string; cluster: string; node: string | null; nodes: NodeShift[] };
}

export interface ExplorerAnswer {
  scope: string;
  types: string[];
  nodes: {
    id: string;
    name: string;
    kind: string;
    member: boolean;
    synthetic: boolean;
    degree: number;
    pagerank: number;
    community: number;
  }[];
  edges: [number, number, number][];
  communities: number;
  modularity: number;
  nodesOmitted: number;
}

export const networkApi = {
  explorer: (types: string[]) =>
    get<ExplorerAnswer>(`/api/networks/explorer?types=${encodeURIComponent(types.join(','))}`),
  disruptNode: (cluster: string, chain: string, node: string, bufferDays: number) =>
    get<ChainDisruptionReport>(
      `/api/resilience?${new URLSearchParams({ cluster, chain, node, bufferDays: String(bufferDays) })}`,
    ),
  disrupt: (remove: string, bufferDays: number) =>
    get<DisruptionReport>(
      `/api/resilience?remove=${encodeURIComponent(remove)}&bufferDays=${bufferDays}`,
    ),
  all: () => get<NetworkSummary[]>('/api/networks'),
  cluster: (id: string) => get<NetworkAnswer>(`/api/clusters/${encodeURIComponent(id)}/network`),
};
