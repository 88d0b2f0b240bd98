import { citeInline, citeSource } from './citation.ts';
import { formatPercent, type Lang } from './i18n/common.ts';
import type { Provenance } from './types.ts';

type Labels = {
  t: (
    key:
      | 'source'
      | 'year'
      | 'loadedAt'
      | 'method'
      | 'confidence'
      | 'note'
      | 'synthetic'
      | 'unverified',
  ) => string;
  code: (group: string, code: string | null | undefined) => string;
  lang: Lang;
};

/**
 * Provenance as one tooltip text (shown on hover through the title attribute):
 * the source cited as a reader cites it (web/src/citation.ts), never a key.
 */
export function provenanceText(p: Provenance | undefined, l: Labels): string {
  if (!p) return '';
  const sep = l.lang === 'en' ? ': ' : '：';
  const lines = [`${l.t('source')}${sep}${citeSource(l.lang, p.source)}`];
  if (p.year) lines.push(`${l.t('year')}${sep}${p.year}`);
  // The year the data describe, then when they were loaded (different for a 2022 yearbook loaded in 2026).
  if (p.loadedAt) lines.push(`${l.t('loadedAt')}${sep}${p.loadedAt}`);
  if (p.method) lines.push(`${l.t('method')}${sep}${l.code('method', p.method)}`);
  if (p.confidence !== undefined && p.confidence < 1) {
    lines.push(`${l.t('confidence')}${sep}${formatPercent(l.lang, p.confidence)}`);
  }
  if (p.synthetic) lines.push(l.t('synthetic'));
  if (p.verified === false) lines.push(l.t('unverified'));
  if (p.note) lines.push(`${l.t('note')}${sep}${citeInline(l.lang, p.note)}`);
  return lines.join('\n');
}

/**
 * Provenance as one line after a "来源" / "Source" label: the citation, then
 * year, method, confidence and note, each said once.
 */
export function provenanceLine(p: Provenance | undefined, l: Labels): string {
  return provenanceText(p, l)
    .split('\n')
    .map((line, i) => (i === 0 ? citeSource(l.lang, p?.source) : line))
    .join(' · ');
}
