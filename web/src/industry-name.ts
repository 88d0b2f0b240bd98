import { useCallback, useMemo } from 'react';
import type { IndustryList } from '../../src/contract/industries.ts';
import { get } from './http.ts';
import { useLang } from './lang.tsx';
import { useLoad } from './use-load.ts';

let divisions: Promise<Map<string, string>> | null = null;

/** The 97 divisions' English titles by code, asked once per page load. */
function divisionTitles(): Promise<Map<string, string>> {
  divisions ??= get<IndustryList>('/api/industries?level=2')
    .then((rows) => new Map(rows.filter((r) => r.nameEn).map((r) => [r.code, r.nameEn!])))
    .catch((e: unknown) => {
      divisions = null;
      throw e;
    });
  return divisions;
}

/**
 * An industry's name in the reader's language. GB/T 4754-2017's sections and
 * divisions carry NBS's English titles; its groups (3 digits) and classes
 * (4 digits) carry the project's own translation of the official Chinese
 * titles (data/SOURCES.md), and the hover says so. Should an answer lack an
 * English title (an atlas built before they were bundled), the division's NBS
 * title with the code's level and number stands in, and the hover says that.
 */
export function useIndustryName(): {
  name: (code: string, zh: string | null | undefined, en: string | null | undefined) => string;
  /** Who wrote a group's or class's English title (or why the division's stands in): for a title attribute. */
  note: (code: string, en: string | null | undefined) => string | undefined;
} {
  const { lang } = useLang();
  const titles = useLoad(lang === 'en' ? 'industry-divisions' : 'industry-divisions-off', () =>
    lang === 'en' ? divisionTitles() : Promise.resolve(null),
  );
  const map = titles.data;
  const name = useCallback(
    (code: string, zh: string | null | undefined, en: string | null | undefined) => {
      if (lang !== 'en') return zh ?? code;
      if (en) return en;
      const division = /^\d{3,4}$/.test(code) ? map?.get(code.slice(0, 2)) : undefined;
      if (!division) return zh ?? code;
      return `${division}, ${code.length === 3 ? 'group' : 'class'} ${code}`;
    },
    [lang, map],
  );
  const note = useCallback(
    (code: string, en: string | null | undefined) => {
      if (lang !== 'en' || !/^\d{3,4}$/.test(code)) return undefined;
      return en
        ? 'English title: Cluster Atlas’s translation of the official Chinese title of GB/T 4754-2017 (not an NBS text).'
        : 'No English title of this GB/T 4754-2017 group or class in the atlas: its division’s NBS title is shown, with the code.';
    },
    [lang],
  );
  return useMemo(() => ({ name, note }), [name, note]);
}
