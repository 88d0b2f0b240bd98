import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';

const INDICATORS = [
  'member_firms',
  'research_members',
  'public_service_platforms',
  'promotion_organisation',
  'chain_leaders',
  'supply_link_density',
  'chain_coverage',
  'energy_per_output',
  'national_innovation_centres',
  'rd_intensity',
  'research_links_share',
];

/** Indicator ids of the bundled systems in words; an id of a user's own system is shown as written. */
export function useIndicatorName(): (id: string) => string {
  const tt = useDictionary(rankingsText);
  return (id: string) => (INDICATORS.includes(id) ? tt(`ind.${id}` as 'ind.member_firms') : id);
}
