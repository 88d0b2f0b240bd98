import { describe, expect, it } from 'vitest';
import { buildBm25Index } from '../../src/analytics/matching/bm25-index.ts';
import { bm25Scores } from '../../src/analytics/matching/bm25-scores.ts';
import { charNgrams } from '../../src/analytics/matching/char-ngrams.ts';
import { haversineKm } from '../../src/analytics/matching/haversine.ts';
import {
  buildMatchCandidates,
  type CandidateInput,
} from '../../src/analytics/matching/match-candidates.ts';
import { rankCandidates } from '../../src/analytics/matching/rank-candidates.ts';
import { naiveMatch } from '../../src/analytics/matching/naive/naive-match.ts';
import { TopK } from '../../src/analytics/matching/top-k.ts';

describe('charNgrams', () => {
  it('gives CJK unigrams and bigrams, Latin words, no bigram across a separator', () => {
    expect(charNgrams('多路阀')).toEqual(['多', '路', '多路', '阀', '路阀']);
    expect(charNgrams('液压、泵')).toEqual(['液', '压', '液压', '泵']);
    expect(charNgrams('ＥＤＡ软件 v2')).toEqual(['eda', '软', '件', '软件', 'v2']);
    expect(charNgrams(' ,。')).toEqual([]);
  });
});

describe('BM25', () => {
  it('matches the formula on a hand-computed case (k1 1.2, b 0.75)', () => {
    const idx = buildBm25Index(['valve pump', 'valve', 'cylinder']);
    const { scores, touched } = bm25Scores(idx, 'valve');
    const idf = Math.log(1.6); // N 3, df 2
    // avgdl 4/3; |d0| 2 → norm 1.2·(0.25 + 0.75·1.5) = 1.65; |d1| 1 → 0.975
    expect(scores[0]).toBeCloseTo((idf * 2.2) / 2.65, 6);
    expect(scores[1]).toBeCloseTo((idf * 2.2) / 1.975, 6);
    expect(scores[2]).toBe(0);
    expect([...touched].sort()).toEqual([0, 1]);
  });

  it('finds 多路阀 suppliers for 液压多路阀 without segmentation, and ranks them first', () => {
    const idx = buildBm25Index(['多路阀 生产', '液压油缸', '路灯 阀门', '汽车座椅']);
    const { scores } = bm25Scores(idx, '液压多路阀');
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[0]).toBeGreaterThan(scores[2]);
    expect(scores[3]).toBe(0);
  });
});

describe('haversine', () => {
  it('Changsha to Wuhan is about 300 km', () => {
    // 长沙 (112.94, 28.23), 武汉 (114.31, 30.59): great-circle ≈ 297 km
    expect(haversineKm(112.938814, 28.228209, 114.305393, 30.593099)).toBeGreaterThan(290);
    expect(haversineKm(112.938814, 28.228209, 114.305393, 30.593099)).toBeLessThan(305);
    expect(haversineKm(0, 0, 0, 0)).toBe(0);
    expect(haversineKm(NaN, 0, 0, 0)).toBeNaN();
  });
});

describe('TopK', () => {
  it('keeps the k best, ties by lower id', () => {
    const t = new TopK(3);
    [5, 1, 5, 3, 9, 5].forEach((s, i) => t.push(i, s));
    expect(t.sorted().map((x) => x.id)).toEqual([4, 0, 2]);
  });
});

const CS: [number, number] = [112.938814, 28.228209]; // 长沙
const SH: [number, number] = [121.473701, 31.230416]; // 上海

describe('rankCandidates on hand-made cases', () => {
  const rows: CandidateInput[] = [
    { text: '多路阀', lon: SH[0], lat: SH[1], nodes: ['3443'] }, // 0 far
    { text: '多路阀', lon: CS[0], lat: CS[1], nodes: ['3443'] }, // 1 near
    { text: '液压油缸', lon: CS[0], lat: CS[1], nodes: ['3444'] }, // 2 same group
    { text: '多路阀', lon: CS[0], lat: CS[1], nodes: ['3443'], tags: ['little_giant'] }, // 3
    { text: '服装面料', lon: CS[0], lat: CS[1], nodes: ['1751'] }, // 4 no evidence
  ];
  const c = buildMatchCandidates(rows);

  it('orders by text, then distance, tags, and leaves out candidates with no evidence', () => {
    const hits = rankCandidates(c, { text: '多路阀', lon: CS[0], lat: CS[1] });
    expect(hits.map((h) => h.candidate)).toEqual([3, 1, 0]);
    expect(hits[0].parts.tags.value).toBe(1);
    expect(hits[1].parts.distance.value).toBeCloseTo(1, 6);
    expect(hits[2].distanceKm).toBeGreaterThan(800);
    expect(hits[0].matchedTerms[0]).toBe('多路');
  });

  it('the contributions add up to the score', () => {
    for (const h of rankCandidates(c, {
      text: '多路阀',
      nodes: ['3443'],
      lon: CS[0],
      lat: CS[1],
    })) {
      const sum = Object.values(h.parts).reduce((s, p) => s + p.contribution, 0);
      expect(sum).toBeCloseTo(h.score, 12);
    }
  });

  it('node fit brings in a same-group candidate with no text, at half fit', () => {
    const hits = rankCandidates(c, { text: '多路阀', nodes: ['3443'] });
    const cyl = hits.find((h) => h.candidate === 2)!;
    expect(cyl.parts.node.value).toBe(0.5);
    expect(cyl.parts.text.value).toBe(0);
    expect(hits.some((h) => h.candidate === 4)).toBe(false);
  });

  it('past links and the pool lift a far supplier above a near one', () => {
    // 0: past 0.1·(1 − 2⁻³) + pool 0.1 = 0.1875 > 1: distance 0.15; 3: 0.15 + tags 0.05 = 0.2
    const hits = rankCandidates(
      c,
      { text: '多路阀', lon: CS[0], lat: CS[1], past: new Map([[0, 3]]), pooled: new Set([0]) },
      { top: 3 },
    );
    expect(hits.map((h) => h.candidate)).toEqual([3, 0, 1]);
    expect(hits[1].score).toBeCloseTo(
      0.4 + 0.1875 + 0.15 * Math.exp(-hits[1].distanceKm! / 100),
      6,
    );
    expect(hits[1].parts.past.value).toBeCloseTo(0.875, 12);
    expect(hits[1].parts.pool.contribution).toBeCloseTo(0.1, 12);
  });

  it('exclude and allowed filter candidates', () => {
    const allowed = Uint8Array.from([1, 1, 1, 0, 1]);
    const hits = rankCandidates(c, { text: '多路阀', exclude: new Set([1]), allowed });
    expect(hits.map((h) => h.candidate)).toEqual([0]);
  });
});

describe('rankCandidates agrees with the obvious scorer', () => {
  it('on 400 random candidates', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['多路阀', '液压', '油缸', '泵', '回转', '减速机', '结构件', '传感器', 'valve'];
    const tagsPool = [[], ['little_giant'], ['specialised_sme'], ['single_champion']];
    const rows: CandidateInput[] = Array.from({ length: 400 }, () => ({
      text: Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => words[Math.floor(rand() * words.length)],
      ).join(' '),
      lon: 110 + rand() * 10,
      lat: 25 + rand() * 8,
      size: rand() < 0.5 ? 'sme' : rand() < 0.5 ? 'large' : undefined,
      tags: tagsPool[Math.floor(rand() * 4)],
      nodes: [String(3440 + Math.floor(rand() * 8))],
    }));
    const c = buildMatchCandidates(rows);
    const q = {
      text: '液压多路阀 valve',
      nodes: ['3443'],
      lon: 112.9,
      lat: 28.2,
      size: 'sme' as const,
      past: new Map([[5, 2]]),
      pooled: new Set([9]),
    };
    const fast = rankCandidates(c, q, { top: 25 });
    const slow = naiveMatch(rows, q, { top: 25 });
    expect(fast.length).toBe(25);
    for (let k = 0; k < 25; k++) {
      expect(fast[k].score).toBeCloseTo(slow[k].score, 5);
      for (const part of Object.keys(slow[k].values))
        expect(fast[k].parts[part as 'text'].value).toBeCloseTo(
          slow.find((s) => s.candidate === fast[k].candidate)!.values[part],
          5,
        );
    }
  });
});
