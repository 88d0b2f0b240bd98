import type { Lang } from './common.ts';

/**
 * The colon after a label: full-width "：" in Chinese text, ": " in English
 * (GB/T 15834-2011, "Use of punctuation marks"). "行业代码：3130", "Codes: 3130".
 */
export function colon(lang: Lang): string {
  return lang === 'en' ? ': ' : '：';
}
