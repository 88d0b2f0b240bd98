/**
 * How well a short name abbreviates a long one: containment and in-order
 * coverage.
 *
 * Method    Chinese short names (简称) keep characters of the full name in
 *           their order: 中联重科 ⊂ 中联重科; 奥联电子 from 南京奥联汽车电子电器;
 *           深振业 from 深圳市振业. Greedy left-to-right: each unit of the short
 *           name is looked for after the last one found in the long name.
 *           cover = matched units / |short|; runs = number of contiguous
 *           pieces the matches form (1 when short is a substring); contained =
 *           short is a substring of long; first = the first unit of short
 *           matched the first unit of long.
 * Conventions Units are code points. The greedy match is not always the one with
 *           fewest runs (a full alignment by dynamic programming would be), a
 *           conservative error: runs may be over-counted, never the cover.
 * Edge cases empty short → cover 0; short longer than long → the roles are not
 *           swapped (call it with the shorter first).
 * Cost      O(|short| · |long|).
 * References Chang & Lai (2004), "A preliminary study on probabilistic models
 *           for Chinese abbreviations", SIGHAN workshop (abbreviations keep
 *           characters in order, mostly the first of each word).
 */

export interface AbbreviationCover {
  cover: number;
  runs: number;
  contained: boolean;
  first: boolean;
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function abbreviationCover(short: string, long: string): AbbreviationCover {
  // Code units are code points unless a name holds a supplementary-plane character.
  const wide = SURROGATE.test(short) || SURROGATE.test(long);
  const s: ArrayLike<string> = wide ? Array.from(short) : short;
  const l: ArrayLike<string> = wide ? Array.from(long) : long;
  if (s.length === 0) return { cover: 0, runs: 0, contained: false, first: false };
  if (long.includes(short)) {
    return { cover: 1, runs: 1, contained: true, first: long.startsWith(short) };
  }
  let pos = 0;
  let matched = 0;
  let runs = 0;
  let last = -2;
  let first = false;
  for (let i = 0; i < s.length; i++) {
    let j = pos;
    while (j < l.length && l[j] !== s[i]) j++;
    if (j >= l.length) continue;
    if (i === 0 && j === 0) first = true;
    if (j !== last + 1) runs++;
    last = j;
    pos = j + 1;
    matched++;
  }
  return { cover: matched / s.length, runs, contained: false, first };
}
