/** The reference each figure equals (tests/concentration), named in its tooltip. */
export const CONVENTIONS = {
  lq: '(x_ri / X_r) / (X_i / X) · EconGeo location_quotient',
  krugman: 'Σ_i |s_ri − s_i|, not halved · EconGeo krugman_index',
  hhi: 'Σ_i s_ri² · REAT herf',
} as const;
