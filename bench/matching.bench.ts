/**
 * Matching over 100,000 seeded synthetic capabilities (goal: one ranked query
 * < 100 ms). Texts are product names of the generator profiles
 * (data/default/profiles.json) with made-up firm names; points are scattered
 * over China; a quarter carry chain nodes, tags and sizes. The fast path is
 * rankCandidates over the prebuilt BM25 index (built in setup, timed
 * separately); the baseline is the obvious scorer (naive/naive-match.ts),
 * which tokenises and scores every candidate on every query.
 */
import { readFileSync } from 'node:fs';
import type { BenchFile } from './run.ts';
import {
  buildMatchCandidates,
  type CandidateInput,
  type MatchCandidates,
} from '../src/analytics/matching/match-candidates.ts';
import { rankCandidates, type MatchQuery } from '../src/analytics/matching/rank-candidates.ts';
import { naiveMatch } from '../src/analytics/matching/naive/naive-match.ts';

const N = 100_000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Profiles {
  clusters: Record<string, { products: [string, string, string][] }>;
  services: [string, string, string][];
}

function seeded(n: number): CandidateInput[] {
  const profiles = JSON.parse(
    readFileSync(new URL('../data/default/profiles.json', import.meta.url), 'utf8'),
  ) as Profiles;
  const products = [
    ...Object.values(profiles.clusters).flatMap((c) => c.products),
    ...profiles.services,
  ];
  const syllables = '华中恒通远达盛鑫博卓宇德创辰海星锐捷众坤嘉泰瑞丰'.split('');
  const suffixes = ['有限公司', '科技有限公司', '制造有限公司', '精工股份有限公司'];
  const tags = [[], [], [], ['little_giant'], ['specialised_sme'], ['single_champion']];
  const rand = rng(2024);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, () => {
    const made = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(products));
    const name = pick(syllables) + pick(syllables) + made[0][0] + pick(suffixes);
    const rich = rand() < 0.25;
    return {
      text: `${made.map((p) => p[0]).join(' ')} ${name}`,
      lon: 100 + rand() * 22,
      lat: 22 + rand() * 18,
      ...(rich
        ? {
            size: rand() < 0.8 ? ('sme' as const) : ('large' as const),
            tags: pick(tags),
            nodes: made.map((p) => p[2]),
          }
        : {}),
    };
  });
}

let rows: CandidateInput[] = [];
let candidates: MatchCandidates;
const query: MatchQuery = {
  text: '液压多路阀',
  nodes: ['3443'],
  lon: 112.938814,
  lat: 28.228209,
  size: 'sme',
  past: new Map([
    [17, 2],
    [4242, 1],
  ]),
  pooled: new Set([99, 4242]),
};

const file: BenchFile = {
  title: `match one demand over ${N.toLocaleString('en')} capabilities (goal < 100 ms)`,
  setup() {
    rows = seeded(N);
    candidates = buildMatchCandidates(rows);
  },
  benchmarks: [
    {
      name: 'rank 液压多路阀 + node, top 10',
      fast: () => rankCandidates(candidates, query, { top: 10 }),
      baseline: () => naiveMatch(rows, query, { top: 10 }),
      runs: 9,
      inSuite: true,
    },
    {
      name: 'rank 传感器 (text only), top 50',
      fast: () => rankCandidates(candidates, { text: '传感器' }, { top: 50 }),
      runs: 9,
    },
    {
      name: 'build the index (100k)',
      fast: () => buildMatchCandidates(rows),
      runs: 1,
    },
  ],
};
export default file;
