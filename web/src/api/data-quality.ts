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
  }[];
  rules: Record<string, string>;
}

export const dataQualityApi = {
  get: () => get<DataQuality>('/api/data-quality'),
  /** Merges `from` into `into` (analysts): `from` is deleted. */
  merge: (into: string, from: string) =>
    send<unknown>('POST', `/api/organizations/${encodeURIComponent(into)}/merge`, { from }),
};
