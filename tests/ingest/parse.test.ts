import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear } from '../../src/ingest/parse-number.ts';
import { parseTags } from '../../src/ingest/parse-tags.ts';
import { parseKind } from '../../src/ingest/parse-kind.ts';
import { nameKey } from '../../src/ingest/text.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';

describe('parseNumber', () => {
  it.each([
    [12, 12],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['１２３４．５', 1234.5],
    [' -3 ', -3],
    ['−3', -3],
    ['1e3', 1000],
    ['.5', 0.5],
    ['', null],
    ['-', null],
    ['—', null],
    ['N/A', null],
    [null, null],
  ])('%j → %j', (cell, value) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value });
  });

  it.each(['12万', 'about 100', '1,23', '1.2.3', '100元', '三', '12,345,67'])(
    'rejects %j',
    (cell) => {
      expect(parseNumber(cell).ok).toBe(false);
    },
  );

  it('reads years', () => {
    expect(parseYear('2023年')).toEqual({ ok: true, value: 2023 });
    expect(parseYear(2023)).toEqual({ ok: true, value: 2023 });
    expect(parseYear('２０２３')).toEqual({ ok: true, value: 2023 });
    expect(parseYear('1899').ok).toBe(false);
    expect(parseYear('2023.5').ok).toBe(false);
  });
});

describe('parseTags and parseKind', () => {
  it('reads Chinese and English tags with every separator', () => {
    expect(parseTags('链主；单项冠军、专精特新"小巨人" 高新技术企业,上市')).toEqual({
      tags: ['chain_leader', 'single_champion', 'little_giant', 'high_tech', 'listed'],
      unknown: [],
    });
    expect(parseTags('chain leader; Single-Champion high_tech')).toEqual({
      tags: ['chain_leader', 'single_champion', 'high_tech'],
      unknown: [],
    });
    expect(parseTags('龙头企业 独角兽')).toEqual({ tags: ['chain_leader'], unknown: ['独角兽'] });
  });

  it('reads kinds', () => {
    expect(parseKind('科研院所')).toBe('institute');
    expect(parseKind('Promotion Org')).toBe('promotion_org');
    expect(parseKind('公共服务平台')).toBe('platform');
    expect(parseKind('外星')).toBeNull();
  });
});

describe('nameKey and decodeText', () => {
  it('folds widths, spaces and bracket variants but keeps legal forms apart', () => {
    expect(nameKey('示例科技（浙江） 有限公司')).toBe(nameKey('示例科技(浙江)有限公司'));
    expect(nameKey('ＡＢＣ 科技【苏州】有限公司')).toBe(nameKey('abc科技(苏州)有限公司'));
    expect(nameKey('示例有限公司')).not.toBe(nameKey('示例股份有限公司'));
  });

  it('detects UTF-8 (with and without BOM), UTF-16LE, and refuses undecodable bytes', () => {
    expect(decodeText('t.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({
      text: 'a',
      encoding: 'utf-8',
    });
    expect(decodeText('t.csv', Buffer.from('名称', 'utf8'))).toMatchObject({
      text: '名称',
      encoding: 'utf-8',
    });
    expect(decodeText('t.csv', new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6]))).toMatchObject({
      text: '名称',
      encoding: 'gb18030',
    });
    expect(decodeText('t.csv', new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
      text: 'a',
      encoding: 'utf-16le',
    });
    expect(() => decodeText('t.csv', new Uint8Array([0x80, 0xff]))).toThrow(
      expect.objectContaining({ code: 'ATLAS_E_FILE_ENCODING' }),
    );
  });
});
