import type { Provenance } from './types.ts';

type Labels = {
  t: (
    key: 'source' | 'year' | 'method' | 'confidence' | 'note' | 'synthetic' | 'unverified',
  ) => string;
  code: (group: string, code: string | null | undefined) => string;
};

/** Provenance as one tooltip text (shown on hover through the title attribute). */
export function provenanceText(p: Provenance | undefined, l: Labels): string {
  if (!p) return '';
  const lines = [`${l.t('source')}: ${p.source ?? '?'}`];
  if (p.year) lines.push(`${l.t('year')}: ${p.year}`);
  if (p.method) lines.push(`${l.t('method')}: ${l.code('method', p.method)}`);
  if (p.confidence !== undefined && p.confidence < 1) {
    lines.push(`${l.t('confidence')}: ${p.confidence}`);
  }
  if (p.synthetic) lines.push(l.t('synthetic'));
  if (p.verified === false) lines.push(l.t('unverified'));
  if (p.note) lines.push(`${l.t('note')}: ${p.note}`);
  return lines.join('\n');
}
