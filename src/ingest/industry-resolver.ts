import { warning, type AtlasWarning } from '../core/errors.ts';
import type { IndustryLookup } from './lookups.ts';

export interface LabelCount {
  label: string;
  count: number;
}

const GBT = 'GB/T4754-2017';

/** A cell that is written as a code (C39, 3963, C) rather than a name. */
const CODE_LIKE = /^[A-Ta-t]?\d{2,4}$|^[A-Ta-t]$/;

/**
 * Resolves industry cells to GB/T 4754-2017 codes. Every value written as a
 * name is also kept as a label, as written, whether or not it matched a
 * GB/T 4754 name: a file in another scheme (Tushare's 火力发电, 林业) stays
 * complete in that scheme. Names that match nothing are counted as unresolved.
 * A cell is tried whole first (GB/T names contain 、), then split on ; , | and line breaks.
 */
export class IndustryResolver {
  private readonly cache = new Map<string, string | null>();
  private readonly labels = new Map<string, number>();

  constructor(private readonly industries: IndustryLookup) {}

  resolveCell(text: string): { codes: string[]; labels: string[] } {
    const whole = text.trim();
    const parts =
      this.code(whole) !== null
        ? [whole]
        : whole
            .split(/[;；,，|\n\r]+/)
            .map((p) => p.trim())
            .filter(Boolean);
    const codes: string[] = [];
    const labels: string[] = [];
    for (const p of parts) {
      const c = this.code(p);
      if (c !== null && !codes.includes(c)) codes.push(c);
      if ((c === null || !CODE_LIKE.test(p)) && !labels.includes(p)) labels.push(p);
      if (c === null) this.labels.set(p, (this.labels.get(p) ?? 0) + 1);
    }
    return { codes, labels };
  }

  /** Values that matched no GB/T 4754 code or name, by number of rows (most first), then by label. */
  unresolved(): LabelCount[] {
    return [...this.labels]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }

  private code(text: string): string | null {
    let c = this.cache.get(text);
    if (c === undefined) {
      const ind = this.industries.resolve(text);
      c = ind && ind.scheme === GBT ? ind.code : null;
      this.cache.set(text, c);
    }
    return c;
  }
}

/** ATLAS_W_INDUSTRY_LABEL listing the labels kept and their row counts. */
export function industryLabelWarning(
  file: string,
  column: string | undefined,
  labels: readonly LabelCount[],
): AtlasWarning | null {
  if (labels.length === 0) return null;
  const rows = labels.reduce((s, l) => s + l.count, 0);
  const top = labels
    .slice(0, 5)
    .map((l) => `${l.label} (${l.count})`)
    .join(', ');
  return warning(
    'ATLAS_W_INDUSTRY_LABEL',
    `${file}: ${labels.length} industry values in ${rows} rows are not GB/T 4754-2017 codes or names and were kept as labels: ${top}${labels.length > 5 ? ', …' : ''}`,
    { file, column, labels: [...labels] },
  );
}
