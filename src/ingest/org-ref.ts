import { normalizeUscc, usccProblem } from '../core/ids/uscc.ts';
import { toHalfWidth } from './text.ts';

/**
 * A reference to an organisation as a file writes it. The import service
 * resolves it against the store: a USCC by USCC; anything else by id, then by
 * exact name.
 */
export interface OrgRef {
  text: string;
  by: 'uscc' | 'id-or-name';
}

/** Shaped like a USCC: 18 letters/digits with a 6-digit region code in positions 3-8. */
const USCC_SHAPE = /^[0-9A-Z]{2}\d{6}[0-9A-Z]{10}$/;

/**
 * Reads a reference cell. A cell shaped like a USCC whose checksum fails is
 * returned as `problem`, so a typo is reported instead of being looked up as a name.
 */
export function parseOrgRef(cell: string): { ref: OrgRef } | { problem: string } {
  const text = toHalfWidth(cell).replace(/\s+/g, ' ');
  const upper = normalizeUscc(text);
  if (!USCC_SHAPE.test(upper)) return { ref: { text, by: 'id-or-name' } };
  const p = usccProblem(upper);
  return p === null
    ? { ref: { text: upper, by: 'uscc' } }
    : { problem: `"${cell}" looks like a USCC but fails the ${p} check (GB 32100)` };
}
