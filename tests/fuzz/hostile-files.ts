/**
 * A deterministic corpus of hostile import files (issue 22): a few hundred
 * files of every format the importer reads, made from a seed, so that a
 * failure names a file that can be made again.
 *
 * - CSV in UTF-8, GB18030, Big5 and UTF-16 (LE/BE, with and without a byte
 *   order mark): flipped and cut bytes, broken multi-byte sequences, NUL,
 *   bidi overrides, lone surrogates, huge cells and rows, unbalanced quotes,
 *   formulas, repeated ids with other names, garbled names.
 * - XLSX written by hand (zip + sheet XML): corrupt and cut archives, a
 *   small zip bomb (≥ 100× the file), one beyond the absolute size limit,
 *   one with too many rows, entity declarations, bidi and control text.
 * - JSON and JSON Lines: 100,000-deep nesting, broken syntax, non-objects,
 *   escapes for NUL and lone surrogates, 1e400, prototype keys.
 * - Parquet written by DuckDB, then corrupted: flipped bytes in pages and
 *   in the footer (a column name changed: hyparquet's unobserved read),
 *   cut files, bogus footer lengths.
 *
 * Every generator draws from one seeded PRNG (mulberry32): the same seed
 * gives the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface HostileFile {
  /** A file name whose extension says the format. */
  name: string;
  bytes: Buffer;
  /** What the organisation import should read it as. */
  kind: 'organizations' | 'links' | 'indicators';
  /** One line: what makes it hostile. */
  about: string;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rnd = () => number;
const int = (r: Rnd, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rnd, xs: readonly T[]): T => xs[int(r, xs.length)];

const NAMES = [
  '长沙测试液压有限公司',
  '株洲测试铸造有限公司',
  '深圳测试电子科技有限公司',
  '苏州测试材料股份有限公司',
  '湘潭测试电机有限公司',
  '广州测试汽车零部件有限公司',
  '合肥测试半导体有限公司',
  '宁波测试模具厂',
];
const PLACES = [
  ['湖南', '长沙'],
  ['湖南', '株洲'],
  ['广东', '深圳'],
  ['江苏', '苏州'],
  ['浙江', '宁波'],
  ['安徽', '合肥'],
];
const HOSTILE_TEXT = [
  '\u0000',
  '\u202E',
  '\u2066',
  '\u200F',
  '\uD800',
  '\uDC00',
  '\u0007',
  '\uFFFD',
  '\uE001',
  '=HYPERLINK("http://x")',
  '"',
  '""',
  '\r',
  '\n',
  '锟斤拷',
  'æ·±åœ³',
  '平安?行',
  'ΑΒΓ',
];

/** Valid organisation rows (header first) that the hostile variants start from. */
function baseRows(r: Rnd, n: number): string[][] {
  const rows = [['ts_code', 'name', 'province', 'city', 'industry', 'employees']];
  for (let i = 0; i < n; i++) {
    const [p, c] = pick(r, PLACES);
    rows.push([
      `${String(600000 + int(r, 9999)).padStart(6, '0')}.SH`,
      `${pick(r, NAMES).replace('测试', `测试${i}`)}`,
      p,
      c,
      pick(r, ['3444', '3391', '39', 'C35', '专用设备制造业', '']),
      String(int(r, 5000)),
    ]);
  }
  return rows;
}

const csvLine = (cells: readonly string[]) =>
  cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

// ---- text encoders the platform lacks (built from Node's decoders, once) ----

let gbMap: Map<string, number[]> | undefined;
let big5Map: Map<string, number[]> | undefined;

function twoByteMap(label: string, trails: number[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const dec = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (const t of trails) {
      const ch = dec.decode(new Uint8Array([lead, t]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, t]);
    }
  return map;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Text in GB18030 (GBK two-byte part; anything else as '?'). */
export function encodeGb18030(s: string): Buffer {
  gbMap ??= twoByteMap('gb18030', [...range(0x40, 0x7e), ...range(0x80, 0xfe)]);
  return encodeWith(gbMap, s);
}

/** Text in Big5 (what it lacks — simplified forms — as '?', as converters do). */
export function encodeBig5(s: string): Buffer {
  big5Map ??= twoByteMap('big5', [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]);
  return encodeWith(big5Map, s);
}

function encodeWith(map: Map<string, number[]>, s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

function utf16(s: string, be: boolean, bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le');
  if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

// ---- byte mutations ----

function flip(r: Rnd, b: Buffer, n: number, from = 0, to = b.length): Buffer {
  const out = Buffer.from(b);
  for (let i = 0; i < n && to > from; i++) out[from + int(r, to - from)] = int(r, 256);
  return out;
}

function cut(r: Rnd, b: Buffer): Buffer {
  return b.subarray(0, Math.max(1, int(r, b.length)));
}

// ---- CSV ----

function csvFiles(r: Rnd, count: number): HostileFile[] {
  const out: HostileFile[] = [];
  for (let k = 0; k < count; k++) {
    const rows = baseRows(r, 3 + int(r, 12));
    const variant = k % 16;
    let about: string;
    switch (variant) {
      case 0: {
        const row = 1 + int(r, rows.length - 1);
        rows[row][1] = rows[row][1].slice(0, 3) + pick(r, HOSTILE_TEXT) + rows[row][1].slice(3);
        about = 'a hostile character in a name';
        break;
      }
      case 1:
        rows[1 + int(r, rows.length - 1)][1] = '长'.repeat(2000 + int(r, 400_000));
        about = 'a huge name';
        break;
      case 2:
        rows.push([...rows[1]]);
        rows[rows.length - 1][1] = `${rows[1][1]}另一家`;
        about = 'a repeated ts_code with another name';
        break;
      case 3:
        for (let i = 2; i < rows.length; i++) {
          rows[i][1] = rows[1][1];
          rows[i][2] = rows[1][2];
          rows[i][3] = rows[1][3];
        }
        about = 'one name and area under different ts_codes';
        break;
      case 4:
        rows[1 + int(r, rows.length - 1)] = Array.from({ length: 2000 }, (_, i) => `c${i}`);
        about = 'a row of 2,000 cells';
        break;
      case 5:
        rows[0] = rows[0].map(() => pick(r, ['', 'name', '名称', '\u202Ename', '"']));
        about = 'a broken header';
        break;
      default:
        about = 'base rows';
    }
    const text = rows.map(csvLine).join(pick(r, ['\n', '\r\n', '\r'])) + '\n';
    const enc = pick(r, [
      'utf-8',
      'utf-8-bom',
      'gb18030',
      'big5',
      'utf-16le',
      'utf-16be',
      'utf-16le-nobom',
    ]);
    let bytes: Buffer;
    if (enc === 'utf-8') bytes = Buffer.from(text, 'utf8');
    else if (enc === 'utf-8-bom') bytes = Buffer.from('\uFEFF' + text, 'utf8');
    else if (enc === 'gb18030') bytes = encodeGb18030(text);
    else if (enc === 'big5') bytes = encodeBig5(text);
    else bytes = utf16(text, enc === 'utf-16be', enc !== 'utf-16le-nobom');
    const mutation = variant >= 6 ? (k >> 4) % 6 : 5;
    switch (mutation) {
      case 0:
        bytes = flip(r, bytes, 1 + int(r, 6));
        about += ', bytes flipped';
        break;
      case 1:
        bytes = cut(r, bytes);
        about += ', cut short';
        break;
      case 2: {
        // A broken multi-byte sequence inside a row: a lead byte with no trail.
        const at = bytes.indexOf(0x0a) + 1 + int(r, Math.max(1, bytes.length / 2));
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from([0xe6, 0x2c]),
          bytes.subarray(at),
        ]);
        about += ', a lead byte without its trail';
        break;
      }
      case 3:
        bytes = Buffer.concat([bytes, Buffer.from('"unclosed,quote\n' + '","'.repeat(50))]);
        about += ', an unclosed quote';
        break;
      case 4:
        bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodeGb18030(text)]);
        about = `${about}, a UTF-8 mark over GB18030 bytes`;
        break;
    }
    out.push({
      name: `csv-${k}-${enc}.csv`,
      bytes,
      kind: 'organizations',
      about: `${enc}: ${about}`,
    });
  }
  return out;
}

// ---- XLSX (written by hand: a zip of sheet XML) ----

interface ZipPart {
  name: string;
  data: Buffer;
  /** Stored instead of deflated. */
  store?: boolean;
}

/** A zip archive (no ZIP64), parts deflated unless stored. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const body = p.store ? p.data : deflateRawSync(p.data, { level: 9 });
    const name = Buffer.from(p.name, 'utf8');
    const crc = crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(p.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(p.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The parts of a one-sheet workbook whose cells are inline strings. */
function workbookParts(sheetXml: Buffer | string): ZipPart[] {
  const b = (s: string) => Buffer.from(s, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: b(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.isBuffer(sheetXml) ? sheetXml : b(sheetXml) },
  ];
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

function sheetXml(rows: readonly string[][], prolog = ''): string {
  const body = rows
    .map(
      (cells, i) =>
        `<row r="${i + 1}">${cells.map((c) => `<c t="inlineStr"><is><t>${xml(c)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return prolog + SHEET_HEAD + body + SHEET_TAIL;
}

/** The bombs: a small one, one beyond the absolute limit, one of too many rows, billion laughs. */
function xlsxBombs(r: Rnd): HostileFile[] {
  const out: HostileFile[] = [];
  out.push({
    name: 'xlsx-bomb-ratio.xlsx',
    bytes: zip(workbookParts(bigSheet(20_000, 'a'.repeat(400)))),
    kind: 'organizations',
    about: 'a small zip bomb: a few kB unpacking to over 100× their size',
  });
  out.push({
    name: 'xlsx-bomb-absolute.xlsx',
    bytes: zip(workbookParts(bigSheet(140_000, '名'.repeat(330)))),
    kind: 'organizations',
    about: 'a zip bomb beyond the absolute limit (over 128 MiB of sheet XML)',
  });
  const many: string[] = [SHEET_HEAD];
  for (let i = 1; i <= 210_000; i++)
    many.push(
      `<row r="${i}"><c t="inlineStr"><is><t>${int(r, 1e9).toString(36)}</t></is></c></row>`,
    );
  many.push(SHEET_TAIL);
  out.push({
    name: 'xlsx-rows.xlsx',
    bytes: zip(workbookParts(Buffer.from(many.join('')))),
    kind: 'organizations',
    about: 'more rows than a workbook may hold, within the size limits',
  });
  out.push({
    name: 'xlsx-entities.xlsx',
    bytes: zip(
      workbookParts(
        sheetXml(
          [['name'], ['&lol9;']],
          '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
        ).replace('&amp;lol9;', '&lol9;'),
      ),
    ),
    kind: 'organizations',
    about: 'entity declarations (billion laughs)',
  });
  return out;
}

/** A sheet of `n` rows of repeated text, written in chunks (the bombs). */
function bigSheet(n: number, cell: string): Buffer {
  const row = `<row><c t="inlineStr"><is><t>${cell}</t></is></c></row>`;
  const chunk = Buffer.from(row.repeat(1000));
  const parts: Buffer[] = [Buffer.from(SHEET_HEAD)];
  for (let i = 0; i < n / 1000; i++) parts.push(chunk);
  parts.push(Buffer.from(SHEET_TAIL));
  return Buffer.concat(parts);
}

function xlsxFiles(r: Rnd, count: number, bombs: boolean): HostileFile[] {
  const out: HostileFile[] = [];
  if (bombs) out.push(...xlsxBombs(r));
  for (let k = out.length; k < count; k++) {
    const rows = baseRows(r, 2 + int(r, 10));
    if (k % 3 === 0) {
      const row = 1 + int(r, rows.length - 1);
      rows[row][1] += pick(
        r,
        HOSTILE_TEXT.filter((t) => t !== '\u0000' && t !== '\uD800' && t !== '\uDC00'),
      );
    }
    const good = zip(workbookParts(sheetXml(rows)));
    let bytes: Buffer;
    let about: string;
    switch (k % 5) {
      case 0:
        bytes = flip(r, good, 1 + int(r, 8));
        about = 'bytes flipped in the archive';
        break;
      case 1:
        bytes = cut(r, good);
        about = 'archive cut short';
        break;
      case 2:
        bytes = zip(workbookParts(sheetXml(rows).slice(0, int(r, 400) + 50)));
        about = 'sheet XML cut short inside a valid archive';
        break;
      case 3:
        bytes = zip(
          workbookParts(sheetXml(rows)).filter(
            (p) =>
              p.name !==
              pick(r, ['xl/workbook.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']),
          ),
        );
        about = 'a part missing';
        break;
      default:
        bytes = good;
        about = 'a plain workbook';
    }
    out.push({ name: `xlsx-${k}.xlsx`, bytes, kind: 'organizations', about });
  }
  return out;
}

// ---- JSON ----

function jsonFiles(r: Rnd, count: number): HostileFile[] {
  const out: HostileFile[] = [
    {
      name: 'json-deep-100k.json',
      bytes: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
      kind: 'organizations',
      about: '100,000-deep nesting',
    },
    {
      name: 'json-deep-objects.json',
      bytes: Buffer.from(
        '[{"name":"甲","x":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}]',
      ),
      kind: 'organizations',
      about: '50,000-deep objects inside a row',
    },
    {
      name: 'json-deep-60.json',
      bytes: Buffer.from(
        '[{"name":"甲公司","province":"湖南","x":' + '['.repeat(60) + ']'.repeat(60) + '}]',
      ),
      kind: 'organizations',
      about: 'nesting within the limit, as a cell',
    },
  ];
  for (let k = out.length; k < count; k++) {
    const rows = baseRows(r, 2 + int(r, 8));
    const objects: Record<string, unknown>[] = rows
      .slice(1)
      .map((row) => Object.fromEntries(rows[0].map((h, i) => [h, row[i]])));
    let text: string;
    let about: string;
    switch (k % 8) {
      case 0:
        text = JSON.stringify(objects).replace('"name":"', `"name":"\\u0000`);
        about = 'a NUL escape in a name';
        break;
      case 1:
        text = JSON.stringify(objects).replace('"name":"', `"name":"\\uD800`);
        about = 'a lone surrogate escape';
        break;
      case 2:
        text = JSON.stringify(objects).replace(/"employees":"\d+"/, '"employees":1e400');
        about = '1e400';
        break;
      case 3:
        text = JSON.stringify([...objects, 1, 'x', null, [1, 2]]);
        about = 'items that are not objects';
        break;
      case 4:
        text = JSON.stringify(objects).replace(
          '{',
          '{"__proto__":{"polluted":1},"constructor":"x",',
        );
        about = 'prototype keys';
        break;
      case 5:
        text = JSON.stringify(objects).slice(0, int(r, 200) + 5);
        about = 'cut short';
        break;
      case 6:
        text = objects.map((o) => JSON.stringify(o)).join('\n') + '\n{"name": broken\n';
        out.push({
          name: `json-${k}.jsonl`,
          bytes: Buffer.from(text),
          kind: 'organizations',
          about: 'JSON Lines with a broken line',
        });
        continue;
      default:
        text = JSON.stringify({
          rows: objects.map((o) => ({ ...o, name: String(o.name) + pick(r, HOSTILE_TEXT) })),
        });
        about = 'a hostile character in a name';
    }
    out.push({ name: `json-${k}.json`, bytes: Buffer.from(text), kind: 'organizations', about });
  }
  return out;
}

// ---- Parquet ----

/**
 * Corrupted copies of a Parquet file DuckDB wrote (`base`): flips in the
 * pages, flips in the footer (where the column names are), cut files, a
 * footer length that points outside the file.
 */
function parquetFiles(r: Rnd, base: Buffer, count: number): HostileFile[] {
  const out: HostileFile[] = [];
  const footerLen = base.readUInt32LE(base.length - 8);
  const footerStart = base.length - 8 - footerLen;
  for (let k = 0; k < count; k++) {
    let bytes: Buffer;
    let about: string;
    switch (k % 6) {
      case 0:
      case 1:
        bytes = flip(r, base, 1 + int(r, 6), 4, footerStart);
        about = 'bytes flipped in the pages';
        break;
      case 2:
      case 3: {
        bytes = flip(r, base, 1 + int(r, 3), footerStart, base.length - 8);
        about = 'bytes flipped in the footer';
        break;
      }
      case 4:
        bytes = cut(r, base);
        about = 'cut short';
        break;
      default:
        bytes = Buffer.from(base);
        bytes.writeUInt32LE(int(r, 2 ** 32), base.length - 8);
        about = 'a footer length pointing anywhere';
    }
    out.push({ name: `parquet-${k}.parquet`, bytes, kind: 'organizations', about });
  }
  // The footer's column names changed (the case that ended the process).
  for (const col of ['name', 'province', 'employees']) {
    const at = base.indexOf(Buffer.from(col), footerStart);
    if (at < 0) continue;
    const bytes = Buffer.from(base);
    bytes[at + 1] ^= 0x20;
    out.push({
      name: `parquet-schema-${col}.parquet`,
      bytes,
      kind: 'organizations',
      about: `schema field ${col} renamed in the footer`,
    });
  }
  return out;
}

/** The SQL that writes the Parquet the corrupted copies start from (snappy pages). */
export const PARQUET_BASE_SQL = (path: string) =>
  `COPY (SELECT 'firm ' || i || ' 测试有限公司' AS name, '湖南' AS province, '长沙' AS city,
          (i * 7) % 5000 AS employees FROM range(120) t(i))
   TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 40)`;

/** The corpus: `perFormat` files of CSV, XLSX, JSON and Parquet each, from `seed`. */
export function hostileFiles(
  seed: number,
  perFormat: number,
  parquetBase: Buffer,
  opts: { bombs?: boolean } = {},
): HostileFile[] {
  const r = prng(seed);
  return [
    ...csvFiles(r, perFormat),
    ...xlsxFiles(r, perFormat, opts.bombs ?? true),
    ...jsonFiles(r, perFormat),
    ...parquetFiles(r, parquetBase, perFormat),
  ];
}
