import { lookup } from './i18n/dictionary.ts';
import { withheldText } from './i18n/withheld.ts';
import type { Lang } from './i18n/common.ts';

/*
 * Figures the server withheld under the disclosure rule
 * (src/core/access/disclosure.ts) answer null; these say so in strings
 * (chart labels, tooltips, exports) and draw them (heat maps). Pages show
 * them with <Withheld /> (components/Withheld.tsx).
 */

/** "保密" / "withheld" in a string (chart labels and tooltips), with the reason after it. */
export function withheldLabel(lang: Lang, withReason = false): string {
  const w = lookup(withheldText, lang, 'withheld');
  return withReason ? `${w}: ${lookup(withheldText, lang, 'reason')}` : w;
}

/** True where the server withheld a figure. */
export const isWithheld = (v: unknown): v is null | undefined => v === null || v === undefined;

/**
 * A heat map's withheld cells: drawn with this value, which no metric takes
 * (LQ, shares and indices are ≥ 0), so the visual map's piece for it
 * (`withheldPiece`) colours them a grey no other band uses, and its legend
 * names them. Tooltips and tables read the null, never this value.
 */
export const WITHHELD_VALUE = -1;

/** The visual-map piece of withheld cells: grey, labelled "保密 (n)"; first, so it wins. */
export function withheldPiece(lang: Lang, n: number) {
  return {
    value: WITHHELD_VALUE,
    color: '#8c959f',
    label: `${withheldLabel(lang)} (${n})`,
  };
}
