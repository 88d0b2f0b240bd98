/**
 * Diversity k_r,0: how many industries a region is specialised in.
 *
 * Formula   d_r = Σ_i M_ri
 * Symbols   M binary presence matrix (mcp.ts), R × I row-major.
 * Convention Stata `kc0 = M*J(Np,1,1)`, reported as `diversity`.
 * Edge cases a region with d_r = 0 is dropped before ECI (presence-matrix.ts).
 * Cost      O(R·I).
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575.
 */
export function diversity(values: ArrayLike<number>, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let i = 0, b = r * cols; i < cols; i++) s += values[b + i];
    out[r] = s;
  }
  return out;
}
