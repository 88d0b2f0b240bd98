import { z } from 'zod';
import { Provenance } from './provenance.ts';

/**
 * Where an organisation's figures of one year (employees, revenue, output,
 * R&D spend, patents: table `measures`) come from. A year's figures are
 * often assembled from several files — 统计 gives employees, 工信 revenue —
 * so the row's provenance names the source of its latest write and, when
 * figures written earlier by other sources were kept, those sources under
 * `others`, each with the `fields` it gave. `year` is the year the figures
 * describe; `file`, `row` and `importId` name the import row (the import
 * log holds the import's report), `by` who imported it.
 */
export const FIGURE_FIELDS = ['employees', 'revenue', 'output', 'rdSpend', 'patents'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const FigureSource = Provenance.extend({
  /** The file's name (no folder). */
  file: z.string().optional(),
  /** The row of the file (1-based, the header being 1, as import errors name rows). */
  row: z.number().int().min(1).optional(),
  /** The import log's id of the import that wrote it. */
  importId: z.string().optional(),
  /** The account or role that imported it; absent when a tool wrote without saying. */
  by: z.string().optional(),
  /** The figures this source gave; absent: every figure of the year that has a value. */
  fields: z.array(z.enum(FIGURE_FIELDS)).optional(),
});
export type FigureSource = z.infer<typeof FigureSource>;

export const FigureProvenance = FigureSource.extend({
  /** Sources of figures kept from earlier writes (each with its `fields`). */
  others: z.array(FigureSource).optional(),
});
export type FigureProvenance = z.infer<typeof FigureProvenance>;
export type FigureProvenanceInput = z.input<typeof FigureProvenance>;

type Figures = Partial<Record<FigureField, number | undefined>> & {
  provenance?: FigureProvenance;
};

const given = (m: Figures): FigureField[] => FIGURE_FIELDS.filter((f) => m[f] !== undefined);

/** The sources of a year's figures, one per source, each with the fields it gave. */
export function figureSources(m: Figures): FigureSource[] {
  const p = m.provenance;
  if (!p) return [];
  const { others = [], ...main } = p;
  const elsewhere = new Set(others.flatMap((o) => o.fields ?? []));
  return [{ ...main, fields: main.fields ?? given(m).filter((f) => !elsewhere.has(f)) }, ...others];
}

/** The source of one figure of a year, if it has a value and a known source. */
export function sourceOfFigure(m: Figures, field: FigureField): FigureSource | undefined {
  if (m[field] === undefined) return undefined;
  return figureSources(m).find((s) => s.fields?.includes(field));
}

/**
 * The provenance of a year after `incoming`'s figures are written over
 * `current`'s: the incoming source for the figures it gives, the earlier
 * sources for the figures kept (and for those given again unchanged).
 * Undefined when `incoming` names no source (the writer then gives the
 * record's own).
 */
export function mergeFigureProvenance(
  current: Figures | undefined,
  incoming: Figures,
): FigureProvenance | undefined {
  const p = incoming.provenance;
  if (!p) return undefined;
  // A figure given again with the same value keeps the source that first gave it.
  const written = given(incoming).filter((f) => current?.[f] !== incoming[f]);
  if (current?.provenance && written.length === 0) return current.provenance;
  const kept = current
    ? figureSources(current)
        .map((s) => ({
          ...s,
          fields: (s.fields ?? []).filter((f) => !written.includes(f) && current[f] !== undefined),
        }))
        .filter((s) => s.fields.length > 0)
    : [];
  const { others: _drop, fields: _all, ...main } = p;
  if (kept.length === 0) return main;
  return { ...main, fields: written, others: kept };
}
