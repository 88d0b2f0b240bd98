/**
 * Text normalisation shared by header matching, name de-duplication and
 * value parsing. Chinese files mix full-width (ＡＢＣ１２３，（）) and
 * half-width forms; NFKC folds the former into the latter.
 */

/** Full-width → half-width (NFKC), ideographic space → space, trimmed. */
export function toHalfWidth(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\u3000/g, ' ')
    .trim();
}

/** A header key: half-width, lower case, no spaces, underscores, hyphens or dots. */
export function headerKey(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_\-.·:：/\\()（）[\]【】"'“”‘’]+/g, '');
}

/**
 * A name key for de-duplication: half-width, lower case, no whitespace, every
 * bracket variant folded into ASCII parentheses. Legal suffixes are kept:
 * 有限公司 and 股份有限公司 are different legal entities.
 */
export function nameKey(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[（【〔［[{｛〈《]/g, '(')
    .replace(/[）】〕］\]}｝〉》]/g, ')');
}

/** A cell as trimmed text; null/undefined/blank → ''. */
export function cellText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v.trim();
}

/** Splits a list cell on ; ； , ， 、 | and line breaks (not spaces). */
export function splitList(s: string): string[] {
  return s
    .split(/[;；,，、|\n\r]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
