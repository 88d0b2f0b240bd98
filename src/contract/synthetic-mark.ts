/**
 * How much of what an answer sums or judges is synthetic: every answer that
 * sums or judges data carries it beside its figures, so that a generated population is never
 * read as the real economy.
 */
export interface SyntheticMark {
  /** Organisations the answer sums or judges. */
  organizations: number;
  syntheticOrganizations: number;
  /** Links it sums or judges. */
  links: number;
  syntheticLinks: number;
  /** syntheticOrganizations / organizations (0 when there are none). */
  syntheticShare: number;
  /** syntheticLinks / links (0 when there are none). */
  syntheticLinkShare: number;
}
