/** A row of data/industries/tushare-gbt4754.json. */
export interface ConcordanceRow {
  label: string;
  divisions: string[];
  basis: string;
}

export interface Classification {
  /** GB/T 4754 codes: one division, or a section where the label spans several. */
  codes: string[];
  confidence: number;
  note: string;
}

/**
 * GB/T 4754-2017 code of a listed firm from its Tushare label, narrowed by the
 * exchange's CSRC sector (门类 letters follow GB/T 4754's sections) where known.
 * A label of one division gives it (inferred, confidence 0.8); a label of
 * several gives the one the CSRC sector leaves, else their common section,
 * else nothing — never a guess among them.
 */
export function classifyFirm(
  label: string,
  csrcSector: string | undefined,
  concordance: ReadonlyMap<string, ConcordanceRow>,
  sectionOf: ReadonlyMap<string, string>,
): Classification {
  const row = concordance.get(label);
  if (!row) throw new Error(`label ${label} is not in the concordance`);
  const { divisions } = row;
  const via = `Industry: Tushare label ${label} → GB/T 4754 ${divisions.join('/') || 'none'} (${row.basis}; inferred)`;
  if (divisions.length === 1) return { codes: divisions, confidence: 0.8, note: `${via}.` };
  if (csrcSector) {
    const left = divisions.filter((d) => sectionOf.get(d) === csrcSector);
    if (left.length === 1)
      return {
        codes: left,
        confidence: 0.7,
        note: `${via}, narrowed to ${left[0]} by the CSRC sector ${csrcSector}.`,
      };
  }
  const sections = [...new Set(divisions.map((d) => sectionOf.get(d)))];
  if (sections.length === 1 && sections[0])
    return {
      codes: [sections[0]],
      confidence: 0.8,
      note: `${via}; the label spans several divisions, so only the section ${sections[0]} is given.`,
    };
  return {
    codes: [],
    confidence: 0.8,
    note: `${via}; the label spans several sections, so no industry code is given.`,
  };
}
