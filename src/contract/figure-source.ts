/**
 * Where one yearly figure of an organisation comes from, as answers carry it
 * (core/model/figure-provenance.ts): the record provenance's fields and the
 * import row that gave it — file, row, import id and importer. Closed.
 */
import { z } from 'zod';
import { RecordProvenance } from './record-provenance.ts';

export const FigureSourceView = RecordProvenance.extend({
  file: z.string().describe('the file’s name'),
  row: z.number().int().describe('the row of the file (the header being 1)'),
  importId: z.string().describe('the import log’s id'),
  by: z.string().describe('the account or role that imported it'),
})
  .partial()
  .describe('Where one yearly figure comes from: source, file, row, import, importer, year.');
export type FigureSourceView = z.infer<typeof FigureSourceView>;

/** The source of each figure of a year that has a value (a figure without a value has none). */
export const FigureSources = z.strictObject({
  employees: FigureSourceView.optional(),
  revenue: FigureSourceView.optional(),
  output: FigureSourceView.optional(),
  rdSpend: FigureSourceView.optional(),
  patents: FigureSourceView.optional(),
});
export type FigureSources = z.infer<typeof FigureSources>;
