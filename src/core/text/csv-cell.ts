/** A sign and digits (`-3.5`, `+86`, `1e-3`): not a formula, left as written. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break, quotes doubled. Numbers are written unrounded (JavaScript's
 * shortest round-trip form), null and undefined as an empty cell.
 *
 * Text that a spreadsheet would run as a formula — starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return — gets a leading apostrophe, as
 * OWASP's "CSV injection" advice says: an organisation named
 * `=HYPERLINK(…)` by a hostile import opens in Excel as that text, not as a
 * link. Numbers, text that is a plain number, and a lone `-` (a blank in
 * many Chinese tables) are left alone.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]./s.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
