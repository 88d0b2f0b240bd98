import { writeFileSync } from 'node:fs';
import { csvCell } from '../core/text/csv-cell.ts';

export type Format = 'table' | 'json' | 'csv';

/** Table on a terminal, CSV when piped, unless --format says otherwise. */
export function resolveFormat(format: string | undefined, stream = process.stdout): Format {
  if (format === 'table' || format === 'json' || format === 'csv') return format;
  return stream.isTTY ? 'table' : 'csv';
}

/** Lists joined by ';', objects as JSON, then one guarded CSV cell. */
function cliCell(v: unknown): string {
  if (Array.isArray(v)) return csvCell(v.join(';'));
  return csvCell(v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
}

export function toCsv(rows: Record<string, unknown>[], columns = columnsOf(rows)): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cliCell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

function columnsOf(rows: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

export function toTable(rows: Record<string, unknown>[], columns = columnsOf(rows)): string {
  const cells = rows.map((r) => columns.map((c) => cliCell(r[c]).replace(/^"|"$/g, '')));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i] - width(s));
  const out = [columns.map(pad).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(row.map(pad).join('  '));
  return out.join('\n') + '\n';
}

export function render(
  rows: Record<string, unknown>[],
  format: Format,
  columns?: string[],
): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') return toCsv(rows, columns);
  return toTable(rows, columns);
}

/** Writes rows to --out FILE or stdout. */
export function emit(
  rows: Record<string, unknown>[],
  opts: { format?: string; out?: string },
  columns?: string[],
): void {
  const format = opts.out && !opts.format ? 'csv' : resolveFormat(opts.format);
  const text = render(rows, format, columns);
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
}

/** Messages (progress, warnings, summaries) go to stderr, never stdout. */
export function say(message: string): void {
  process.stderr.write(message + '\n');
}
