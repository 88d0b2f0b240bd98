import { describe, expect, it } from 'vitest';
import { abbreviationCover } from '../../src/analytics/resolution/abbreviation-cover.ts';
import { bigramJaccard, charBigrams } from '../../src/analytics/resolution/bigram-jaccard.ts';
import { skipGrams } from '../../src/analytics/resolution/candidate-index.ts';
import { jaroWinkler } from '../../src/analytics/resolution/jaro-winkler.ts';
import { pinyinKey } from '../../src/analytics/resolution/pinyin-key.ts';

describe('jaroWinkler', () => {
  it('matches the published examples (Winkler 1990)', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
  });
  it('counts a hanzi as one unit', () => {
    // m = 2, jaro = (2/4 + 2/2 + 1)/3 = 5/6, prefix 2: 5/6 + 0.2·(1/6)
    expect(jaroWinkler('中联重科', '中联')).toBeCloseTo(5 / 6 + 0.2 / 6, 10);
    expect(jaroWinkler('', '中联')).toBe(0);
    expect(jaroWinkler('中联', '中联')).toBe(1);
  });
});

describe('bigramJaccard', () => {
  it('is the share of shared character pairs', () => {
    expect(bigramJaccard('中联重科', '中联重科机械')).toBeCloseTo(3 / 5, 12);
    expect(bigramJaccard('液压科技', '科技液压')).toBeCloseTo(2 / 4, 12);
    expect(bigramJaccard('中联', '')).toBe(0);
    expect([...charBigrams('科')]).toEqual(['科']);
  });
});

describe('abbreviationCover', () => {
  it('tells containment, in-order cover and its pieces', () => {
    expect(abbreviationCover('中联重科', '中联重科')).toEqual({
      cover: 1,
      runs: 1,
      contained: true,
      first: true,
    });
    expect(abbreviationCover('深振业', '深圳市振业')).toEqual({
      cover: 1,
      runs: 2,
      contained: false,
      first: true,
    });
    expect(abbreviationCover('奥联电子', '奥联汽车电子电器').runs).toBe(2);
    expect(abbreviationCover('三一', '中联重科').cover).toBe(0);
  });
});

describe('skipGrams and pinyinKey', () => {
  it('give the shapes of abbreviations and the sound of a name', () => {
    expect(skipGrams('合肥百货').has('合百')).toBe(true);
    expect(pinyinKey('中联重科')).toBe('ZHONGLIANZHONGKE');
    expect(pinyinKey('Zhonglian Zhongke')).toBe('ZHONGLIANZHONGKE');
  });
});
