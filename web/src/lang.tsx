import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  codeName,
  initialLang,
  STORAGE_KEY,
  translate,
  type Key,
  type Lang,
} from './i18n/common.ts';

interface LangContext {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  code: (group: string, code: string | null | undefined) => string;
  /** The name of a record in the current language: en falls back to zh. */
  name: (zh: string, en: string | null | undefined) => string;
  /** Joins names with the language's list separator (、 in zh, a comma in en). */
  join: (items: string[]) => string;
}

const Ctx = createContext<LangContext | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${translate(lang, 'appTitle')} · ${lang === 'en' ? '产业集群图谱' : 'Cluster Atlas'}`;
  }, [lang]);
  const value = useMemo<LangContext>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      code: (group, c) => codeName(lang, group, c),
      name: (zh, en) => (lang === 'en' && en ? en : zh),
      join: (items) => items.join(lang === 'en' ? ', ' : '、'),
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}
