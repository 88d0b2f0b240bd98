import { get, send } from '../http.ts';

export interface DataQuality {
  organizations: number;
  newestMeasureYear: number | null;
  flags: { flag: string; count: number; examples: { id: string; name: string }[] }[];
  danglingLinks: number;
  duplicates: {
    reason: 'same_uscc' | 'same_name' | 'same_name_but_legal_form';
    key: string;
    organizations: { id: string; name: string; region: string | null; synthetic: boolean }[];
    reviewed?: { decision: 'distinct'; by: string | null; at: string; note: string | null };
  }[];
  reviewedHidden: number;
  rules: Record<string, string>;
}

export const dataQualityApi = {
  get: (reviewed: 'exclude' | 'include' = 'exclude') =>
    get<DataQuality>(`/api/data-quality?reviewed=${reviewed}`),
  /** Records a group as different organisations (analysts). */
  distinct: (organizations: string[], note?: string) =>
    send<unknown>('POST', '/api/data-quality/distinct', { organizations, note }),
  /** Takes that decision back. */
  undoDistinct: (organizations: string[]) =>
    send<unknown>(
      'DELETE',
      `/api/data-quality/distinct?${organizations.map((o) => `organizations=${encodeURIComponent(o)}`).join('&')}`,
    ),
  /** Merges `from` into `into` (analysts): `from` is deleted. */
  merge: (into: string, from: string) =>
    send<unknown>('POST', `/api/organizations/${encodeURIComponent(into)}/merge`, { from }),
};
