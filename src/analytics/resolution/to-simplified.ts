import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → simplified Chinese, character and phrase level.
 *
 * Method    OpenCC's dictionaries (traditional variants → mainland
 *           simplified forms, phrase table first, then characters), through
 *           the opencc-js package (MIT / Apache-2.0). 臺灣積體電路製造 →
 *           台湾积体电路制造.
 * Conventions Text without traditional characters comes back unchanged; Latin,
 *           digits and punctuation are not touched. The converter is built
 *           once, on first use (~40 ms), then costs ~25 µs a short name.
 * References Open Chinese Convert (OpenCC) project, BYVoid, dictionaries
 *           TSCharacters and TSPhrases.
 */

let convert: ((s: string) => string) | undefined;

/** Quick test: does the text hold any character outside ASCII at all? */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

export function toSimplified(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const c = (convert ??= Converter({ from: 't', to: 'cn' }));
  return c(text);
}
