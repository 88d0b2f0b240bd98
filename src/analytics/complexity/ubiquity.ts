/**
 * Ubiquity k_i,0: how many regions are specialised in an industry.
 *
 * Formula   u_i = Σ_r M_ri
 * Symbols   M binary presence matrix (mcp.ts), R × I row-major.
 * Convention Stata `kp0 = J(Ni,Ni,1)*M` (one row), reported as `ubiquity`.
 * Edge cases an industry with u_i = 0 is dropped before ECI (presence-matrix.ts).
 * Cost      O(R·I).
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575.
 */
export function ubiquity(values: ArrayLike<number>, rows: number, cols: number): Float64Array {
  const out = new Float64Array(cols);
  for (let r = 0; r < rows; r++)
    for (let i = 0, b = r * cols; i < cols; i++) out[i] += values[b + i];
  return out;
}
