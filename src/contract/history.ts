/**
 * An organisation's history on the wire (GET /api/organizations/:id/history)
 * and the undo of one change (POST /api/changes/:id/undo): the core's change
 * record (core/model/change.ts), its values withheld where the viewer may not
 * see a firm's figures (docs/architecture.md, "The contract rule"). The
 * service withholds them itself and says so (`restricted`), so no field here
 * is a confidential aggregate.
 */
import { z } from 'zod';
import { IMPORT_KINDS } from '../core/model/import-vocabulary.ts';
import { DetailValue } from './error-details.ts';
import { pageOf } from './paging.ts';

const id = z.number().int();

/** A change's number, as the history lists it (POST /api/changes/:id/undo, `atlas undo CHANGE`). */
export const ChangeId = z.number().int().min(1);
/** The path of a route about one change. */
export const ChangeParams = z.strictObject({ id: ChangeId });
/**
 * A field's value (a scalar, a list such as coordinates or tags, a flat record
 * such as provenance or external ids), or a whole record's fields for a
 * creation or deletion: the bounded shape of error details fits them all
 * (store/history.ts tracks no deeper field). Anything deeper is sent as its
 * JSON text (api/wire-value.ts).
 */
const json = DetailValue.describe(
  'a field’s value, or a whole record’s fields for a creation or deletion; deeper parts as JSON text',
);

/** One change as a viewer sees it. */
export const ChangeItem = z.strictObject({
  id,
  at: z.string().describe('when (UTC, ISO 8601)'),
  by: z.string().nullable().describe('the account or role; null when a tool wrote without saying'),
  source: z.string().describe('the file, edit, merge or undo it came from'),
  entity: z.enum(['organization', 'measure', 'link', 'membership']),
  entityId: z
    .string()
    .describe('organisation id; organisation|year; link id; cluster|organisation'),
  organizations: z.array(z.string()),
  action: z.enum(['create', 'update', 'delete']),
  field: z.string().nullable(),
  previous: json,
  value: json,
  dataYear: id.nullable().describe('the year the data describe, when known'),
  undoes: id.nullable(),
  undoneBy: id.nullable().describe('the later change that undid this one, if any'),
  restricted: z
    .boolean()
    .optional()
    .describe('the values were confidential figures withheld from this viewer'),
});
export type ChangeItem = z.infer<typeof ChangeItem>;

export const OrganizationHistory = pageOf(ChangeItem).extend({ organization: z.string() });
export type OrganizationHistory = z.infer<typeof OrganizationHistory>;

/** What an undo wrote: the change that undoes, and the organisation it concerns. */
export const UndoAnswer = z.strictObject({ undone: id, organization: z.string() });
export type UndoAnswer = z.infer<typeof UndoAnswer>;

/** The path of a route about one import (its id from the import report or list). */
export const ImportParams = z.strictObject({ id: z.string().min(1).max(200) });
export type ImportParams = z.infer<typeof ImportParams>;

/**
 * What undoing a whole import removes, or removed (GET /api/imports/:id/undo
 * previews it, nothing written; POST does it; `atlas undo-import IMPORT`).
 */
export const UndoImportAnswer = z.strictObject({
  import: z.string(),
  kind: z.enum(IMPORT_KINDS),
  organizations: id.describe('organisations it created, deleted'),
  figures: id.describe('yearly figures it created, deleted'),
  links: id.describe('links it created, deleted'),
  changes: id.describe('its other changes (on records the atlas held), set back'),
});
export type UndoImportAnswer = z.infer<typeof UndoImportAnswer>;
