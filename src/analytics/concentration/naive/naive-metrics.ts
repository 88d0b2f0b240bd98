/**
 * Slow, obvious versions of the concentration kernels, written straight from
 * the formulas in each metric's header over plain number[][] (rows = regions,
 * columns = industries) with no shared helpers. Tests check every fast kernel
 * against these; bench/ measures the fast ones against them in the same run.
 * Lorenz-type metrics follow the reference packages' algorithms literally
 * (sort everything, cumulate, sum cross products).
 */

type M = number[][];

const rowSum = (x: M, r: number) => x[r].reduce((a, b) => a + b, 0);
const colSum = (x: M, i: number) => x.reduce((a, row) => a + row[i], 0);
const total = (x: M) => x.reduce((a, row) => a + row.reduce((s, v) => s + v, 0), 0);
const rowSums = (x: M) => x.map((_, r) => rowSum(x, r));
const colSums = (x: M) => x[0].map((_, i) => colSum(x, i));

export function naiveLocationQuotient(x: M): M {
  const X = total(x);
  const Xr = rowSums(x);
  const Xi = colSums(x);
  return x.map((row, r) =>
    row.map((v, i) => {
      const q = v / Xr[r] / (Xi[i] / X);
      return Number.isNaN(q) ? 0 : q;
    }),
  );
}

export function naiveHhiRegion(x: M, normalized = false): number[] {
  return x.map((row) => {
    const t = row.reduce((a, v) => a + v, 0);
    const h = row.reduce((a, v) => a + (v / t) ** 2, 0);
    const n = row.length;
    return normalized ? (h - 1 / n) / (1 - 1 / n) : h;
  });
}

export function naiveHhiIndustry(x: M, normalized = false): number[] {
  return x[0].map((_, i) => {
    const Xi = colSum(x, i);
    const h = x.reduce((a, row) => a + (row[i] / Xi) ** 2, 0);
    const n = x.length;
    return normalized ? (h - 1 / n) / (1 - 1 / n) : h;
  });
}

export function naiveConcentrationRatio(x: M, n: number): number[] {
  return x[0].map((_, i) => {
    const col = x.map((row) => row[i]).sort((a, b) => b - a);
    return col.slice(0, n).reduce((a, b) => a + b, 0) / col.reduce((a, b) => a + b, 0);
  });
}

/** Lorenz area with weights, as ineq::Gini / EconGeo Gini: Σ nu[k+1] p[k] − nu[k] p[k+1]. */
export function naiveGiniIndustry(x: M): number[] {
  return x[0].map((_, i) => {
    const v = x.map((row) => row[i]).sort((a, b) => a - b);
    const n = v.length;
    const p = v.map((_, k) => (k + 1) / n);
    const nu: number[] = [];
    v.reduce((a, b, k) => (nu[k] = a + b), 0);
    const last = nu[n - 1];
    let g = 0;
    for (let k = 0; k < n - 1; k++) g += (nu[k + 1] / last) * p[k] - (nu[k] / last) * p[k + 1];
    return g;
  });
}

/** EconGeo locational_gini, step by step. */
export function naiveLocationalGini(x: M): number[] {
  const X = total(x);
  const pop = x.map((_, r) => rowSum(x, r) / X);
  return x[0].map((_, i) => {
    const ind = x.map((row) => row[i]);
    const order = ind.map((_, r) => r).sort((a, b) => ind[a] / pop[a] - ind[b] / pop[b] || a - b);
    const cind: number[] = [];
    const cpop: number[] = [];
    let a = 0;
    let b = 0;
    for (const r of order) {
      cind.push((a += ind[r]));
      cpop.push((b += pop[r]));
    }
    const mi = cind[cind.length - 1];
    const mp = cpop[cpop.length - 1];
    let s = 0;
    for (let k = 0; k < order.length - 1; k++)
      s += (cind[k + 1] / mi) * (cpop[k] / mp) - (cind[k] / mi) * (cpop[k + 1] / mp);
    return s / 2;
  });
}

export function naiveHoover(x: M): number[] {
  const X = total(x);
  const Xr = rowSums(x);
  return x[0].map((_, i) => {
    const Xi = colSum(x, i);
    return x.reduce((a, row, r) => a + Math.abs(row[i] / Xi - Xr[r] / X), 0) / 2;
  });
}

export function naiveKrugman(x: M): number[] {
  const X = total(x);
  const Xr = rowSums(x);
  const Xi = colSums(x);
  return x.map((row, r) => row.reduce((a, v, i) => a + Math.abs(v / Xr[r] - Xi[i] / X), 0));
}

export function naiveTheil(x: M): number[] {
  return x.map((row) => {
    const n = row.length;
    const mean = row.reduce((a, b) => a + b, 0) / n;
    return row.reduce((a, v) => a + (v === 0 ? 0 : (v / mean) * Math.log(v / mean)), 0) / n;
  });
}

export function naiveEntropy(x: M): number[] {
  return x.map((row) => {
    const t = row.reduce((a, b) => a + b, 0);
    return -row.reduce((a, v) => a + (v === 0 ? 0 : (v / t) * Math.log2(v / t)), 0);
  });
}

export function naiveHachman(x: M): number[] {
  const lq = naiveLocationQuotient(x);
  const Xr = rowSums(x);
  return x.map((row, r) => 1 / row.reduce((a, v, i) => a + lq[r][i] * (v / Xr[r]), 0));
}

/** Packed upper triangle, (0,1), (0,2), … */
function pairs(x: M, f: (a: number[], b: number[]) => number): number[] {
  const shares = x.map((row) => {
    const t = row.reduce((s, v) => s + v, 0);
    return row.map((v) => v / t);
  });
  const out: number[] = [];
  for (let a = 0; a < x.length; a++)
    for (let b = a + 1; b < x.length; b++) out.push(f(shares[a], shares[b]));
  return out;
}

export function naiveKrugmanDissimilarity(x: M): number[] {
  return pairs(x, (a, b) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0));
}

export function naiveStructureSimilarity(x: M): number[] {
  return pairs(x, (a, b) => {
    const dot = a.reduce((s, v, i) => s + v * b[i], 0);
    const na = Math.sqrt(a.reduce((s, v) => s + v * v, 0));
    const nb = Math.sqrt(b.reduce((s, v) => s + v * v, 0));
    return dot / (na * nb);
  });
}

export interface NaiveFirm {
  region: string;
  industry: string;
  value: number;
}

/** REAT ellison.a per industry; `totals` maps region → e_j (default: firms' totals). */
export function naiveEllisonGlaeser(
  firms: NaiveFirm[],
  totals?: Map<string, number>,
): Map<string, number> {
  return perIndustry(firms, totals, ({ G, H, X2 }) => (G - (1 - X2) * H) / ((1 - X2) * (1 - H)));
}

export function naiveMaurelSedillot(
  firms: NaiveFirm[],
  totals?: Map<string, number>,
): Map<string, number> {
  return perIndustry(firms, totals, ({ S, H, X2 }) => ((S - X2) / (1 - X2) - H) / (1 - H));
}

function perIndustry(
  firms: NaiveFirm[],
  totals: Map<string, number> | undefined,
  f: (t: { G: number; S: number; H: number; X2: number }) => number,
): Map<string, number> {
  const ej = totals ?? new Map<string, number>();
  if (!totals) for (const k of firms) ej.set(k.region, (ej.get(k.region) ?? 0) + k.value);
  const e = [...ej.values()].reduce((a, b) => a + b, 0);
  const X2 = [...ej.values()].reduce((a, v) => a + (v / e) ** 2, 0);
  const out = new Map<string, number>();
  for (const ind of new Set(firms.map((k) => k.industry))) {
    const mine = firms.filter((k) => k.industry === ind);
    const ei = mine.reduce((a, k) => a + k.value, 0);
    let G = 0;
    let S = 0;
    for (const [region, v] of ej) {
      const s = mine.filter((k) => k.region === region).reduce((a, k) => a + k.value, 0) / ei;
      G += (s - v / e) ** 2;
      S += s * s;
    }
    const H = mine.reduce((a, k) => a + (k.value / ei) ** 2, 0);
    out.set(ind, f({ G, S, H, X2 }));
  }
  return out;
}
