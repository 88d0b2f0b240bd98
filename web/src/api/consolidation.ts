import { get, query } from '../http.ts';
import type { Consolidation } from '../../../src/contract/consolidation.ts';

export type {
  Consolidation,
  ConcentrationFigures,
  FirmRef,
  Reading,
} from '../../../src/contract/consolidation.ts';

export const consolidationApi = {
  /** `merge`: each merger as the ids of its firms. */
  cluster: (id: string, merge: string[][] = []) =>
    get<Consolidation>(
      `/api/clusters/${encodeURIComponent(id)}/consolidation?${query({
        merge: merge.map((m) => m.join(',')).join(';'),
      })}`,
    ),
};
