/**
 * One text rule and one set of limits for every way text enters the atlas:
 * an imported file (every cell), a PATCH of an organisation, any API body
 * or query. Text that breaks the rule is refused, never silently altered:
 *
 * - NUL and other C0/C1 control characters (tab, line feed and carriage
 *   return are allowed), which end strings early in C code, logs and PDFs;
 * - bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 *   U+2066-U+2069) and the marks U+200E/U+200F/U+061C: "Trojan Source" —
 *   a name that displays as another;
 * - lone surrogates (a UTF-16 half without its pair), which no encoding
 *   can store.
 *
 * Garbled text — the trace of a file read in the wrong encoding — is a
 * separate, weaker test (garbledReason): refused on import unless the
 * importer says it is right as written.
 */

export const TEXT_LIMITS = {
  /** An organisation's, cluster's or other record's name (as PATCH has always allowed). */
  name: 300,
  /** Any other text: an address, a description, a cell. */
  text: 2000,
} as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` may not be stored as text, or undefined when it may. */
export function textProblem(s: string, max: number = TEXT_LIMITS.text): string | undefined {
  if (s.includes('\u0000')) return 'holds a NUL character';
  const control = CONTROL.exec(s);
  if (control) return `holds the control character U+${hex(control[0])}`;
  const bidi = BIDI.exec(s);
  if (bidi)
    return `holds the direction control U+${hex(bidi[0])}, which makes text display as other text`;
  if (LONE_SURROGATE.test(s)) return 'holds a broken character (a lone UTF-16 surrogate)';
  if (s.length > max) return `is ${s.length} characters long; at most ${max}`;
  return undefined;
}

const CJK = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const GARBLED: readonly [RegExp, string][] = [
  [/\uFFFD/u, 'holds U+FFFD, the mark of bytes that could not be decoded'],
  [/[\uE000-\uF8FF]/u, 'holds a private-use character (bytes decoded in the wrong encoding)'],
  [
    // UTF-8 read as Latin-1 or Windows-1252: 深圳 → æ·±åœ³.
    /[\u00C2-\u00C3\u00E2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/u,
    'reads like UTF-8 decoded as Latin-1 (e.g. æ·±åœ³ for 深圳)',
  ],
  [
    new RegExp(`[${CJK}][?？][${CJK}]`, 'u'),
    'has a "?" between Chinese characters, where an encoder put a character it could not write',
  ],
  [
    // Big5 read as GBK: common characters come out as kana, Greek, Cyrillic or box drawing among hanzi.
    new RegExp(
      `[${CJK}][\\u0370-\\u03FF\\u0400-\\u04FF\\u2500-\\u257F]|[\\u0370-\\u03FF\\u0400-\\u04FF\\u2500-\\u257F][${CJK}]`,
      'u',
    ),
    'mixes Chinese characters with Greek, Cyrillic or box drawing, as Big5 read as GBK does',
  ],
  [/锟斤拷|烫烫烫|屯屯屯/u, 'holds 锟斤拷-style garbage (U+FFFD encoded and decoded again)'],
];

/**
 * Why `s` looks like text decoded in the wrong encoding, or undefined. Kana
 * next to hanzi is fine (Japanese names); Greek, Cyrillic or box drawing
 * next to hanzi is not.
 */
export function garbledReason(s: string): string | undefined {
  for (const [re, why] of GARBLED) if (re.test(s)) return why;
  return undefined;
}

function hex(ch: string): string {
  return (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
}
