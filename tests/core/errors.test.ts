import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AtlasError, ERRORS, WARNINGS } from '../../src/core/errors.ts';

/** docs/errors.md is the catalogue's documentation: every code, its status, its meaning. */
function documented(): Map<string, number> {
  const md = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const rows = new Map<string, number>();
  for (const m of md.matchAll(/^\| (ATLAS_[EW]_[A-Z0-9_]+) \| (\d+) \|/gm))
    rows.set(m[1], Number(m[2]));
  return rows;
}

describe('error catalogue', () => {
  const docs = documented();
  const code = { ...ERRORS, ...WARNINGS };

  it('documents every code with its status, and nothing else', () => {
    expect([...docs.keys()].sort()).toEqual(Object.keys(code).sort());
    for (const [k, entry] of Object.entries(code)) expect(docs.get(k), k).toBe(entry.status);
  });

  it('names errors ATLAS_E_ and warnings ATLAS_W_', () => {
    for (const k of Object.keys(ERRORS)) expect(k).toMatch(/^ATLAS_E_[A-Z0-9_]+$/);
    for (const k of Object.keys(WARNINGS)) expect(k).toMatch(/^ATLAS_W_[A-Z0-9_]+$/);
  });

  it('gives every entry a hint that says what to do', () => {
    for (const entry of Object.values(code)) expect(entry.hint.length).toBeGreaterThan(10);
  });

  it('builds errors that carry code, status, hint and details', () => {
    const e = new AtlasError('ATLAS_E_MISSING_COLUMN', 'no name column', { file: 'a.csv' });
    expect(e.toJSON()).toEqual({
      code: 'ATLAS_E_MISSING_COLUMN',
      message: 'no name column',
      hint: ERRORS.ATLAS_E_MISSING_COLUMN.hint,
      details: { file: 'a.csv' },
    });
    expect(e.status).toBe(400);
  });
});
