import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * Copies a GB18030 text file to `target` as UTF-8, in 1 MiB chunks (memory
 * does not grow with the file), with the decoder the row-by-row reader uses
 * (ingest/decode-text.ts: WHATWG GB18030, fatal, the bytes kept as they are),
 * so the text is the same. Returns false, writing a partial target the
 * caller removes, when a byte sequence is invalid, the file starts with a
 * byte-order mark or cannot be read: the row-by-row reader then names the
 * problem as ever.
 */
export function transcodeGb18030ToUtf8(source: string, target: string): boolean {
  let src: number | undefined;
  let dst: number | undefined;
  try {
    src = openSync(source, 'r');
    dst = openSync(target, 'w');
    const decoder = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
    const buf = Buffer.allocUnsafe(CHUNK);
    let first = true;
    for (;;) {
      const n = readSync(src, buf, 0, CHUNK, null);
      if (first && startsWithMark(buf.subarray(0, n))) return false;
      first = false;
      const text = decoder.decode(buf.subarray(0, n), { stream: n > 0 });
      if (text.length > 0) writeSync(dst, text);
      if (n === 0) return true;
    }
  } catch {
    return false;
  } finally {
    if (src !== undefined) closeSync(src);
    if (dst !== undefined) closeSync(dst);
  }
}

/** A UTF-8 or UTF-16 byte-order mark: the row-by-row reader's business. */
function startsWithMark(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff)
  );
}
