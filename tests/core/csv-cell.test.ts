import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/text/csv-cell.ts';
import { toCsv } from '../../web/src/components/report/csv.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('长沙市')).toBe('长沙市');
  });

  it('writes numbers unrounded and nothing for null', () => {
    expect(csvCell(-0.123456789012345)).toBe('-0.123456789012345');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('turns text a spreadsheet would run into text', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('leaves plain numbers written as text, and a lone sign, alone', () => {
    expect(csvCell('-')).toBe('-');
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell('+86')).toBe('+86');
    expect(csvCell('1e-3')).toBe('1e-3');
    expect(csvCell('0011')).toBe('0011');
  });

  it('agrees with the web copy of the rule cell for cell', () => {
    const cells = ['=1+1', '-3.5', '+86', '@x', 'a,b', '长沙', '-', 'x"y'];
    const web = toCsv(
      ['c'],
      cells.map((c) => [c]),
    );
    expect(web).toBe('\uFEFF' + ['c', ...cells.map(csvCell)].join('\r\n') + '\r\n');
  });
});
