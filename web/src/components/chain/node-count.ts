import type { PanoramaNode } from '../../api/chain.ts';

/**
 * The count a node's status is judged on, with what it counts: firms on a
 * production node, every organisation (institutes, platforms, services) on
 * a support node — so a support node held by two institutes reads
 * "有 · 2 家机构", never "有 · 0 家" (its enterprises).
 */
export function nodeCount(n: Pick<PanoramaNode, 'stage' | 'counts'>): {
  n: number;
  what: 'firms' | 'organisations';
} {
  return n.stage === 'support'
    ? { n: n.counts.counted, what: 'organisations' }
    : { n: n.counts.counted, what: 'firms' };
}
