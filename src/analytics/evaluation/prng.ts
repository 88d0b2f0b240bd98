/**
 * A seeded pseudo-random generator, so that a Monte-Carlo result is
 * reproduced exactly from its seed, on any machine.
 *
 * Generator sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 *   PractRand-tested, period ≥ 2^32), state seeded from the 32-bit seed by
 *   splitmix32 and 12 warm-up draws. uniform() ∈ [0, 1) with 32 bits.
 *   normal(): Box-Muller; gamma(k): Marsaglia & Tsang (2000), with the
 *   k < 1 boost G(k) = G(k + 1)·U^{1/k}.
 * Cost O(1) per draw.
 * References Marsaglia G. & Tsang W.W. (2000) ACM TOMS 26(3): 363-372;
 *   PractRand (pracrand.sourceforge.net) for sfc32.
 */
export interface Rng {
  uniform(): number;
  normal(): number;
  gamma(shape: number): number;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = 1;
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let k = 0; k < 12; k++) next();
  const uniform = () => next() / 4294967296;
  const normal = () => {
    let u = uniform();
    while (u === 0) u = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  const gamma = (k: number): number => {
    if (k < 1) {
      let u = uniform();
      while (u === 0) u = uniform();
      return gamma(k + 1) * Math.pow(u, 1 / k);
    }
    const dd = k - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x ** 4) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  return { uniform, normal, gamma };
}
