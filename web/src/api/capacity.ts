import type {
  CapacityAllocationAnswer,
  CapacityAllocationRequest,
} from '../../../src/contract/capacity.ts';
import type {
  CapacityRun,
  CapacityRunHead,
  CapacityRunInput,
  CapacityRunList,
} from '../../../src/contract/capacity-runs.ts';
import { get, send } from '../http.ts';

export type { CapacityAllocationAnswer, CapacityAllocationRequest };
export type { CapacityRun, CapacityRunHead, CapacityRunInput };

export const capacityApi = {
  allocate: (body: CapacityAllocationRequest) =>
    send<CapacityAllocationAnswer>('POST', '/api/capacity/allocate', body),
  /** The operator saves a run; member firms then read their own lines. */
  saveRun: (body: CapacityRunInput) => send<CapacityRun>('POST', '/api/capacity/runs', body),
  runs: () => get<CapacityRunList>('/api/capacity/runs'),
  run: (id: string) => get<CapacityRun>(`/api/capacity/runs/${encodeURIComponent(id)}`),
};
