import { warning, type AtlasWarning } from '../core/errors.ts';

/** ATLAS_W_COLUMNS_UNMAPPED naming the headers no field uses, or null. */
export function unmappedWarning(file: string, columns: readonly string[]): AtlasWarning | null {
  if (columns.length === 0) return null;
  return warning(
    'ATLAS_W_COLUMNS_UNMAPPED',
    `${file}: columns not imported: ${columns.join(', ')}`,
    {
      file,
      columns: [...columns],
    },
  );
}
