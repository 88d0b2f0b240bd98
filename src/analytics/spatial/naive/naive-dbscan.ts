/**
 * The obvious DBSCAN, for tests and benchmarks: the full n × n table of
 * haversine distances (kept as neighbour lists), core points by counting,
 * then scikit-learn's depth-first expansion in input order. O(n²) time and
 * O(Σ|N|) memory. Same conventions as ../dbscan.ts.
 */
import { DEG, haversineReduced, reducedOfKm } from '../haversine.ts';

export function naiveDbscan(
  lon: Float64Array,
  lat: Float64Array,
  epsKm: number,
  minPoints: number,
  weights?: Float64Array,
): Int32Array {
  const n = lon.length;
  const hMax = reducedOfKm(epsKm);
  const neighbours: number[][] = [];
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let j = 0; j < n; j++) {
      if (haversineReduced(lat[i] * DEG, lon[i] * DEG, lat[j] * DEG, lon[j] * DEG) <= hMax)
        list.push(j);
    }
    neighbours.push(list);
  }
  const core = neighbours.map(
    (list) => list.reduce((s, j) => s + (weights ? weights[j] : 1), 0) >= minPoints,
  );
  const labels = new Int32Array(n).fill(-1);
  let cluster = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] !== -1 || !core[i]) continue;
    const stack = [i];
    while (stack.length > 0) {
      const p = stack.pop() as number;
      if (labels[p] !== -1) continue;
      labels[p] = cluster;
      if (core[p]) for (const q of neighbours[p]) if (labels[q] === -1) stack.push(q);
    }
    cluster++;
  }
  return labels;
}
