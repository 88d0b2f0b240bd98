/**
 * ECI/PCI by the method of reflections.
 *
 * Formula   kc,0 = d, kp,0 = u;  kc,n = (1/d_r) Σ_i M_ri kp,n−1;  kp,n = (1/u_i) Σ_r M_ri kc,n−1.
 *           Returned: kc,N and kp,N−1 (N even, default 18), so that kc = D⁻¹ M kp holds as in
 *           the eigenvector method, then standardised like it (standardise-complexity.ts).
 * Convention both operators map constants to themselves, so the standardised result does not
 *           change if a constant is subtracted or the vectors rescaled at any step; this code
 *           re-centres and rescales every step to keep the significant digits that plain
 *           reflections lose (the iterates converge to a constant, the information decays
 *           like λ2ⁿ). Sign as eci-pci.ts (corr with diversity). As N grows the result tends to
 *           the eigenvector method's.
 * Edge cases N odd → rounded up to even. Constant iterates (one region) → NaN after standardising.
 * Cost      O(N · nnz(M)).
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575; Kemp-Benedict (2014) SEI working
 *           paper 2014-01 (reflections as power iteration).
 */
import { fixSign } from './eci-pci.ts';
import type { PresenceMatrix } from './presence-matrix.ts';

export function methodOfReflections(
  p: PresenceMatrix,
  iterations = 18,
): { kc: Float64Array; kp: Float64Array } {
  const N = iterations % 2 === 0 ? iterations : iterations + 1;
  const { rows: R, cols: I, rowPtr, colIndex, diversity: d, ubiquity: u } = p;
  let kc = Float64Array.from(d);
  let kp = Float64Array.from(u);
  const recentre = (v: Float64Array) => {
    let m = 0;
    for (let k = 0; k < v.length; k++) m += v[k];
    m /= v.length;
    let ss = 0;
    for (let k = 0; k < v.length; k++) ss += (v[k] - m) ** 2;
    const s = Math.sqrt(ss / v.length) || 1;
    for (let k = 0; k < v.length; k++) v[k] = (v[k] - m) / s;
  };
  recentre(kc);
  recentre(kp);
  for (let n = 1; n <= N; n++) {
    const nc = new Float64Array(R);
    const np = new Float64Array(I);
    for (let r = 0; r < R; r++) {
      let s = 0;
      const c = kc[r];
      for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
        s += kp[colIndex[k]];
        np[colIndex[k]] += c;
      }
      nc[r] = s / d[r];
    }
    for (let i = 0; i < I; i++) np[i] /= u[i];
    if (n === N) {
      // kc,N from kp,N−1 exactly (no rescaling between them).
      fixSign(p, nc, kp);
      return { kc: nc, kp };
    }
    recentre(nc);
    recentre(np);
    kc = nc;
    kp = np;
  }
  return { kc, kp };
}
