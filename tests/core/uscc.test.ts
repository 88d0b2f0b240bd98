import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckChar, usccProblem } from '../../src/core/ids/uscc.ts';
import { Organization } from '../../src/core/model/organization.ts';

// Check characters computed independently (Python, same GB 32100 weights) and by hand below.
const VALID = ['91440300192185379H', '91440300618897016N'];

describe('USCC (GB 32100-2015)', () => {
  it('computes the check character by hand-checked arithmetic', () => {
    // 9 1 4 4 0 3 0 0 1 9 2 1 8 5 3 7 9 · weights → Σ = 9+3+36+108+0+78+0+0+20+261+50+13+64+120+30+210+252 = 1254
    // 1254 mod 31 = 14; 31 − 14 = 17 → alphabet[17] = 'H'
    expect(usccCheckChar('91440300192185379')).toBe('H');
  });

  it('accepts valid codes, in any case and with spaces around', () => {
    for (const c of VALID) expect(isValidUscc(c)).toBe(true);
    expect(isValidUscc(' 91440300192185379h ')).toBe(true);
  });

  it('names the problem of an invalid code', () => {
    expect(usccProblem('91440300192185379')).toBe('length');
    expect(usccProblem('9144030019218537IH')).toBe('characters');
    expect(usccProblem('91440300192185379A')).toBe('checksum');
  });

  it('is enforced by the Organization schema', () => {
    const base = {
      id: 'x',
      name: '甲',
      kind: 'enterprise',
      provenance: { source: 's', method: 'manual' },
    };
    expect(Organization.safeParse({ ...base, uscc: '91440300192185379A' }).success).toBe(false);
    expect(Organization.parse({ ...base, uscc: '91440300192185379h' }).uscc).toBe(
      '91440300192185379H',
    );
  });
});
