import type {
  CapacityAllocationAnswer,
  CapacityAllocationRequest,
} from '../../../src/contract/capacity.ts';
import { send } from '../http.ts';

export type { CapacityAllocationAnswer, CapacityAllocationRequest };

export const capacityApi = {
  allocate: (body: CapacityAllocationRequest) =>
    send<CapacityAllocationAnswer>('POST', '/api/capacity/allocate', body),
};
