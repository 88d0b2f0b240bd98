import { useCallback, useMemo } from 'react';
import { get } from './http.ts';
import { useLang } from './lang.tsx';
import { useLoad } from './useLoad.ts';

let divisions: Promise<Map<string, string>> | null = null;

/** The 97 divisions' English titles by code, asked once per page load. */
function divisionTitles(): Promise<Map<string, string>> {
  divisions ??= get<{ code: string; nameEn: string | null }[]>('/api/industries?level=2')
    .then((rows) => new Map(rows.filter((r) => r.nameEn).map((r) => [r.code, r.nameEn!])))
    .catch((e: unknown) => {
      divisions = null;
      throw e;
    });
  return divisions;
}

/**
 * An industry's name in the reader's language. GB/T 4754-2017 has English
 * titles in the atlas for its sections and divisions only (NBS's English
 * version, data/SOURCES.md); the atlas holds no source for the English
 * titles of groups (3 digits) and classes (4 digits). For those, in English,
 * the division's English title with the code's level and number
 * ("Special Purpose Machinery, class 3443"), and the hover says so — never
 * a title of our own making presented as NBS's.
 */
export function useIndustryName(): {
  name: (code: string, zh: string | null | undefined, en: string | null | undefined) => string;
  /** Why an English name is the division's: for a title attribute, or undefined. */
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
    (code: string, en: string | null | undefined) =>
      lang === 'en' && !en && /^\d{3,4}$/.test(code)
        ? 'No English title of this GB/T 4754-2017 group or class in the atlas: its division’s NBS title is shown, with the code.'
        : undefined,
    [lang],
  );
  return useMemo(() => ({ name, note }), [name, note]);
}
