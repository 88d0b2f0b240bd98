import { describe, expect, it } from 'vitest';
import { fill } from '../../web/src/i18n/dictionary.ts';
import { formatPercent, translate } from '../../web/src/i18n/common.ts';
import { chainText } from '../../web/src/i18n/chain.ts';

/** The web's texts put a count beside the word that agrees with it ("1 firm", "3 firms"), and a small share as small. */
describe('fill', () => {
  it('puts values in, and the word that agrees with a count', () => {
    expect(fill('{n} members', { n: 3 })).toBe('3 members');
    expect(fill('{n|firm|firms}', { n: 1 })).toBe('1 firm');
    expect(fill('{n|firm|firms}', { n: 0 })).toBe('0 firms');
    expect(fill('{n|firm|firms}', { n: '1,204' })).toBe('1,204 firms');
    expect(fill('{n|link points|links point} at nothing', { n: '1' })).toBe(
      '1 link points at nothing',
    );
    // A value not given stays visible as its slot, never "undefined".
    expect(fill('{m} of {n}', { n: 2 })).toBe('{m} of 2');
  });

  it('gives the chain cards and the shared dictionary a singular', () => {
    expect(fill(chainText.en.firms, { n: 1 })).toBe('1 firm');
    expect(fill(chainText['zh-CN'].firms, { n: 1 })).not.toMatch(/\|/);
    expect(translate('en', 'membersTruncated', { n: 25 })).toBe('Showing the first 25 members');
  });
});

describe('formatPercent', () => {
  it('never reads a share above zero as 0%', () => {
    expect(formatPercent('en', 1 / 5505)).toBe('<0.1%');
    expect(formatPercent('zh-CN', 1 / 5505)).toBe('<0.1%');
    expect(formatPercent('en', 0)).toBe('0%');
    expect(formatPercent('en', 0.064)).toBe('6.4%');
  });
});
