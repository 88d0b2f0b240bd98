import { useMemo } from 'react';
import { chainText } from '../../i18n/chain.ts';
import { lookup } from '../../i18n/dictionary.ts';
import { evidenceText, type EvidenceKey } from '../../i18n/evidence.ts';
import { formatQuantity, type Unit } from '../../format.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** What the evidence sayers need of the reader's language. */
export interface EvidenceSpeaker {
  say: (key: EvidenceKey, vars?: Record<string, string | number>) => string;
  name: (zh: string, en: string) => string;
  count: (n: number) => string;
  percent: (share: number) => string;
  /** A four-bases category (key_materials …) by its name. */
  bases: (b: string) => string;
  /** A tier (chain_leader …) by its name. */
  tier: (t: string) => string;
  list: (items: string[]) => string;
  /** A figure with its unit, or — (web/src/format.ts). */
  quantity: (v: number | null | undefined, unit: Unit) => string;
}

/** A speaker in `lang` (pure: tests call it without React). */
export function evidenceSpeaker(lang: Lang): EvidenceSpeaker {
  return {
    say: (key, vars) => lookup(evidenceText, lang, key, vars),
    name: (zh, en) => (lang === 'en' && en ? en : zh),
    count: (n) => formatNumber(lang, n),
    percent: (share) => formatPercent(lang, share),
    bases: (b) => lookup(chainText, lang, `bases.${b}` as 'bases.key_materials'),
    tier: (t) => lookup(evidenceText, lang, `tier.${t}` as 'tier.chain_leader'),
    list: (items) => items.join(lang === 'en' ? ', ' : '、'),
    quantity: (v, unit) => formatQuantity(lang, v, unit),
  };
}

/** The speaker of the current language. */
export function useEvidenceSpeaker(): EvidenceSpeaker {
  const { lang } = useLang();
  return useMemo(() => evidenceSpeaker(lang), [lang]);
}
