/**
 * Whether decode-text.ts would detect a file as GB18030, decided in 1 MiB
 * chunks (memory does not grow with the file), so that a large undeclared
 * GB18030 file can take the staged path with the encoding the row-by-row
 * reader would give it.
 *
 * decodeText, with no encoding declared and no byte-order mark, reads a file
 * as GB18030 when it holds no NUL byte (else UTF-16 or not text), is not
 * mostly UTF-8 (fewer than 80% of its non-ASCII bytes in valid UTF-8
 * sequences), decodes strictly in GB18030, and Big5 does not read it clearly
 * better (decode-text.ts big5ReadsBetter over the share of common Chinese
 * characters). Each of these is a count over the bytes or the decoded text,
 * so it is summed chunk by chunk with streaming decoders and the same rules:
 * the answer is decodeText's. Cost: one pass, both decoders over the text
 * (Big5's stops at its first invalid byte, which simplified text soon has).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { big5ReadsBetter, chineseCounts, scoreOf, type ChineseCounts } from './decode-text.ts';

const CHUNK = 1 << 20;

interface Scan {
  /** Non-ASCII bytes, and those in valid UTF-8 sequences (decode-text.ts utf8Share). */
  high: number;
  good: number;
  nul: boolean;
  gb: { decoder: TextDecoder; counts: ChineseCounts } | null;
  big5: { decoder: TextDecoder; counts: ChineseCounts; units: number; points: number } | null;
  /** A Big5 lead byte whose trail is in the next chunk. */
  lead: boolean;
}

/** True when decodeText would read the file as GB18030, detected (see above). */
export function detectedAsGb18030(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.allocUnsafe(CHUNK + 4);
    const s: Scan = {
      high: 0,
      good: 0,
      nul: false,
      gb: { decoder: strictDecoder('gb18030'), counts: counts() },
      big5: { decoder: strictDecoder('big5'), counts: counts(), units: 0, points: 0 },
      lead: false,
    };
    let carry = 0; // the start of a UTF-8 sequence that may go on in the next chunk
    for (let first = true; ; first = false) {
      const n = readSync(fd, buf, carry, CHUNK, null);
      if (first && hasMark(buf.subarray(0, carry + n))) return false;
      const end = carry + n;
      const used = utf8Bytes(buf.subarray(0, end), n === 0, s);
      if (s.nul) return false;
      decodeChunk(buf.subarray(0, used), n === 0 && used === end, s);
      if (!s.gb) return false;
      carry = end - used;
      buf.copy(buf, 0, used, end);
      if (n === 0) break;
    }
    if (s.high === 0 || s.good / s.high >= 0.8) return false;
    return !big5ReadsBetter(scoreOf(s.gb.counts), s.big5 && scoreOf(s.big5.counts));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const counts = (): ChineseCounts => ({ cjk: 0, common: 0, odd: 0 });

function strictDecoder(label: string): TextDecoder {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true });
}

/** A UTF-8 or UTF-16 byte-order mark: decodeText's other branches. */
function hasMark(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff)
  );
}

/**
 * Counts bytes as decode-text.ts utf8Share does, up to the last sequence that
 * may continue in the next chunk (unless `final`); returns the bytes consumed.
 */
function utf8Bytes(bytes: Uint8Array, final: boolean, s: Scan): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0) s.nul = true;
      i++;
      continue;
    }
    const len =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!final && i + len > n) break;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    s.high += ok ? len : 1;
    if (ok) s.good += len;
    i += ok ? len : 1;
  }
  return i;
}

/** Feeds a chunk to both decoders (null once one refuses), counting as decodeText does. */
function decodeChunk(bytes: Uint8Array, final: boolean, s: Scan): void {
  if (s.gb) {
    try {
      chineseCounts(s.gb.decoder.decode(bytes, { stream: !final }), s.gb.counts);
    } catch {
      s.gb = null;
    }
  }
  if (s.big5 && !big5Units(bytes, final, s)) s.big5 = null;
  if (!s.big5) return;
  try {
    const text = s.big5.decoder.decode(bytes, { stream: !final });
    if (text.includes('\ufffd')) return void (s.big5 = null);
    let low = 0; // a code point beyond U+FFFF is two units, the second a low surrogate
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) low++;
    }
    s.big5.points += text.length - low;
    chineseCounts(text, s.big5.counts);
  } catch {
    return void (s.big5 = null);
  }
  // decode-text.ts tryBig5: Node's decoder drops unmapped pairs, so count code points.
  if (final && s.big5.points < s.big5.units) s.big5 = null;
}

/** Big5's byte structure (decode-text.ts tryBig5), a lead's trail possibly in the next chunk. */
function big5Units(bytes: Uint8Array, final: boolean, s: Scan): boolean {
  const big5 = s.big5 as NonNullable<Scan['big5']>;
  const trail = (t: number) => (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe);
  let i = 0;
  if (s.lead && bytes.length > 0) {
    if (!trail(bytes[0])) return false;
    s.lead = false;
    big5.units++;
    i = 1;
  }
  for (; i < bytes.length; i++, big5.units++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    if (i + 1 === bytes.length) {
      s.lead = true;
      break;
    }
    if (!trail(bytes[i + 1])) return false;
    i++;
  }
  return !(final && s.lead);
}
