import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Rows of a CSV under ../shared/data (read in place, never copied). */
export function sharedCsv(rel: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../../shared/data/${rel}`, import.meta.url), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}
