import { describe, expect, it } from 'vitest';
import { normalizeOrgName } from '../../src/analytics/resolution/normalize-org-name.ts';
import { placeGazetteer, stripPlaces } from '../../src/analytics/resolution/place-gazetteer.ts';
import { stripLegalForm } from '../../src/analytics/resolution/strip-legal-form.ts';
import { stripStockMarks } from '../../src/analytics/resolution/strip-stock-marks.ts';
import { toSimplified } from '../../src/analytics/resolution/to-simplified.ts';
import { loadRegions } from '../../src/store/reference.ts';

const places = placeGazetteer(loadRegions());

describe('stripStockMarks', () => {
  it('removes risk, share-class, delisting and listing-day marks', () => {
    expect(stripStockMarks('*ST国华')).toEqual({ name: '国华', marks: ['*ST'] });
    expect(stripStockMarks('ST任子行')).toEqual({ name: '任子行', marks: ['ST'] });
    expect(stripStockMarks('万科A')).toEqual({ name: '万科', marks: ['A'] });
    expect(stripStockMarks('XD海天味')).toEqual({ name: '海天味', marks: ['XD'] });
    expect(stripStockMarks('退市海润')).toEqual({ name: '海润', marks: ['退市'] });
    expect(stripStockMarks('N国泰退').name).toBe('国泰');
  });
  it('keeps Latin names and names that are only a mark', () => {
    expect(stripStockMarks('TCL科技').name).toBe('TCL科技');
    expect(stripStockMarks('ST').name).toBe('ST');
  });
});

describe('stripLegalForm', () => {
  it('removes the legal form at the end and a bracketed group', () => {
    expect(stripLegalForm('中联重科股份有限公司')).toEqual({
      name: '中联重科',
      forms: ['股份有限公司'],
    });
    expect(stripLegalForm('深圳市振业(集团)股份有限公司').name).toBe('深圳市振业');
    expect(stripLegalForm('三一重工集团有限公司').name).toBe('三一重工');
    expect(stripLegalForm('泰嘉股份').name).toBe('泰嘉');
  });
  it('never leaves fewer than two characters', () => {
    expect(stripLegalForm('集团').name).toBe('集团');
  });
});

describe('stripPlaces', () => {
  it('removes leading places and a bracketed place, keeping their codes', () => {
    const r = stripPlaces('广东省深圳市振业', places);
    expect(r.name).toBe('振业');
    expect(r.texts).toEqual(['广东省', '深圳市']);
    expect(r.codes[1]).toContain('440300');
    expect(stripPlaces('审计测试液压科技(长沙)', places).name).toBe('审计测试液压科技');
  });
  it('keeps a non-place bracket’s text and does not eat county short names', () => {
    expect(stripPlaces('华映科技(控股)', places).name).toBe('华映科技控股');
    expect(stripPlaces('新华制药', places).name).toBe('新华制药');
  });
});

describe('normalizeOrgName', () => {
  it('folds width, case, brackets and traditional characters', () => {
    expect(toSimplified('臺灣積體電路製造')).toBe('台湾积体电路制造');
    const n = normalizeOrgName('湖南中聯重科股份有限公司（長沙）', places);
    expect(n.core).toBe('中联重科');
    expect(n.placeTexts).toEqual(['长沙', '湖南']);
    expect(normalizeOrgName('万  科Ａ', places).full).toBe('万科');
  });
  it('gives the examples of the header', () => {
    expect(normalizeOrgName('中联重科股份有限公司', places).core).toBe('中联重科');
    expect(normalizeOrgName('审计测试液压科技(长沙)有限公司', places).core).toBe(
      '审计测试液压科技',
    );
    const zy = normalizeOrgName('深圳市振业(集团)股份有限公司', places);
    expect([zy.full, zy.core]).toEqual(['深圳市振业', '振业']);
  });
  it('notes a leading one-character place abbreviation as an alternative', () => {
    const n = normalizeOrgName('深振业A', places);
    expect(n.core).toBe('深振业');
    expect(n.abbreviated).toEqual({ core: '振业', codes: ['4403'] });
    expect(normalizeOrgName('东莞控股', places).onlyPlace).toBe(true);
  });
});
