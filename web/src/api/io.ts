import type {
  ChainIoEvidence,
  IoEdgeEvidence,
  IoSector,
} from '../../../src/contract/io-evidence.ts';
import { get, query } from '../http.ts';

export type { ChainIoEvidence, IoEdgeEvidence, IoSector };
export type IoEdgeStatus = IoEdgeEvidence['status'];

export const ioApi = {
  chainEvidence: (chain: string, year?: number) =>
    get<ChainIoEvidence>(
      `/api/chains/${encodeURIComponent(chain)}/io-evidence${year ? `?${query({ year })}` : ''}`,
    ),
};
