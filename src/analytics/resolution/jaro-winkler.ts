/**
 * Jaro-Winkler similarity of two strings, by code point (a hanzi is one unit).
 *
 * Formula   jaro = (m/|a| + m/|b| + (m − t)/m) / 3, where m counts the units
 *           of a equal to a unit of b no further than ⌊max(|a|,|b|)/2⌋ − 1
 *           positions away (each unit of b used once) and t is half the number
 *           of matched units out of order; jw = jaro + ℓ·p·(1 − jaro), ℓ the
 *           common prefix length (at most 4), p = 0.1.
 * Conventions 1 for equal strings (two empty strings included), 0 when nothing
 *           matches or one string is empty.
 * Edge cases Chinese names are short (2-10 units), so the match window is
 *           small: 中联重科 vs 中联 → 0.87; 三一重工 vs 中联重科 → 0.5.
 * Cost      O(|a| · |b|) in the worst case; names are short.
 * References Jaro (1989) JASA 84:414; Winkler (1990) Proc. Section on Survey
 *           Research Methods, ASA, 354-359.
 */

export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  if (a === b) return 1;
  // Code units are code points unless a name holds a supplementary-plane character.
  const wide = /[\uD800-\uDFFF]/.test(a + b);
  const x: ArrayLike<string> = wide ? Array.from(a) : a;
  const y: ArrayLike<string> = wide ? Array.from(b) : b;
  if (x.length === 0 || y.length === 0) return 0;
  const jaro = jaroKernel(x, y);
  let l = 0;
  while (l < 4 && l < x.length && l < y.length && x[l] === y[l]) l++;
  return jaro + l * prefixScale * (1 - jaro);
}

function jaroKernel(x: ArrayLike<string>, y: ArrayLike<string>): number {
  const window = Math.max(0, Math.floor(Math.max(x.length, y.length) / 2) - 1);
  const usedY = new Uint8Array(y.length);
  const matchX: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(y.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (usedY[j] || x[i] !== y[j]) continue;
      usedY[j] = 1;
      matchX.push(x[i]);
      break;
    }
  }
  const m = matchX.length;
  if (m === 0) return 0;
  let k = 0;
  let half = 0;
  for (let j = 0; j < y.length; j++) {
    if (!usedY[j]) continue;
    if (y[j] !== matchX[k]) half++;
    k++;
  }
  const t = half / 2;
  return (m / x.length + m / y.length + (m - t) / m) / 3;
}
