/**
 * BM25 scores of every document for one query, accumulated term at a time.
 *
 * Formula   s(q, d) = Σ_{t ∈ T(q)} w(t, d)   (w as in bm25-index.ts)
 * Symbols   T(q) the distinct charNgrams of the query that the index knows.
 * Conventions each distinct query term counts once (query term frequency is
 *           ignored, k3 = 0 in Robertson & Zaragoza's notation), so repeating a
 *           word in a demand does not outweigh its other words. `touched`
 *           lists the documents with s > 0, in first-touched order.
 * Edge cases a query with no known term → no touched documents.
 * Cost      O(Σ_t df(t)) time; O(N) for the accumulator (reused if passed).
 * References Robertson & Zaragoza (2009) Foundations and Trends in IR 3(4):
 *           333-389, §3.3 (term-at-a-time evaluation of eq. 3.15).
 */
import type { Bm25Index } from './bm25-index.ts';
import { charNgrams } from './char-ngrams.ts';

export interface Bm25Hits {
  /** s(q, d) for every document (0 where untouched). */
  scores: Float32Array;
  /** Documents with a positive score. */
  touched: Int32Array;
  /** Term ids of the query (distinct, known to the index). */
  terms: Int32Array;
}

export function queryTerms(index: Bm25Index, query: string): Int32Array {
  const seen = new Set<number>();
  for (const term of charNgrams(query)) {
    const id = index.vocabulary.get(term);
    if (id !== undefined) seen.add(id);
  }
  return Int32Array.from(seen);
}

export function bm25Scores(index: Bm25Index, query: string, scratch?: Float32Array): Bm25Hits {
  const terms = queryTerms(index, query);
  const scores = scratch && scratch.length === index.size ? scratch : new Float32Array(index.size);
  scores.fill(0);
  let touched = new Int32Array(64);
  let count = 0;
  const { offsets, docs, weights } = index;
  for (const t of terms) {
    for (let p = offsets[t]; p < offsets[t + 1]; p++) {
      const d = docs[p];
      if (scores[d] === 0) {
        if (count === touched.length) {
          const grown = new Int32Array(touched.length * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[count++] = d;
      }
      scores[d] += weights[p];
    }
  }
  return { scores, touched: touched.subarray(0, count), terms };
}

/** The query terms that occur in document d (binary search in each posting list). */
export function termsInDocument(index: Bm25Index, terms: Int32Array, d: number): number[] {
  const out: number[] = [];
  for (const t of terms) {
    let lo = index.offsets[t];
    let hi = index.offsets[t + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = index.docs[mid];
      if (v === d) {
        out.push(t);
        break;
      }
      if (v < d) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return out;
}
