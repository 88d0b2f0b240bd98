/**
 * Micro-cluster proposals: groups of firms and research organisations that
 * share one key problem, the Korean "mini-cluster" (미니클러스터) idea that
 * 干勇 等 (2022) ask for — 10-30 firms, universities and institutes working on a common
 * technology problem inside a larger cluster.
 *
 * Input     problems p with the organisations tied to each (a shared R&D topic
 *           of their collaboration links, a choke-point chain node they sit on),
 *           each organisation with its kind.
 * Rule      a problem becomes a proposal when it has at least `minMembers`
 *           organisations (default 3) and at least one firm; groups above
 *           `maxMembers` (default 30, the upper size of a Korean mini-cluster)
 *           keep the organisations with the most problems in common first, then
 *           by id. A proposal whose members are all inside a better-ranked one's
 *           is dropped (it adds no new group).
 * Rank      firms × (1 + research organisations): a problem that brings firms
 *           and research together ranks above a larger one of firms alone;
 *           ties by size, then problem id. (Our convention, not a published
 *           score; stated beside the result.)
 * Cost      O(Σ_p |members_p| log |members_p| + P² · m) for the subset test.
 * References Korea Industrial Complex Corporation (KICOX), mini-cluster
 *           programme (since 2005); 干勇, 谢曼, 廉海强, 邹伟龙, 王慧 (2022)
 *           先进制造业集群现代科技支撑体系建设研究. 中国工程科学 24(2).
 */
export interface ProblemMembers {
  id: string;
  label: string;
  kind: 'topic' | 'chain_node';
  members: readonly { id: string; kind: string }[];
}

export interface MicroClusterProposal {
  problem: string;
  label: string;
  kind: ProblemMembers['kind'];
  members: string[];
  firms: number;
  research: number;
  score: number;
  /** Members left out by maxMembers. */
  omitted: number;
}

const RESEARCH = new Set(['university', 'institute', 'platform']);

export function proposeMicroClusters(
  problems: readonly ProblemMembers[],
  opts: { minMembers?: number; maxMembers?: number } = {},
): MicroClusterProposal[] {
  const min = opts.minMembers ?? 3;
  const max = opts.maxMembers ?? 30;
  // How many problems each organisation shares: the most engaged stay when a group is cut.
  const engagement = new Map<string, number>();
  for (const p of problems)
    for (const m of new Set(p.members.map((x) => x.id)))
      engagement.set(m, (engagement.get(m) ?? 0) + 1);
  const ranked: MicroClusterProposal[] = [];
  for (const p of problems) {
    const kinds = new Map(p.members.map((m) => [m.id, m.kind]));
    const all = [...kinds.keys()].sort(
      (a, b) => (engagement.get(b) ?? 0) - (engagement.get(a) ?? 0) || a.localeCompare(b),
    );
    const members = all.slice(0, max);
    const firms = members.filter((m) => kinds.get(m) === 'enterprise').length;
    const research = members.filter((m) => RESEARCH.has(kinds.get(m) ?? '')).length;
    if (members.length < min || firms === 0) continue;
    ranked.push({
      problem: p.id,
      label: p.label,
      kind: p.kind,
      members: members.sort(),
      firms,
      research,
      score: firms * (1 + research),
      omitted: all.length - members.length,
    });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.members.length - a.members.length ||
      a.problem.localeCompare(b.problem),
  );
  const kept: MicroClusterProposal[] = [];
  for (const r of ranked) {
    const covered = kept.some((k) => {
      const s = new Set(k.members);
      return r.members.every((m) => s.has(m));
    });
    if (!covered) kept.push(r);
  }
  return kept;
}
