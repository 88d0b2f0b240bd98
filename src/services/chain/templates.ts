import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateTemplate } from '../../analytics/chain/validate-template.ts';
import { AtlasError } from '../../core/errors.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { readChainTemplates, writeChainTemplate } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { loadIndustries, referencePath } from '../../store/reference.ts';

/**
 * Chain templates: the bundled ones (data/chains/*.json, validated once and
 * cached; a broken bundled file is ATLAS_E_DATA_INTEGRITY, the package's
 * fault) and those a user imported into the atlas (table chain_templates).
 * An imported template with the id of a bundled one and a higher version
 * takes its place; every version stays stored.
 */

let industryCodes: Set<string> | undefined;
function codes(): Set<string> {
  industryCodes ??= new Set(loadIndustries().map((i) => i.code));
  return industryCodes;
}

let bundled: ChainTemplate[] | undefined;

/** The templates shipped in data/chains/, by id. */
export function bundledChainTemplates(dir = referencePath('chains')): ChainTemplate[] {
  if (bundled && dir === referencePath('chains')) return bundled;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const out = files.map((f) => {
    const file = `data/chains/${f}`;
    try {
      return validateTemplate(JSON.parse(readFileSync(join(dir, f), 'utf8')), file, {
        industryCodes: codes(),
      });
    } catch (e) {
      throw new AtlasError(
        'ATLAS_E_DATA_INTEGRITY',
        `bundled ${file} is invalid: ${(e as Error).message}`,
        {
          file,
          ...(e instanceof AtlasError ? e.details : {}),
        },
      );
    }
  });
  if (dir === referencePath('chains')) bundled = out;
  return out;
}

/** Reads and validates a template file; refuses it with ATLAS_E_CHAIN_TEMPLATE naming file, node and reason. */
export function readTemplateFile(path: string): ChainTemplate {
  if (!existsSync(path))
    throw new AtlasError('ATLAS_E_FILE_NOT_FOUND', `no file ${path}`, { file: path });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AtlasError('ATLAS_E_FILE_FORMAT', `${path} is not JSON: ${(e as Error).message}`, {
      file: path,
    });
  }
  return validateTemplate(raw, path, { industryCodes: codes() });
}

const newer = (a: string, b: string): boolean => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};

/** Every template the atlas knows: bundled, overridden by stored ones of a higher version. */
export async function listChainTemplates(db?: Duck): Promise<ChainTemplate[]> {
  const byId = new Map(bundledChainTemplates().map((t) => [t.id, t]));
  if (db)
    for (const s of await readChainTemplates(db)) {
      const t = validateTemplate(s.template, s.file ?? `stored ${s.id}@${s.version}`, {
        industryCodes: codes(),
      });
      const cur = byId.get(t.id);
      if (!cur || newer(t.version, cur.version)) byId.set(t.id, t);
    }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** One template by id (the newest version known), or ATLAS_E_NOT_FOUND listing the ids. */
export async function getChainTemplate(id: string, db?: Duck): Promise<ChainTemplate> {
  const all = await listChainTemplates(db);
  const t = all.find((x) => x.id === id);
  if (!t)
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `no chain template ${id}; known: ${all.map((x) => x.id).join(', ')}`,
      {
        id,
        known: all.map((x) => x.id),
      },
    );
  return t;
}

/** Validates a template (e.g. a request body) and stores it in the atlas; returns it. */
export async function saveChainTemplate(
  db: Duck,
  raw: unknown,
  file: string,
): Promise<ChainTemplate> {
  const t = validateTemplate(raw, file, { industryCodes: codes() });
  await db.transaction((tx) => writeChainTemplate(tx, t, t, file, new Date().toISOString()));
  return t;
}

/** Validates a template without storing it (the web editor's check). */
export function checkChainTemplate(raw: unknown, file: string): ChainTemplate {
  return validateTemplate(raw, file, { industryCodes: codes() });
}

/** Validates a template file and stores it in the atlas; returns it. */
export async function importChainTemplate(db: Duck, path: string): Promise<ChainTemplate> {
  const t = readTemplateFile(path);
  await db.transaction((tx) =>
    writeChainTemplate(tx, t, t, basename(path), new Date().toISOString()),
  );
  return t;
}
