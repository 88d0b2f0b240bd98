import { readFile } from 'node:fs/promises';
import { AtlasError } from '../../core/errors.ts';
import { validateIndexSystem, type IndexSystem } from '../../core/model/index-system.ts';

/**
 * Reads and validates an index-system JSON file (schema and structure:
 * core/model/index-system.ts). A named method (kind "named-method") is not a
 * scoring system: it is refused with the metric to run instead.
 */
export async function loadIndexSystem(file: string): Promise<IndexSystem> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AtlasError('ATLAS_E_FILE_NOT_FOUND', `No such file: ${file}`, { file });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new AtlasError('ATLAS_E_INDEX_SYSTEM', `${file}: not JSON: ${(e as Error).message}`, {
      file,
      node: 'root',
      reason: 'not JSON',
    });
  }
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind === 'named-method') {
    const impl = (raw as { implementation?: { export?: string } }).implementation?.export;
    throw new AtlasError(
      'ATLAS_E_INDEX_SYSTEM',
      `${file}: a named method (${impl ?? 'rule'}), not an index system: run it with atlas metric`,
      { file, node: 'root', reason: 'named method' },
    );
  }
  return validateIndexSystem(raw, file);
}
