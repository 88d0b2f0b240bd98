import { get, query } from '../http.ts';

/** An input-output sector of China's national tables (NBS). */
export interface IoSector {
  code: string;
  nameZh: string;
  nameEn: string;
}

export type IoEdgeStatus = 'supported' | 'weak' | 'none' | 'unmapped';

/** What the national input-output table says about one edge of a chain template. */
export interface IoEdgeEvidence {
  from: string;
  to: string;
  status: IoEdgeStatus;
  review: boolean;
  year: number;
  table: string;
  supplier: IoSector | null;
  buyer: IoSector | null;
  /** Direct input coefficient a_ij (yuan of the supplier's products per yuan of the buyer's output). */
  coefficient: number | null;
  /** 万元. */
  flow: number | null;
  sameSector: boolean;
  unmappedNodes: string[];
  reason: string;
}

export interface ChainIoEvidence {
  chain: string;
  version: string;
  table: { id: string; year: number; sectors: number; unit: string; source: string };
  minCoefficient: number;
  edges: IoEdgeEvidence[];
  summary: Record<IoEdgeStatus, number>;
}

export const ioApi = {
  chainEvidence: (chain: string, year?: number) =>
    get<ChainIoEvidence>(
      `/api/chains/${encodeURIComponent(chain)}/io-evidence${year ? `?${query({ year })}` : ''}`,
    ),
};
