import type { OverCapacityAnswer } from '../../../src/contract/over-capacity.ts';
import { get, query } from '../http.ts';

export type { OverCapacityAnswer };

export const overCapacityApi = {
  signals: (p: { level?: string; industries?: string } = {}) =>
    get<OverCapacityAnswer>(`/api/over-capacity?${query(p)}`),
};
