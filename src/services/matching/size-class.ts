import type { PartyFacts } from '../../store/matching.ts';

/**
 * SME or large, by the industrial thresholds of 工信部联企业〔2011〕300号
 * (中小企业划型标准规定): an industrial firm with fewer than 1,000 employees
 * or revenue below 40,000 万元 is an SME (medium, small or micro). Chain
 * leaders count as large whatever their measures; a firm with no measures and
 * no leader tag is unknown. Revenue is in 10k yuan, as in YearlyMeasures.
 */
export type SizeClass = 'sme' | 'large' | undefined;

export function sizeClassOf(f: Pick<PartyFacts, 'tags' | 'employees' | 'revenue'>): SizeClass {
  if (f.tags.includes('chain_leader')) return 'large';
  const e = f.employees;
  const r = f.revenue;
  if (e === undefined && r === undefined) return undefined;
  if ((e !== undefined && e < 1000) || (r !== undefined && r < 40000)) return 'sme';
  return 'large';
}
