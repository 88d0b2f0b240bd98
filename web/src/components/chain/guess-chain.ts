import type { ChainSummary } from '../../api/chain.ts';

/**
 * A first guess of a cluster's chain template from its name: the template
 * whose Chinese name (before any bracket) the cluster's name contains, e.g.
 * 长沙市工程机械集群 → 工程机械. Null when none does; the page says it guessed.
 */
export function guessChain(clusterName: string, chains: ChainSummary[]): string | null {
  for (const c of chains) {
    const core = c.nameZh.split(/[（(]/)[0]!.trim();
    if (core && clusterName.includes(core)) return c.id;
  }
  return null;
}
