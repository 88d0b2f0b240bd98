import type { ImportHistory } from '../../contract/imports.ts';
import type { Duck } from '../../store/duck.ts';
import { readImports } from '../../store/imports.ts';

/** A page of the imports made, newest first (their full reports stay in the store). */
export async function listImports(
  db: Duck,
  page: number,
  pageSize: number,
): Promise<ImportHistory> {
  const { rows, total } = await readImports(db, pageSize, (page - 1) * pageSize);
  return { items: rows, total, page, pageSize };
}
