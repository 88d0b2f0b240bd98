/**
 * Concentration profile, merger simulation and partner ranking against cases
 * computed by hand (shares in percent, HHI in points).
 */
import { describe, expect, it } from 'vitest';
import { concentrationProfile } from '../../src/analytics/concentration/concentration-profile.ts';
import { mergerPartners } from '../../src/analytics/concentration/merger-partners.ts';
import {
  mergerSimulation,
  readGuidelines,
} from '../../src/analytics/concentration/merger-simulation.ts';

describe('concentrationProfile', () => {
  it('40/30/20/10: HHI 3000, CR4 100, two firms for half, median 25', () => {
    const p = concentrationProfile([40, 30, 20, 10]);
    expect(p.hhi).toBeCloseTo(3000, 9);
    expect(p.cr[4]).toBeCloseTo(100, 9);
    expect(p.cr[8]).toBeCloseTo(100, 9);
    expect(p.firmsForHalf).toBe(2);
    expect(p.median).toBe(25);
    expect(p.numbersEquivalent).toBeCloseTo(10 / 3, 9);
    expect([...p.order]).toEqual([0, 1, 2, 3]);
  });

  it('a firm of size 0 holds no share and is not counted', () => {
    const p = concentrationProfile([50, 0, 25, 25], [1, 2]);
    expect(p.firms).toBe(3);
    expect(p.hhi).toBeCloseTo(3750, 9);
    expect(p.cr[1]).toBeCloseTo(50, 9);
    expect(p.cr[2]).toBeCloseTo(75, 9);
    expect(p.firmsForHalf).toBe(1);
    expect(p.median).toBe(25);
    expect(p.shares[1]).toBe(0);
  });

  it('scales: shares do not depend on the unit', () => {
    const a = concentrationProfile([3, 1, 1]);
    const b = concentrationProfile([3e6, 1e6, 1e6]);
    expect(a.hhi).toBeCloseTo(b.hhi, 9);
    expect(a.hhi).toBeCloseTo(3600 + 400 + 400, 9);
  });

  it('no positive size: NaN figures; bad sizes and orders throw', () => {
    const p = concentrationProfile([0, 0]);
    expect(p.firms).toBe(0);
    expect(p.hhi).toBeNaN();
    expect(() => concentrationProfile([1, -1])).toThrow(RangeError);
    expect(() => concentrationProfile([1, NaN])).toThrow(RangeError);
    expect(() => concentrationProfile([1], [0])).toThrow(RangeError);
  });
});

describe('mergerSimulation', () => {
  it('30% + 20% in 40/30/20/10: ΔHHI 1200, post 4200, presumed harmful (US 2023), further analysis (EU 2004)', () => {
    const m = mergerSimulation([40, 30, 20, 10], [[1, 2]]);
    expect(m.deltaHhi).toBeCloseTo(1200, 9);
    expect(m.after.hhi).toBeCloseTo(4200, 9);
    expect(m.mergers[0].size).toBe(50);
    expect(m.mergers[0].share).toBeCloseTo(50, 9);
    expect(m.mergers[0].reading).toEqual({
      us2023: 'presumed-harmful',
      eu2004: 'further-analysis',
      euShareIndication: false,
    });
    expect(m.after.firms).toBe(3);
    expect(m.after.firmsForHalf).toBe(1);
    expect(m.entities).toEqual([[0], [1, 2], [3]]);
  });

  it('two equal firms among ten: ΔHHI 200, post 1200 — no US presumption, EU concerns unlikely', () => {
    const m = mergerSimulation(new Array(10).fill(10), [[3, 7]]);
    expect(m.before.hhi).toBeCloseTo(1000, 9);
    expect(m.deltaHhi).toBeCloseTo(200, 9);
    expect(m.after.hhi).toBeCloseTo(1200, 9);
    expect(m.reading).toEqual({
      us2023: 'no-presumption',
      eu2004: 'concerns-unlikely',
      euShareIndication: true,
    });
    expect(m.after.cr[4]).toBeCloseTo(50, 9);
    expect(m.before.cr[4]).toBeCloseTo(40, 9);
  });

  it('a merged share over 30% is presumed harmful even in an unconcentrated market', () => {
    const m = mergerSimulation([20, 15, ...new Array(13).fill(5)], [[0, 1]]);
    expect(m.before.hhi).toBeCloseTo(950, 9);
    expect(m.deltaHhi).toBeCloseTo(600, 9);
    expect(m.after.hhi).toBeCloseTo(1550, 9);
    expect(m.reading.us2023).toBe('presumed-harmful');
    expect(m.reading.eu2004).toBe('further-analysis');
  });

  it('two mergers at once: the ΔHHI add up to the change of HHI', () => {
    const m = mergerSimulation(
      [40, 30, 20, 10],
      [
        [3, 0],
        [1, 2],
      ],
    );
    expect(m.mergers.map((e) => e.deltaHhi)).toEqual([800, 1200].map((x) => expect.closeTo(x, 9)));
    expect(m.after.hhi).toBeCloseTo(5000, 9);
    expect(m.entities).toEqual([
      [3, 0],
      [1, 2],
    ]);
  });

  it('EU bands at their edges', () => {
    expect(readGuidelines(999, 5000, 10).eu2004).toBe('concerns-unlikely');
    expect(readGuidelines(2000, 249, 10).eu2004).toBe('concerns-unlikely');
    expect(readGuidelines(2000, 250, 10).eu2004).toBe('further-analysis');
    expect(readGuidelines(2001, 149, 10).eu2004).toBe('concerns-unlikely');
    expect(readGuidelines(2001, 150, 10).eu2004).toBe('further-analysis');
    expect(readGuidelines(1801, 100, 40).us2023).toBe('no-presumption');
    expect(readGuidelines(1801, 101, 10).us2023).toBe('presumed-harmful');
  });

  it('rejects a lone firm, an index out of range and a firm in two mergers', () => {
    expect(() => mergerSimulation([1, 2, 3], [[0]])).toThrow(/at least two/);
    expect(() => mergerSimulation([1, 2, 3], [[0, 3]])).toThrow(/out of range/);
    expect(() =>
      mergerSimulation(
        [1, 2, 3],
        [
          [0, 1],
          [1, 2],
        ],
      ),
    ).toThrow(/merger 1 and merger 2/);
  });
});

describe('mergerPartners', () => {
  const here = { lon: 116.4, lat: 39.9 };
  const firms = [
    { products: ['a', 'b'], customers: ['x', 'y'], ...here, size: 100 },
    { products: ['b', 'c', 'd'], customers: ['y', 'z'], ...here, size: 30 },
    { products: ['a', 'b'], customers: [], lon: NaN, lat: NaN, size: 50 },
    { products: ['e'], customers: ['x', 'y'], lon: 116.4, lat: 40.9, size: 10 },
  ];

  it('ranks by what a partner adds, nearness and shared customers (hand-computed scores)', () => {
    const r = mergerPartners(firms, 0);
    expect(r.map((p) => p.index)).toEqual([1, 3, 2]);
    const [p1, p3, p2] = r;
    expect(p1.added).toEqual(['c', 'd']);
    expect(p1.shared).toEqual(['b']);
    expect(p1.complementarity).toBeCloseTo(0.5, 12);
    expect(p1.proximity).toBe(1);
    expect(p1.customerOverlap).toBeCloseTo(1 / 3, 12);
    expect(p1.score).toBeCloseTo(0.25 + 0.25 + 0.25 / 3, 12);
    expect(p1.overlapSize).toBeCloseTo(10, 12);
    // One degree of latitude: 2π·6371.0088/360 km.
    const d = (2 * Math.PI * 6371.0088) / 360;
    expect(p3.distanceKm).toBeCloseTo(d, 6);
    expect(p3.score).toBeCloseTo(0.5 / 3 + 0.25 / (1 + d / 100) + 0.25, 9);
    expect(p2.score).toBe(0);
    expect(p2.distanceKm).toBeNaN();
    expect(p2.overlapSize).toBe(50);
  });

  it('rejects a leader out of range and weights all zero', () => {
    expect(() => mergerPartners(firms, 4)).toThrow(RangeError);
    expect(() =>
      mergerPartners(firms, 0, { complementarity: 0, proximity: 0, customers: 0 }),
    ).toThrow(RangeError);
  });
});
