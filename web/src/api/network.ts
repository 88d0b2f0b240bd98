import { get } from '../http.ts';

export interface GatheringCheck {
  figure: string;
  value: number | null;
  threshold: number;
  passed: boolean;
  label: { zh: string; en: string };
}

export interface NetworkAnswer {
  cluster: string;
  status: 'judged' | 'no_members';
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
    verdict: 'networked' | 'gathered_not_networked';
    verdictLabel: { zh: string; en: string };
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
  }[];
  edges: {
    source: string;
    target: string;
    type: string;
    product: string | null;
    value: number | null;
  }[];
  nodesOmitted: number;
}

export interface NetworkSummary {
  cluster: string;
  name: string;
  status: 'judged' | 'no_members';
  verdict: 'networked' | 'gathered_not_networked';
  members: number;
  linkedFirmShare: number | null;
  largestComponentShare: number | null;
  firmsWithResearchPartnerShare: number | null;
}

export const networkApi = {
  all: () => get<NetworkSummary[]>('/api/networks'),
  cluster: (id: string) => get<NetworkAnswer>(`/api/clusters/${encodeURIComponent(id)}/network`),
};
