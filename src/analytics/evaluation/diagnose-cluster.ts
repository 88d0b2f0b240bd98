/**
 * Diagnosis of a cluster against its type's typical problems (干勇 等 2022, §三):
 * each problem of the type (typology.ts) is checked on the indicators its
 * rules name as evidence, compared with peers (compare-peers.ts).
 *
 * Rule      a problem is 'indicated' when at least one of its evidence
 *           indicators is present and every present one puts the cluster
 *           behind its peers' median; 'not indicated' when a present one is
 *           level or ahead; 'no data' when none of them was evaluated (e.g.
 *           metrics such as structure_similarity not yet in the system).
 *           The cost direction of an indicator (energy per output) is
 *           already folded into the normalised values.
 * Conventions the diagnosis is a pointer to look closer, not a verdict: it
 *           rests on the indicators at hand and on who the peers are; every
 *           status carries the figures it used.
 * Cost      O(problems · evidence).
 * References 干勇, 谢曼, 廉海强, 邹伟龙, 王慧 (2022) 先进制造业集群现代科技支撑体系
 *           建设研究. 中国工程科学 24(2), §三 (problems), §四 (paths).
 */
import type { PeerRow } from './compare-peers.ts';
import type { TypologyResult } from './typology.ts';

export interface DiagnosisRow {
  problem: string;
  name: { zh: string; en: string };
  section: string;
  status: 'indicated' | 'not indicated' | 'no data';
  evidence: PeerRow[];
  missing: string[];
}

export function diagnoseCluster(type: TypologyResult, peers: readonly PeerRow[]): DiagnosisRow[] {
  const by = new Map(peers.map((r) => [r.indicator, r]));
  return type.problems.map((p) => {
    const wanted = p.evidence.map((e) => e.indicator ?? e.metric).filter((x): x is string => !!x);
    const evidence = wanted.map((w) => by.get(w)).filter((r): r is PeerRow => !!r);
    const missing = wanted.filter((w) => !by.has(w));
    const status: DiagnosisRow['status'] =
      evidence.length === 0
        ? 'no data'
        : evidence.every((r) => r.position === 'behind')
          ? 'indicated'
          : 'not indicated';
    return { problem: p.id, name: p.name, section: p.section, status, evidence, missing };
  });
}
