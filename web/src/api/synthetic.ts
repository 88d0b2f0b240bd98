/**
 * How much of what an answer sums or judges is synthetic, as the API sends
 * it (src/services/synthetic-share.ts): network verdicts, disruptions and
 * the resilience curve carry it.
 */
export interface SyntheticMark {
  organizations: number;
  syntheticOrganizations: number;
  links: number;
  syntheticLinks: number;
  /** syntheticOrganizations / organizations (0 when there are none). */
  syntheticShare: number;
  /** syntheticLinks / links (0 when there are none). */
  syntheticLinkShare: number;
}
