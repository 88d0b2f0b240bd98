/**
 * Entity resolution on real pairs (goal: precision ≥ 0.99 and recall ≥ 0.95
 * over all 2,875 Shenzhen firms, in under 5 s). Left: the Shenzhen Stock
 * Exchange's full legal names with their city (A股列表, Oct 2025); right:
 * the short names of 5,448 listed firms with their province (Tushare
 * stock_basic). The stock code only scores the answer (bench/resolve-pairs-
 * data.ts); the resolver never sees it.
 * Baselines in the same run: the rule the import used so far (equal name
 * once case, width and brackets are folded: ingest/text.ts nameKey), for
 * precision and recall; and scoring every pair instead of the blocked
 * candidates, timed on the first 200 Shenzhen firms.
 */
import type { BenchFile } from './run.ts';
import { loadRealPairs, precisionRecall, type RealPairs } from './resolve-pairs-data.ts';
import {
  placeGazetteer,
  type PlaceGazetteer,
} from '../src/analytics/resolution/place-gazetteer.ts';
import { resolveRecords, type ResolvedPair } from '../src/analytics/resolution/resolve-records.ts';
import { nameKey } from '../src/ingest/text.ts';
import { loadRegions } from '../src/store/reference.ts';

let data: RealPairs;
let places: PlaceGazetteer;
let last: { pairs: ResolvedPair[]; ms: number } | undefined;

function resolveAll(): ResolvedPair[] {
  const t0 = performance.now();
  const { pairs } = resolveRecords(data.left, data.right, places);
  last = { pairs, ms: performance.now() - t0 };
  return pairs;
}

/** The import's rule so far: the same name key. */
function exactNames(): ResolvedPair[] {
  const byKey = new Map(data.right.map((r) => [nameKey(r.name), r.id]));
  return data.left.flatMap((l) => {
    const hit = byKey.get(nameKey(l.name));
    return hit
      ? [{ leftId: l.id, rightId: hit, score: 1, decision: 'match' as const, reasons: [] }]
      : [];
  });
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

const file: BenchFile = {
  title:
    'resolve 2,875 Shenzhen legal names against 5,448 listed short names (goal P ≥ 0.99, R ≥ 0.95, < 5 s)',
  setup() {
    data = loadRealPairs();
    places = placeGazetteer(loadRegions());
  },
  benchmarks: [
    {
      name: 'resolve all 2,875 (blocked)',
      fast: resolveAll,
      runs: 3,
      inSuite: true,
      report: () => {
        const pairs = last?.pairs ?? [];
        const pr = precisionRecall(data, pairs);
        const base = precisionRecall(data, exactNames());
        const review = pairs.filter((p) => p.decision === 'review').length;
        return (
          `precision ${pct(pr.precision)}, recall ${pct(pr.recall)} (${pr.correct} of ${pr.truePairs} true pairs; ` +
          `${pr.matched} matches, ${review} to review) in ${(last?.ms ?? NaN).toFixed(0)} ms; ` +
          `exact names: precision ${pct(base.precision)}, recall ${pct(base.recall)}`
        );
      },
    },
    {
      name: '200 firms: blocked vs every pair',
      fast: () => resolveRecords(data.left.slice(0, 200), data.right, places),
      baseline: () =>
        resolveRecords(data.left.slice(0, 200), data.right, places, { blocking: false }),
      runs: 3,
    },
  ],
};
export default file;
