import {
  declareAggregates,
  type Contribution,
  type DeclaredAggregate,
} from '../../core/access/disclosure.ts';
import type { Consolidation } from './consolidation-types.ts';

/**
 * Declares every figure of a consolidation answer built from firms' sizes,
 * with the firms whose figures it reveals, so that the API's disclosure
 * control (services/access/redact.ts) withholds what a viewer may not infer:
 * - a firm's size and share reveal that firm (a share also the rest);
 * - a total, HHI, numbers-equivalent and firms-for-half reveal the market;
 * - CRn reveals the n largest and the rest (a share of a whole);
 * - the median reveals the one or two firms in the middle;
 * - a merged firm's size, share and ΔHHI (and the HHI after it alone, which
 *   gives ΔHHI beside today's HHI) reveal the merging firms, and so does
 *   every figure after the mergers;
 * - a partner's overlap size reveals the partner.
 * Returns the answer.
 */
export function declareConsolidation(
  a: Consolidation,
  sizeOf: ReadonlyMap<string, number>,
  groups: { before: string[][]; after: string[][] | null; median: string[]; afterMedian: string[] },
): Consolidation {
  const part = (ids: readonly string[]): Contribution[] =>
    ids.map((id) => ({ id, value: sizeOf.get(id) ?? 0 }));
  const all = [...sizeOf.keys()];
  const rest = (ids: readonly string[]) => all.filter((id) => !ids.includes(id));
  const cells: DeclaredAggregate[] = [];
  const add = (path: (string | number)[], ...sets: string[][]) =>
    cells.push({ path, sets: sets.map(part) });
  a.firms.forEach((f, i) => {
    add(['firms', i, 'size'], [f.organization]);
    add(['firms', i, 'share'], [f.organization], rest([f.organization]));
  });
  const merging = a.mergers.flatMap((m) => m.members.map((f) => f.organization));
  // After a merger every figure also moves with the merging firms' sizes
  // (HHI after less HHI today is 2·s_a·s_b): it reveals them too.
  const profile = (key: 'before' | 'after', ranked: string[][], median: string[]) => {
    const extra = key === 'after' ? [merging] : [];
    for (const k of ['total', 'hhi', 'numbersEquivalent', 'firmsForHalf'])
      add([key, k], all, ...extra);
    for (const [k, n] of [
      ['cr4', 4],
      ['cr8', 8],
    ] as const) {
      const top = ranked.slice(0, n).flat();
      add([key, k], top, rest(top), ...extra);
    }
    add([key, 'median'], median);
  };
  profile('before', groups.before, groups.median);
  if (groups.after) profile('after', groups.after, groups.afterMedian);
  a.mergers.forEach((m, i) => {
    const ids = m.members.map((f) => f.organization);
    for (const k of ['size', 'share', 'deltaHhi', 'postHhi']) add(['mergers', i, k], ids);
  });
  if (a.mergers.length > 0) add(['deltaHhi'], merging);
  a.partners.forEach((p, i) => add(['partners', i, 'overlapSize'], [p.organization]));
  return declareAggregates(a, cells);
}
