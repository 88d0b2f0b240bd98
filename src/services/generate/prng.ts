/**
 * Seeded pseudo-random numbers for the synthetic generator: the same seed gives
 * the same sequence on every machine and Node version (no Math.random).
 *
 * Kernel: sfc32 (Chris Doty-Humphrey's Small Fast Counter, 32-bit, as in
 * PractRand), state seeded from the 32-bit seed by splitmix32 and warmed up by
 * 15 draws. Period at least 2^32; passes PractRand to terabytes.
 * Derived draws:
 * - normal: Box-Muller from two uniforms (the second value is discarded, so a
 *   draw consumes exactly two uniforms and sequences stay easy to reason about);
 * - lognormal(mu, sigma) = exp(mu + sigma·N(0,1)), mu and sigma of the log;
 * - poisson(λ): Knuth's product method for λ < 30, else a rounded normal
 *   N(λ, λ) clamped at 0 (good enough for synthetic counts);
 * - weighted(w): one uniform against cumulative weights, O(len).
 * Cost: O(1) per uniform. References: PractRand (pracrand.sourceforge.net);
 * Steele, Lea, Flood (2014) for splitmix.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to weights (all ≥ 0, sum > 0). */
  weighted(weights: readonly number[]): number;
  normal(mean?: number, sd?: number): number;
  lognormal(mu: number, sigma: number): number;
  poisson(lambda: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) u32();

  const next = (): number => u32() / 4294967296;
  const normal = (mean = 0, sd = 1): number => {
    const u1 = 1 - next(); // (0, 1]: log is finite
    const u2 = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    normal,
    lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    poisson: (lambda) => {
      if (lambda <= 0) return 0;
      if (lambda >= 30) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}
