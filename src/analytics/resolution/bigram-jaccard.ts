/**
 * Character-bigram Jaccard similarity, the usual CJK-aware set similarity
 * for names written without spaces.
 *
 * Formula   J(a, b) = |B(a) ∩ B(b)| / |B(a) ∪ B(b)|, B(s) the set of
 *           adjacent code-point pairs of s; a one-unit string's set is the
 *           unit itself.
 * Conventions 1 for equal strings, 0 when either is empty. Sets, not bags: a
 *           repeated bigram counts once.
 * Edge cases 中联重科 vs 中联重科机械 → 3/5 = 0.6; 液压科技 vs 科技液压 → 2/4.
 * Cost      O(|a| + |b|).
 * References Jaccard (1912) New Phytologist 11:37; for Chinese, Nie, Gao,
 *           Zhang & Zhou (2000) "On the use of words and n-grams for Chinese
 *           information retrieval", IRAL.
 */

export function charBigrams(s: string): Set<string> {
  const u = Array.from(s);
  const out = new Set<string>();
  if (u.length === 1) out.add(u[0]);
  for (let i = 0; i + 1 < u.length; i++) out.add(u[i] + u[i + 1]);
  return out;
}

export function bigramJaccard(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  return setJaccard(charBigrams(a), charBigrams(b));
}

/** Jaccard of two bigram sets already built (the resolver keeps each name's). */
export function setJaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return inter / (x.size + y.size - inter);
}
