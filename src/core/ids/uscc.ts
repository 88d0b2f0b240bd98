/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters over the 31-symbol alphabet 0-9 A-H J-N P-R T U W-Y (no I, O,
 * S, V, Z). Position 1: registration authority; 2: organisation type; 3-8:
 * GB/T 2260 region code; 9-17: organisation code; 18: check character.
 *
 * Check: c18 = (31 − Σ_{i=1..17} v(c_i)·w_i mod 31) mod 31 with
 * w_i = 3^(i−1) mod 31 — i.e. 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUW-Y]{18}$/;

export type UsccProblem = 'length' | 'characters' | 'checksum';

/** The check character for the first 17 characters (already upper case). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Normalises (trim, upper case) and returns the problem, or null when valid. */
export function usccProblem(raw: string): UsccProblem | null {
  const code = normalizeUscc(raw);
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

export function isValidUscc(raw: string): boolean {
  return usccProblem(raw) === null;
}

export function normalizeUscc(raw: string): string {
  return raw.trim().toUpperCase();
}
