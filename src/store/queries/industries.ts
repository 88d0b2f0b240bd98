import type { Duck, Row } from '../duck.ts';

/** An industry of a classification scheme (GB/T 4754-2017 by default). */
export interface IndustryRow {
  scheme: string;
  code: string;
  level: number;
  parent: string | null;
  nameZh: string;
  nameEn: string | null;
}

export interface IndustryQuery {
  scheme?: string;
  level?: number;
  parent?: string;
}

export const DEFAULT_SCHEME = 'GB/T4754-2017';

function toIndustry(r: Row): IndustryRow {
  return {
    scheme: String(r.scheme),
    code: String(r.code),
    level: Number(r.level),
    parent: (r.parent as string | null) ?? null,
    nameZh: String(r.name_zh),
    nameEn: (r.name_en as string | null) ?? null,
  };
}

/** Industries by level and/or parent, in code order. */
export async function readIndustries(db: Duck, q: IndustryQuery = {}): Promise<IndustryRow[]> {
  const where = ['scheme = $scheme'];
  const params: Record<string, string | number> = { scheme: q.scheme ?? DEFAULT_SCHEME };
  if (q.level !== undefined) {
    where.push('level = $level');
    params.level = q.level;
  }
  if (q.parent) {
    where.push('parent = $parent');
    params.parent = q.parent;
  }
  const rows = await db.all(
    `SELECT scheme, code, level, parent, name_zh, name_en FROM industries
     WHERE ${where.join(' AND ')} ORDER BY code`,
    params,
  );
  return rows.map(toIndustry);
}

/**
 * The code prefixes an industry filter stands for. A GB/T 4754 code matches
 * itself and its descendants by prefix (division '39' covers '391', '3911');
 * a section letter ('C') has no digits in common with its divisions, so it
 * expands to its divisions. A name (zh or en, case-insensitive, exact)
 * resolves to its code the same way. Empty when the text is neither.
 */
export async function industryPrefixes(db: Duck, text: string): Promise<string[]> {
  const rows = await db.all(
    `SELECT code, level FROM industries
     WHERE scheme = $scheme AND (code = upper($t) OR name_zh = $t OR lower(name_en) = lower($t))`,
    { scheme: DEFAULT_SCHEME, t: text },
  );
  const out = new Set<string>();
  for (const r of rows) {
    const code = String(r.code);
    out.add(code);
    if (Number(r.level) === 1) {
      const divisions = await db.all(
        'SELECT code FROM industries WHERE scheme = $scheme AND parent = $p',
        { scheme: DEFAULT_SCHEME, p: code },
      );
      for (const d of divisions) out.add(String(d.code));
    }
  }
  // A code not in the table (e.g. a 4-digit class of an older edition) still filters by prefix.
  if (out.size === 0 && /^[A-T]?\d{2,4}$/i.test(text)) out.add(text.toUpperCase());
  return [...out];
}
