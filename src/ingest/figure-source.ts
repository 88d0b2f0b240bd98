import { basename } from 'node:path';
import { FigureProvenance } from '../core/model/figure-provenance.ts';
import type { ProvenanceInput } from './provenance-input.ts';

/**
 * The provenance of the yearly figures one import row gives: the row's
 * provenance with the year the figures describe, the file's name, the row
 * and, when the caller knows them, the import's id and who runs it. Parsed,
 * so its keys come in the schema's order (the staged import writes the same
 * text in SQL: services/import/stage-organizations.ts).
 */
export function figureSource(
  provenance: ProvenanceInput,
  year: number,
  file: string,
  row: number,
  figures: { importId?: string; by?: string } = {},
): FigureProvenance {
  return FigureProvenance.parse({
    ...provenance,
    year,
    file: basename(file),
    row,
    importId: figures.importId,
    by: figures.by,
  });
}
