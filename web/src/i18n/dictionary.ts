import { useCallback } from 'react';
import type { Lang } from './common.ts';
import { useLang } from '../lang.tsx';

/**
 * A page's own labels, zh-CN and en side by side, so each page keeps its words
 * in its own file (web/src/i18n/<page>.ts) and the shared web/src/i18n/common.ts stays
 * small. A key missing in one language is a type error.
 *
 *   export const chainsText = defineDictionary({ zh: { title: '产业链' }, en: { title: 'Chains' } });
 *   const tt = useDictionary(chainsText); tt('title');
 */
export interface Dictionary<K extends string> {
  'zh-CN': Record<K, string>;
  en: Record<K, string>;
}

export function defineDictionary<Z extends Record<string, string>>(d: {
  zh: Z;
  en: Record<keyof Z, string>;
}): Dictionary<Extract<keyof Z, string>> {
  return { 'zh-CN': d.zh, en: d.en } as Dictionary<Extract<keyof Z, string>>;
}

/**
 * Puts the values into a text: {n} is the value; {n|firm|firms} the value
 * with the word that agrees with it ("1 firm", "3 firms"; a value is one
 * when it reads 1, formatted or not).
 */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (_, k: string, one?: string, many?: string) => {
      const v = vars[k];
      if (v === undefined) return `{${k}}`;
      if (one === undefined) return String(v);
      return `${String(v)} ${String(v).replace(/,/g, '').trim() === '1' ? one : many}`;
    },
  );
}

export function lookup<K extends string>(
  d: Dictionary<K>,
  lang: Lang,
  key: K,
  vars?: Record<string, string | number>,
): string {
  // A code the dictionary does not know yet shows as itself rather than breaking the page.
  return fill(d[lang][key] ?? key, vars);
}

/** The page's translate function in the current language. */
export function useDictionary<K extends string>(
  d: Dictionary<K>,
): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => lookup(d, lang, key, vars),
    [d, lang],
  );
}
