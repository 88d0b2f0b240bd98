import type { DataQuality, DistinctDecision } from '../../../src/contract/data-quality.ts';
import { get, send } from '../http.ts';

export type { DataQuality, DistinctDecision };

export const dataQualityApi = {
  get: (reviewed: 'exclude' | 'include' = 'exclude') =>
    get<DataQuality>(`/api/data-quality?reviewed=${reviewed}`),
  /** Records a group as different organisations (analysts). */
  distinct: (organizations: string[], note?: string) =>
    send<DistinctDecision>('POST', '/api/data-quality/distinct', { organizations, note }),
  /** Takes that decision back. */
  undoDistinct: (organizations: string[]) =>
    send<DistinctDecision>(
      'DELETE',
      `/api/data-quality/distinct?${organizations.map((o) => `organizations=${encodeURIComponent(o)}`).join('&')}`,
    ),
  /** Merges `from` into `into` (analysts): `from` is deleted. */
  merge: (into: string, from: string) =>
    send<unknown>('POST', `/api/organizations/${encodeURIComponent(into)}/merge`, { from }),
};
