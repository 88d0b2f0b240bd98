/**
 * A citation written as data in the conventions of a Western reference list
 * ("干勇, 谢曼. 《…》. 中国工程科学, 2022 (DOI …)", "…, summarising …"),
 * said the Chinese way for a zh page: names joined by 、, fields by ，,
 * parentheses touching Chinese full-width （）, "summarising" as 摘编自, as
 * GB/T 15834-2011 "Use of punctuation marks" has it. Titles, names, dates,
 * DOIs and domain names are kept as written; only the punctuation and the
 * linking words change, so the citation still matches its source.
 */
const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
const NAME = `${CJK}{2,4}`;

export function zhCitation(text: string): string {
  return (
    text
      // A leading list of authors, closed by a full stop: "干勇, 谢曼, 王慧." → "干勇、谢曼、王慧，"
      .replace(
        new RegExp(`^${NAME}(?:, ${NAME})+\\.\\s*`),
        (names) =>
          `${names
            .replace(/\.\s*$/, '')
            .split(', ')
            .join('、')}，`,
      )
      .replace(/\s*\(DOI ([^()\s]+)\)/g, '，DOI $1')
      .replace(/,?\s+summarising\s+/g, '，摘编自')
      // A field closed by a full stop after Chinese or a title: "…》. 中国工程科学" → "…》，中国工程科学"
      .replace(new RegExp(`(${CJK}|》)\\.\\s+`, 'g'), '$1，')
      .replace(new RegExp(`(${CJK}|》),\\s*`, 'g'), '$1，')
      .replace(new RegExp(`,\\s*(?=${CJK}|《)`, 'g'), '，')
      // A date straight after a title: "《…》2025-10-14" → "《…》，2025-10-14"
      .replace(/》(?=\d)/g, '》，')
      // Parentheses around or beside Chinese: "(附全文)" → "（附全文）"
      .replace(/\(([^()]*)\)/g, (all, inner: string, at: number, whole: string) =>
        new RegExp(CJK).test(inner + (whole[at - 1] ?? '') + (whole[at + all.length] ?? ''))
          ? `（${inner}）`
          : all,
      )
  );
}
