import type { FigureSourceView } from '../../../../src/contract/figure-source.ts';

type FigureKey =
  | 'figure.source'
  | 'figure.row'
  | 'figure.year'
  | 'figure.loaded'
  | 'figure.by'
  | 'figure.unverified'
  | 'figure.synthetic';
type Say = (key: FigureKey, vars?: Record<string, string | number>) => string;

/**
 * Where one yearly figure comes from, in the reader's words: the source, the
 * file and row that gave it, the year the figure describes, the day it was
 * loaded, who imported it, and whether it is unverified or synthetic, then
 * the provenance's note as written. Ids (the import's) stay off the screen.
 */
export function figureSourceText(s: FigureSourceView, say: Say): string {
  const row = s.file && s.row !== undefined ? say('figure.row', { file: s.file, row: s.row }) : '';
  // A file that is its own source is named once, with its row.
  const same = row !== '' && s.file === s.source;
  const parts = [say('figure.source', { source: same ? row : (s.source ?? '—') })];
  if (row !== '' && !same) parts.push(row);
  if (s.year !== undefined) parts.push(say('figure.year', { year: s.year }));
  if (s.loadedAt) parts.push(say('figure.loaded', { date: s.loadedAt }));
  if (s.by) parts.push(say('figure.by', { by: s.by }));
  if (s.synthetic) parts.push(say('figure.synthetic'));
  else if (s.verified === false) parts.push(say('figure.unverified'));
  if (s.note) parts.push(s.note);
  return parts.join(' · ');
}

/** The distinct sources of a year's figures, by file where one is named, in the order first met. */
export function yearSources(sources: Partial<Record<string, FigureSourceView>>): string[] {
  const names = Object.values(sources).map((s) => s?.file ?? s?.source ?? '');
  return [...new Set(names.filter((n) => n !== ''))];
}
