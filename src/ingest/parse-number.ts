import { toHalfWidth } from './text.ts';

/** Cells that mean "no value" in Chinese statistical tables. */
const EMPTY = new Set(['', '-', '--', '—', '——', '/', 'n/a', 'na', 'null', 'none', '无']);

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

/**
 * A number from a cell: numbers pass; text may use full-width digits, a
 * thousands separator (1,234,567), spaces, a leading + or −, a decimal point
 * and an exponent. Placeholders (-, —, /, N/A, 无) mean empty. Anything else
 * (units, words, 12万) is rejected, never guessed.
 */
export function parseNumber(cell: string | number | null | undefined): ParsedNumber {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { ok: true, value: cell }
      : { ok: false, reason: 'not a finite number' };
  }
  const s = toHalfWidth(cell).replace(/[\u2212\uff0d]/g, '-');
  if (EMPTY.has(s.toLowerCase())) return { ok: true, value: null };
  const compact = s.replace(/\s+/g, '');
  const noSep = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)
    ? compact.replace(/,/g, '')
    : compact;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(noSep)) {
    return { ok: false, reason: `"${cell}" is not a number` };
  }
  const value = Number(noSep);
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, reason: `"${cell}" is out of range` };
}

/** A year 1900-2100 from a cell (2023, "2023", "2023年", "2023.0"); null when empty. */
export function parseYear(cell: string | number | null | undefined): ParsedNumber {
  if (typeof cell === 'string') {
    const m = /^\s*(\d{4})\s*年?(度)?\s*$/.exec(toHalfWidth(cell));
    if (m) cell = Number(m[1]);
  }
  const n = parseNumber(cell);
  if (!n.ok) return { ok: false, reason: `"${cell}" is not a year between 1900 and 2100` };
  if (n.value === null) return n;
  if (!Number.isInteger(n.value) || n.value < 1900 || n.value > 2100) {
    return { ok: false, reason: `"${cell}" is not a year between 1900 and 2100` };
  }
  return n;
}
