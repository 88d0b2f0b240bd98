import { describe, expect, it } from 'vitest';
import { scanCsvLayout } from '../../src/store/columnar/scan-csv-layout.ts';

/**
 * A file without quotes is counted by native searches (line feeds less the
 * empty lines); the walk byte by byte that also records each record's line
 * is the reference: both must agree on every small mix of BOM, text,
 * delimiters, LF, CRLF and empty lines.
 */
describe('scanCsvLayout on unquoted text', () => {
  it('counts records as the byte walk does', () => {
    let a = 7;
    const rand = () => (a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'b', ',', '\n', '\r\n', '\n', '\ufeff'];
    for (let t = 0; t < 20_000; t++) {
      let s = rand() < 0.3 ? '\ufeff' : '';
      const len = Math.floor(rand() * 12);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const bytes = Buffer.from(s);
      const fast = scanCsvLayout(bytes, 44);
      const walk = scanCsvLayout(bytes, 44, true);
      expect([s, fast.records, fast.regular]).toEqual([s, walk.records, walk.regular]);
    }
  });

  it('counts the plain cases', () => {
    const count = (s: string) => scanCsvLayout(Buffer.from(s), 44).records;
    expect(count('h\na\nb\n')).toBe(3);
    expect(count('h\r\n\r\na\r\n\nb')).toBe(3);
    expect(count('\ufeff\n\nh\n')).toBe(1);
    expect(count('')).toBe(0);
    expect(scanCsvLayout(Buffer.from('h\ra\n'), 44).regular).toBe(false);
  });
});
