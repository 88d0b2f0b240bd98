import { describe, expect, it } from 'vitest';
import { placeGazetteer } from '../../src/analytics/resolution/place-gazetteer.ts';
import type { ResolutionRecord } from '../../src/analytics/resolution/prepare-record.ts';
import { resolveRecords } from '../../src/analytics/resolution/resolve-records.ts';
import { loadRegions } from '../../src/store/reference.ts';

const places = placeGazetteer(loadRegions());

/** The pair of two records; names with no bigram in common are not even compared: distinct. */
function one(a: Omit<ResolutionRecord, 'id'>, b: Omit<ResolutionRecord, 'id'>) {
  const r = resolveRecords([{ id: 'a', ...a }], [{ id: 'b', ...b }], places);
  return r.pairs[0] ?? { leftId: 'a', rightId: 'b', score: 0, decision: 'distinct', reasons: [] };
}

describe('resolveRecords on real names', () => {
  it('matches a full legal name with its short name', () => {
    const p = one({ name: '中联重科股份有限公司', region: '430100' }, { name: '中联重科' });
    expect(p.decision).toBe('match');
    expect(p.score).toBe(1);
    expect(p.reasons).toContain('same_name');
  });

  it('matches a branch-style name with the place in brackets', () => {
    const p = one(
      { name: '审计测试液压科技(长沙)有限公司' },
      { name: '审计测试液压科技有限公司', region: '430000' },
    );
    expect(p.decision).toBe('match');
    expect(p.reasons).toEqual(['same_name', 'same_province']);
  });

  it('matches stock names with marks and place abbreviations', () => {
    expect(one({ name: '深圳国华网安科技股份有限公司' }, { name: '*ST国华' }).decision).toBe(
      'match',
    );
    const zy = one(
      { name: '深圳市振业(集团)股份有限公司', region: '440300' },
      { name: '深振业Ａ' },
    );
    expect(zy.decision).toBe('match');
    expect(zy.reasons).toContain('place_abbreviation');
  });

  it('keeps different firms with similar names distinct', () => {
    expect(one({ name: '中联重科股份有限公司' }, { name: '三一重工股份有限公司' }).decision).toBe(
      'distinct',
    );
    // Same industry word, different places in the names.
    expect(one({ name: '湖北能源集团股份有限公司' }, { name: '深圳能源' }).decision).toBe(
      'distinct',
    );
    expect(one({ name: '杭州银行股份有限公司' }, { name: '宁波银行' }).decision).toBe('distinct');
    // One character apart: at most a person's question, never a match.
    expect(one({ name: '中联重科股份有限公司' }, { name: '中联重工有限公司' }).decision).not.toBe(
      'match',
    );
  });

  it('lets the USCC decide whatever the names say', () => {
    const a = '91430000712104063A';
    const b = '914300007121392220';
    expect(one({ name: '长沙甲公司', uscc: a }, { name: '完全不同', uscc: a }).reasons).toEqual([
      'same_uscc',
    ]);
    expect(
      one({ name: '中联重科股份有限公司', uscc: a }, { name: '中联重科', uscc: b }).decision,
    ).toBe('distinct');
  });

  it('penalises a place disagreement', () => {
    const same = one(
      { name: '华辰装备股份有限公司', region: '320500' },
      { name: '华辰装备', region: '32' },
    );
    const other = one(
      { name: '华辰装备股份有限公司', region: '320500' },
      { name: '华辰装备', region: '44' },
    );
    expect(same.score).toBeGreaterThan(other.score);
    expect(other.reasons).toContain('different_province');
  });

  it('matches each right record once, and sends a tie to review', () => {
    const r = resolveRecords(
      [
        { id: 'l1', name: '中联重科股份有限公司' },
        { id: 'l2', name: '中联重科有限公司' },
      ],
      [{ id: 'r1', name: '中联重科' }],
      places,
    );
    const decisions = r.pairs.map((p) => p.decision).sort();
    expect(decisions).toEqual(['distinct', 'review']);
    expect(r.pairs.find((p) => p.decision === 'review')?.reasons).toContain('ambiguous');
    const many = resolveRecords(
      [
        { id: 'l1', name: '中联重科股份有限公司' },
        { id: 'l2', name: '中联重科有限公司' },
      ],
      [{ id: 'r1', name: '中联重科' }],
      places,
      { oneToOne: false },
    );
    expect(many.pairs.map((p) => p.decision)).toEqual(['match', 'match']);
  });

  it('reads a name in pinyin and traditional characters', () => {
    expect(one({ name: '中聯重科股份有限公司' }, { name: '中联重科' }).decision).toBe('match');
    const py = one({ name: 'Zhonglian Zhongke' }, { name: '中联重科' });
    expect(py.reasons).toContain('same_pinyin');
    expect(py.decision).toBe('match');
  });
});
