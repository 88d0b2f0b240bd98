/**
 * What a file may hold, in the order the import page offers them. Plain data
 * without zod, so that the web may import it without the model library
 * (docs/architecture.md, "The contract rule").
 */
export {
  IMPORT_KINDS,
  type ImportKind,
  UNDOABLE_IMPORT_KINDS,
} from '../core/model/import-vocabulary.ts';
