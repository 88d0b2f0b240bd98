import type { Organization } from '../../core/model/organization.ts';

/**
 * The year a record's data describe, for its provenance (not the year it was
 * loaded, which is provenance.loadedAt): the year the importer gave, else the
 * latest year of its yearly figures when the file has a year column, else
 * unknown — never the year of the import.
 */
export function dataYearOf(
  o: Organization,
  yearColumn: boolean,
  given: number | undefined,
): number | undefined {
  if (given !== undefined) return given;
  if (!yearColumn || o.measures.length === 0) return undefined;
  return Math.max(...o.measures.map((m) => m.year));
}
