/**
 * Terms of a text for matching without word segmentation.
 *
 * Formula   terms(t) = ⋃ over runs r of NFKC(lower(t)):
 *           CJK run c₁…c_m → unigrams c_i (i = 1…m) and bigrams c_i c_{i+1}
 *           (i = 1…m−1); Latin/digit run → the run itself as one word.
 * Symbols   a run is a maximal sequence of CJK ideographs, or of [a-z0-9];
 *           anything else (spaces, punctuation, symbols) separates runs.
 * Conventions terms keep their order and repeats (term frequency counts them);
 *           bigrams never cross a separator, so 「液压、多路阀」 has no 压多.
 *           NFKC folds full-width Latin (ＥＤＡ → eda) and compatibility
 *           ideographs; traditional and simplified characters stay distinct.
 * Edge cases empty or separator-only text → []; a one-character CJK run
 *           gives its unigram only.
 * Cost      O(length of the text).
 * References Chinese IR without segmentation by overlapping n-grams: Nie,
 *           Gao, Zhang & Zhou (2000) "On the use of words and n-grams for
 *           Chinese information retrieval", IRAL; Kwok (1997) SIGIR.
 */

/** CJK Unified Ideographs, Extension A, compatibility ideographs, planes 2-3. */
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

function isWordChar(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
}

export function charNgrams(text: string): string[] {
  const out: string[] = [];
  const s = text.normalize('NFKC').toLowerCase();
  let prevCjk = ''; // the previous CJK character of the current run, '' if none
  let word = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isCjk(cp)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
      if (prevCjk) out.push(prevCjk + ch);
      prevCjk = ch;
    } else if (isWordChar(cp)) {
      prevCjk = '';
      word += ch;
    } else {
      prevCjk = '';
      if (word) out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}
