import { AtlasError } from '../core/errors.ts';
import type { TextEncoding } from './table.ts';

export { TEXT_ENCODINGS } from '../core/model/import-vocabulary.ts';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was known: a byte-order mark, the caller, valid UTF-8, or a guess from the bytes. */
  how: 'bom' | 'declared' | 'utf-8' | 'detected';
}

/** Rows named in an encoding error, at most. */
const MAX_LINES_NAMED = 20;

/**
 * Decodes a text file strictly: a byte sequence that is not valid in the
 * encoding is an error (ATLAS_E_FILE_ENCODING) naming the lines that hold
 * one — never a U+FFFD or a silent fall-back to another encoding.
 *
 * The encoding is, in order: the one declared; a byte-order mark; UTF-16
 * without a mark (NUL bytes on every other position); UTF-8 when the bytes
 * are valid UTF-8, or mostly UTF-8 with a few broken sequences (then an
 * error names their lines); else GB18030 or Big5, whichever decodes the
 * bytes and reads as Chinese (the share of common characters, in simplified
 * and traditional forms, decides; GB18030 on a tie). Other bytes with NUL
 * in them are not text (ATLAS_E_FILE_FORMAT).
 */
export function decodeText(file: string, bytes: Uint8Array, declared?: TextEncoding): DecodedText {
  if (declared) return strict(file, bytes, declared, 'declared');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return strict(file, bytes.subarray(3), 'utf-8', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return strict(file, bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return strict(file, bytes.subarray(2), 'utf-16be', 'bom');

  const utf16 = sniffUtf16(bytes);
  if (utf16) return strict(file, bytes, utf16, 'detected');
  if (bytes.includes(0)) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} is not text: it holds NUL bytes (is it a spreadsheet or another binary file saved under a text name?)`,
      { file },
    );
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', how: 'utf-8' };
  if (utf8Share(bytes) >= 0.8) return strict(file, bytes, 'utf-8', 'utf-8');

  const gbText = tryDecode('gb18030', bytes);
  const big5Text = tryDecode('big5', bytes);
  if (gbText !== null || big5Text !== null) {
    // Big5 only when it reads clearly better: short or ambiguous text stays GB18030.
    const gb = gbText === null ? null : chineseScore(gbText);
    const big5 = big5Text === null ? null : chineseScore(big5Text);
    const useBig5 = big5ReadsBetter(gb, big5);
    return useBig5
      ? { text: big5Text as string, encoding: 'big5', how: 'detected' }
      : { text: gbText as string, encoding: 'gb18030', how: 'detected' };
  }
  // Neither decodes every byte: name the lines in the one that fails on fewer.
  const [gb, big5] = [invalidLines(bytes, 'gb18030'), invalidLines(bytes, 'big5')];
  const enc = big5.count < gb.count ? 'big5' : 'gb18030';
  throw encodingError(file, enc, enc === 'big5' ? big5 : gb, 'detected');
}

/** Big5 only when it reads clearly better: short or ambiguous text stays GB18030. */
export function big5ReadsBetter(
  gb: { score: number } | null,
  big5: { score: number; common: number } | null,
): boolean {
  return big5 !== null && (gb === null || (big5.common >= 3 && big5.score > gb.score + 0.2));
}

function strict(
  file: string,
  bytes: Uint8Array,
  encoding: TextEncoding,
  how: DecodedText['how'],
): DecodedText {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return { text, encoding, how };
  throw encodingError(file, encoding, invalidLines(bytes, encoding), how);
}

function encodingError(
  file: string,
  encoding: TextEncoding,
  bad: { lines: number[]; count: number },
  how: DecodedText['how'],
): AtlasError {
  const said = how === 'declared' ? 'declared' : how === 'bom' ? 'marked' : 'detected';
  const where =
    bad.lines.length === 0
      ? 'at its end (a character cut short)'
      : `on line ${bad.lines.slice(0, 5).join(', ')}${bad.count > 5 ? ` and ${bad.count - 5} more` : ''}`;
  return new AtlasError(
    'ATLAS_E_FILE_ENCODING',
    `${file}: bytes not valid in ${encoding.toUpperCase()} (${said}) ${where}`,
    {
      file,
      encoding,
      how: said,
      invalidLines: bad.count,
      rows: bad.lines.map((row) => ({
        file,
        row,
        column: '',
        value: '',
        reason: `bytes not valid in ${encoding.toUpperCase()}`,
        code: 'ATLAS_E_FILE_ENCODING',
      })),
    },
  );
}

function tryDecode(label: TextEncoding, bytes: Uint8Array): string | null {
  if (label === 'big5') return tryBig5(bytes);
  try {
    // ignoreBOM: the mark, if any, was handled above; keep the bytes as they are.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Big5, strictly. Node's decoder is not: in fatal mode it still drops 0x80,
 * 0xFF and unmapped pairs without a word. A byte below 0x80 is one
 * character, a lead 0x81-0xFE takes a trail 0x40-0x7E or 0xA1-0xFE; the
 * decoded text must hold one code point per such unit (nothing dropped, no
 * U+FFFD).
 */
function tryBig5(bytes: Uint8Array): string | null {
  let units = 0;
  for (let i = 0; i < bytes.length; i++, units++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b === 0x80 || b === 0xff || t === undefined) return null;
    if (!((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return null;
    i++;
  }
  let text: string;
  try {
    text = new TextDecoder('big5', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  let points = 0;
  for (const ch of text) {
    if (ch === '\ufffd') return null;
    points++;
  }
  // A few Big5 pairs decode to two code points (Ê̄ and the like): never fewer.
  return points >= units ? text : null;
}

/**
 * The 1-based lines holding a byte sequence not valid in `encoding` (the
 * first MAX_LINES_NAMED, and how many in all). Lines end at LF, which no
 * multi-byte character of these encodings contains; in UTF-16 at the code
 * unit 0x000A. A last line cut mid-character counts as invalid.
 */
export function invalidLines(
  bytes: Uint8Array,
  encoding: TextEncoding,
): { lines: number[]; count: number } {
  const lines: number[] = [];
  let count = 0;
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const lf = (i: number) =>
    wide
      ? encoding === 'utf-16le'
        ? bytes[i] === 0x0a && bytes[i + 1] === 0
        : bytes[i] === 0 && bytes[i + 1] === 0x0a
      : bytes[i] === 0x0a;
  const step = wide ? 2 : 1;
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i += step) {
    if (i < bytes.length && !lf(i)) continue;
    const end = Math.min(i + step, bytes.length);
    if (tryDecode(encoding, bytes.subarray(start, end)) === null) {
      count++;
      if (lines.length < MAX_LINES_NAMED) lines.push(line);
    }
    start = end;
    line++;
  }
  return { lines, count };
}

/** UTF-16 without a byte-order mark: NUL on one parity of position in at least 10% of the bytes. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  if (zeros < n * 0.1) return null;
  if (odd >= zeros * 0.95) return 'utf-16le';
  if (even >= zeros * 0.95) return 'utf-16be';
  return null;
}

/** The share of the non-ASCII bytes that form valid multi-byte UTF-8 sequences. */
function utf8Share(bytes: Uint8Array): number {
  let high = 0;
  let good = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      high += len;
      good += len;
      i += len;
    } else {
      high++;
      i++;
    }
  }
  return high === 0 ? 1 : good / high;
}

/**
 * Characters common in Chinese names of firms, places and industries, in
 * simplified and traditional forms. Text decoded in the right encoding is
 * full of them; the same bytes decoded in the wrong one give rare
 * characters, kana, Greek, box drawing or private-use code points.
 */
const COMMON = new Set(
  [
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研',
    '有限公司股份集团科技技术电子信息材料能源装备制造汽车零部件机械工程医药生物化工新智能网络软件数据通信光半导体成电路精密仪器设备发展实业投资控股贸易际北京上海深圳广州杭州南京苏州武汉都重庆津西安长沙郑州青岛宁波厦门肥济福沈阳连哈尔滨春石庄太原呼浩特昆贵兰银川乌鲁木齐拉萨口省市县镇村街号楼室园开新产基院校银证券保险药械纺织钢铁食品饮料水泥塑胶橡玻璃纸航运金融建筑环保农牧渔矿冶炼油气燃热供应链服务咨询管理物流仓储',
    '集團電資訊裝備製車機醫藥網絡軟體數據通訊導積體儀設備發實貿國際廣蘇漢慶長鄭島寧廈門區縣鎮開產業學院銀證險紡織鋼鐵飲塑膠橡璃紙運融築環農礦煉氣熱應鏈務詢運倉儲台臺灣桃園義嘉屏東蓮雲創數位綠雲醫療週邊腦線業廠興達華榮聯豐盛鴻億寶龍鳳義',
  ].join(''),
);

/** COMMON over U+4E00-U+9FFF, the only code points it is asked about, as a table: 1 = common. */
const COMMON_CJK = (() => {
  const table = new Uint8Array(0x9fff - 0x4e00 + 1);
  for (const ch of COMMON) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x4e00 && c <= 0x9fff) table[c - 0x4e00] = 1;
  }
  return table;
})();

function chineseScore(text: string): { score: number; common: number } {
  return scoreOf(chineseCounts(text));
}

/** chineseScore's counts, summed over chunks of a text by a caller that streams (detect-gb18030.ts). */
export interface ChineseCounts {
  cjk: number;
  common: number;
  odd: number;
}

export function scoreOf({ cjk, common, odd }: ChineseCounts): { score: number; common: number } {
  return { score: cjk + odd === 0 ? 0 : (common - odd) / (cjk + odd), common };
}

export function chineseCounts(
  text: string,
  into: ChineseCounts = { cjk: 0, common: 0, odd: 0 },
): ChineseCounts {
  let { cjk, common, odd } = into;
  // By UTF-16 unit: a code point the counts name is one unit; a surrogate falls in no range.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      common += COMMON_CJK[c - 0x4e00];
    } else if (
      (c >= 0x3040 && c <= 0x30ff) || // kana
      (c >= 0x0370 && c <= 0x04ff) || // Greek, Cyrillic
      (c >= 0x2500 && c <= 0x257f) || // box drawing
      (c >= 0xe000 && c <= 0xf8ff) || // private use
      c === 0xfffd
    )
      odd++;
  }
  Object.assign(into, { cjk, common, odd });
  return into;
}
