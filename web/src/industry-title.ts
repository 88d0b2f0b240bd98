import { useCallback } from 'react';
import type { IndustryView } from '../../src/contract/industries.ts';
import { get } from './http.ts';
import { useIndustryName } from './industry-name.ts';
import { useLoad } from './use-load.ts';

let all: Promise<Map<string, IndustryView>> | null = null;

/** Every division, group and class title, asked once per page load (about 2,000 rows). */
export function industryTitles(): Promise<Map<string, IndustryView>> {
  all ??= Promise.all([2, 3, 4].map((l) => get<IndustryView[]>(`/api/industries?level=${l}`)))
    .then((lists) => new Map(lists.flat().map((i) => [i.code, i])))
    .catch((e: unknown) => {
      all = null;
      throw e;
    });
  return all;
}

/**
 * GB/T 4754 titles for text: `title(code)` is "3130 钢压延加工" / "3130 Steel
 * Rolling and Processing" (the bare code only while the titles load), for a
 * sentence that names an industry; `active` false asks nothing.
 */
export function useIndustryTitle(active = true): {
  titles: Map<string, IndustryView> | null;
  title: (code: string) => string;
} {
  const inm = useIndustryName();
  const loaded = useLoad(active ? 'industry-titles' : 'industry-titles-none', () =>
    active ? industryTitles() : Promise.resolve(new Map<string, IndustryView>()),
  );
  const titles = loaded.data;
  const title = useCallback(
    (code: string) => {
      const t = titles?.get(code);
      return t ? `${code} ${inm.name(code, t.nameZh, t.nameEn)}` : code;
    },
    [titles, inm],
  );
  return { titles, title };
}
