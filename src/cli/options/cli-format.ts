import { AtlasError } from '../../core/errors.ts';

/** --format checked: json, csv or table; undefined when not given (the output decides). */
export function cliFormat(v: string | undefined): 'json' | 'csv' | 'table' | undefined {
  if (v === undefined || v === 'json' || v === 'csv' || v === 'table') return v;
  throw new AtlasError('ATLAS_E_USAGE', `--format must be one of json, csv, table, not ${v}`, {
    option: '--format',
    value: v,
  });
}
