import { useCallback } from 'react';
import type { Lang } from './common.ts';
import { useLang } from '../lang.tsx';
import { fill } from './fill.ts';

export { fill };

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
