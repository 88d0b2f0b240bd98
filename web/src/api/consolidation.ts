import { get, query } from '../http.ts';
import type { SyntheticMark } from './synthetic.ts';

/** A firm as the consolidation answer names it. */
export interface FirmRef {
  organization: string;
  name: string;
  nameEn: string | null;
  synthetic: boolean;
}

/** Concentration figures; null where the disclosure rule withholds them or they are undefined. */
export interface ConcentrationFigures {
  firms: number;
  total: number | null;
  /** Points (shares in percent squared, 0..10,000). */
  hhi: number | null;
  numbersEquivalent: number | null;
  /** Percent (0..100). */
  cr4: number | null;
  cr8: number | null;
  firmsForHalf: number | null;
  median: number | null;
}

export interface Reading {
  us2023: 'presumed-harmful' | 'no-presumption';
  eu2004: 'concerns-unlikely' | 'further-analysis';
  euShareIndication: boolean;
}

export interface Consolidation {
  measure: 'output' | 'revenue' | 'employees';
  unit: string;
  year: number | null;
  firms: (FirmRef & { size: number | null; share: number | null })[];
  notReporting: FirmRef[];
  before: ConcentrationFigures;
  after: ConcentrationFigures | null;
  deltaHhi: number | null;
  reading: Reading | null;
  mergers: {
    members: FirmRef[];
    size: number | null;
    share: number | null;
    deltaHhi: number | null;
    postHhi: number | null;
    reading: Reading;
  }[];
  leader: FirmRef | null;
  partners: (FirmRef & {
    added: string[];
    shared: string[];
    distanceKm: number | null;
    sharedCustomers: number;
    overlapSize: number | null;
    score: number;
  })[];
  disclosure: { applied: boolean };
  synthetic: SyntheticMark;
  source: string;
}

export const consolidationApi = {
  /** `merge`: each merger as the ids of its firms. */
  cluster: (id: string, merge: string[][] = []) =>
    get<Consolidation>(
      `/api/clusters/${encodeURIComponent(id)}/consolidation?${query({
        merge: merge.map((m) => m.join(',')).join(';'),
      })}`,
    ),
};
