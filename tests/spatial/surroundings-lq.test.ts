import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/analytics/spatial/haversine.ts';
import { SphereIndex } from '../../src/analytics/spatial/sphere-index.ts';
import { surroundingsLq } from '../../src/analytics/spatial/surroundings-lq.ts';

/** The LQ of a detected cluster against its surroundings, against a plain pairwise count. */
function slow(
  lon: Float64Array,
  lat: Float64Array,
  inGroup: Uint8Array,
  members: number[],
  centroid: [number, number],
  eps: number,
  r: number,
) {
  let A = 0,
    a = 0,
    B = 0,
    b = 0;
  for (let i = 0; i < lon.length; i++) {
    if (members.some((m) => haversineKm(lon[m], lat[m], lon[i], lat[i]) <= eps)) {
      A++;
      a += inGroup[i];
    }
    if (haversineKm(centroid[0], centroid[1], lon[i], lat[i]) <= r) {
      B++;
      b += inGroup[i];
    }
  }
  return { A, a, B, b, lq: A === 0 || b === 0 ? null : a / A / (b / B) };
}

describe('surroundingsLq', () => {
  it('equals the pairwise count, and says the group is over-represented in the cluster', () => {
    let s = 11;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const n = 3000;
    const lon = new Float64Array(n);
    const lat = new Float64Array(n);
    const inGroup = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (i < 200) {
        // The cluster: group firms packed near (104.06, 30.57).
        lon[i] = 104.06 + (rnd() - 0.5) * 0.08;
        lat[i] = 30.57 + (rnd() - 0.5) * 0.08;
        inGroup[i] = 1;
      } else {
        lon[i] = 103.5 + rnd() * 1.2;
        lat[i] = 30.1 + rnd() * 1.0;
        inGroup[i] = rnd() < 0.1 ? 1 : 0;
      }
    }
    const members = Array.from({ length: 200 }, (_, i) => i);
    const index = new SphereIndex(lon, lat);
    const got = surroundingsLq(index, inGroup, members, [104.06, 30.57], 3, 60);
    const want = slow(lon, lat, inGroup, members, [104.06, 30.57], 3, 60);
    expect(got).toEqual({
      footprintFirms: want.A,
      footprintGroupFirms: want.a,
      surroundingFirms: want.B,
      surroundingGroupFirms: want.b,
      lq: want.lq,
    });
    expect(got.lq!).toBeGreaterThan(2);
  });

  it('answers null when there is nothing to compare', () => {
    const index = new SphereIndex(Float64Array.of(100), Float64Array.of(30));
    const got = surroundingsLq(index, Uint8Array.of(0), [0], [100, 30], 1, 10);
    expect(got.lq).toBeNull();
    expect(got.footprintFirms).toBe(1);
  });
});
