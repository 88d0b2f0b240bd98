import { describe, expect, it } from 'vitest';
import { counted, keywordHits, place, type PlaceableOrg } from '../../src/analytics/chain/place.ts';
import { toy } from './helpers.ts';

const org = (id: string, name: string, extra: Partial<PlaceableOrg> = {}): PlaceableOrg => ({
  id,
  name,
  kind: 'enterprise',
  industries: [],
  industryLabels: [],
  products: [],
  ...extra,
});

const A = org('a', '【合成】恒锐多路阀有限公司', { industries: ['3443'] });
const B = org('b', '某某机械有限公司', { industries: ['C3444'] });
const C = org('c', '华达机电', { products: ['汽车发动机'], industryLabels: ['液压件制造'] });
const D = org('d', 'EDAX检测');
const E = org('e', '多路阀产业园', { kind: 'park' });
const F = org('f', 'Sino EDA 工具');

describe('placement by keyword (Chinese substrings, no segmentation)', () => {
  it('places a firm whose name contains a keyword, without spaces between words', () => {
    const ps = place(toy(), [A]);
    expect(ps).toEqual([
      {
        node: 'valve',
        organization: 'a',
        method: 'keyword',
        confidence: 0.8,
        review: 'auto',
        evidence: ['name 「【合成】恒锐多路阀有限公司」 contains 「多路阀」'],
        facts: [
          { by: 'keyword', where: 'name', text: '【合成】恒锐多路阀有限公司', keyword: '多路阀' },
        ],
      },
    ]);
  });

  it('lets the longer of two nested keywords win (汽车发动机 over 发动机) and reads products and labels', () => {
    const ps = place(toy(), [C]);
    expect(ps.map((p) => [p.node, p.method, p.confidence])).toEqual([
      ['hydraulics', 'keyword', 0.7],
      ['machine', 'keyword', 0.9],
    ]);
    expect(
      keywordHits('汽车发动机', [
        { node: 'e', keyword: '发动机' },
        { node: 'm', keyword: '汽车发动机' },
      ]),
    ).toEqual([{ node: 'm', keyword: '汽车发动机', start: 0, end: 5 }]);
  });

  it('matches Latin keywords only as whole words, case-insensitively', () => {
    expect(place(toy(), [D]).map((p) => p.node)).toEqual(['testing']);
    expect(place(toy(), [F]).map((p) => p.node)).toEqual(['engine']);
    expect(keywordHits('sino eda', [{ node: 'x', keyword: 'EDA' }])).toHaveLength(1);
  });

  it('never places parks, governments, associations, promotion organisations or funds automatically', () => {
    expect(place(toy(), [E])).toEqual([]);
  });
});

describe('placement by industry code', () => {
  it('matches by prefix, weighs by code length and divides among the nodes a code reaches', () => {
    const ps = place(toy(), [B]);
    // 3444 reaches cylinder (class, 0.6), machine via 344 (group, 0.45), engine via 34 (division, 0.3): k = 3.
    expect(ps.map((p) => [p.node, p.method, +p.confidence.toFixed(12)])).toEqual([
      ['cylinder', 'code', 0.2],
      ['engine', 'code', 0.1],
      ['machine', 'code', 0.15],
    ]);
    expect(ps[0].evidence).toEqual(['industry C3444 under node code 3444']);
  });

  it('uses codes only as a fallback: a firm placed by keyword gets no code-only placement', () => {
    expect(place(toy(), [{ ...A, industries: ['3443', '3514'] }]).map((p) => p.node)).toEqual([
      'valve',
    ]);
  });
});

describe('placement by hand, confirmation and rejection', () => {
  const ps = place(
    toy(),
    [A, B],
    [
      { node: 'valve', organization: 'b', decision: 'place', by: '张三', note: '年报: 多路阀' },
      { node: 'valve', organization: 'a', decision: 'reject', by: '李四' },
      { node: 'cylinder', organization: 'b', decision: 'confirm' },
      { node: 'valve', organization: 'not-in-scope', decision: 'place' },
      { node: 'no-such-node', organization: 'a', decision: 'place' },
    ],
  );
  const get = (node: string, o: string) => ps.find((p) => p.node === node && p.organization === o)!;

  it('adds a manual placement with confidence 1, confirmed', () => {
    expect(get('valve', 'b')).toMatchObject({
      method: 'manual',
      confidence: 1,
      review: 'confirmed',
    });
    expect(get('valve', 'b').evidence).toEqual(['place by 张三: 年报: 多路阀']);
  });

  it('marks rejected and confirmed placements and keeps them listed', () => {
    expect(get('valve', 'a').review).toBe('rejected');
    expect(get('cylinder', 'b').review).toBe('confirmed');
    expect(get('cylinder', 'b').confidence).toBeCloseTo(0.2, 12);
    expect(ps.some((p) => p.organization === 'not-in-scope' || p.node === 'no-such-node')).toBe(
      false,
    );
  });

  it('counts confirmed placements, and automatic ones at or above the threshold, never rejected ones', () => {
    expect(counted(get('valve', 'a'))).toBe(false);
    expect(counted(get('cylinder', 'b'))).toBe(true);
    expect(counted(get('machine', 'b'))).toBe(false); // 0.15 < 0.25
    expect(counted(get('machine', 'b'), 0.15)).toBe(true);
  });
});
