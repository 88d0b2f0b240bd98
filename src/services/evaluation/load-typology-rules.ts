import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  parseClusterTypeRules,
  type ClusterTypeRules,
} from '../../analytics/evaluation/typology.ts';
import { AtlasError } from '../../core/errors.ts';

/**
 * The bundled typology rules, after 干勇 等 (2022) 先进制造业集群现代科技支撑
 * 体系建设研究, 中国工程科学 24(2), §三.
 */
export const TYPOLOGY_RULES = fileURLToPath(
  new URL('../../../data/typology/cluster-types.json', import.meta.url),
);

/** Reads and validates typology rules; ATLAS_E_DATA_INTEGRITY when they do not match. */
export async function loadTypologyRules(file = TYPOLOGY_RULES): Promise<ClusterTypeRules> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `cannot read ${file}: ${(e as Error).message}`, {
      file,
    });
  }
  return parseClusterTypeRules(raw, file);
}
