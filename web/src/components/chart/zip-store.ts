/**
 * A ZIP archive of stored (uncompressed) entries, the container of an .xlsx.
 *
 * Format   PKWARE APPNOTE 6.3.10 (2022): per entry a local file header
 *          (signature 0x04034b50) with the data after it, then a central
 *          directory (0x02014b50 per entry) and its end record (0x06054b50).
 *          Method 0 (stored), UTF-8 names (flag bit 11), CRC-32 with the
 *          reflected polynomial 0xEDB88320 (ISO 3309).
 * Limits   no ZIP64: under 65,535 entries and 4 GiB — a table export is
 *          far below both.
 * Cost     O(total bytes): one CRC pass and one copy.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the bytes (ISO 3309, as ZIP and PNG use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The files, by path, as one ZIP archive with every entry stored. */
export function zipStore(files: { path: string; data: Uint8Array }[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.path);
    const crc = crc32(f.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    header(lv, 0, 0x04034b50, crc, f.data.length, name.length);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // made by: version 2.0
    header(cv, 2, 0, crc, f.data.length, name.length);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, f.data);
    centrals.push(central);
    offset += local.length + f.data.length;
  }
  const dirSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The fields a local header and a central entry share, written from `at`
 * (0 in a local header after its signature's place, 2 in a central entry,
 * whose extra "version made by" shifts them): version needed 2.0, UTF-8
 * names, stored, no date, CRC, sizes, name length.
 */
function header(
  v: DataView,
  at: number,
  signature: number,
  crc: number,
  size: number,
  nameLength: number,
) {
  if (signature) v.setUint32(0, signature, true);
  v.setUint16(at + 4, 20, true);
  v.setUint16(at + 6, 0x0800, true);
  v.setUint16(at + 8, 0, true);
  v.setUint16(at + 10, 0, true); // 00:00
  v.setUint16(at + 12, 0x21, true); // 1980-01-01, DOS date's first day: no date recorded
  v.setUint32(at + 14, crc, true);
  v.setUint32(at + 18, size, true);
  v.setUint32(at + 22, size, true);
  v.setUint16(at + 26, nameLength, true);
}
