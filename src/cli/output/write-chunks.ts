import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/**
 * Writes byte chunks to `out` (a file) or stdout with back-pressure. At most
 * one chunk is in flight: the next is formatted while the file system takes
 * the last one, and a chunk's bytes are handed on before the one after next
 * is asked for, so a generator may reuse two buffers in turn. A reader that
 * stops early (`| head`) closes the pipe: writing stops quietly. Any other
 * write error is thrown after the stream is left.
 */
export async function writeChunks(
  chunks: Iterable<Buffer> | AsyncIterable<Buffer>,
  out?: string,
): Promise<void> {
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  const state: { failed: (Error & { code?: string }) | null } = { failed: null };
  const onError = (e: Error) => {
    state.failed = e;
  };
  stream.on('error', onError);
  try {
    let inFlight: Promise<void> | null = null;
    for await (const chunk of chunks) {
      if (inFlight) await inFlight;
      if (state.failed) break;
      inFlight = write(stream, chunk);
    }
    if (inFlight) await inFlight;
    if (out && !state.failed) await new Promise<void>((done) => stream.end(done));
  } finally {
    stream.off('error', onError);
  }
  if (state.failed && state.failed.code !== 'EPIPE') throw state.failed;
}

/** Writes a chunk and waits until it is handed on, or for 'drain' (or a failure) under back-pressure. */
function write(stream: Writable, bytes: Buffer): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      stream.off('drain', settle);
      stream.off('error', settle);
      done();
    };
    if (stream.write(bytes, () => settle())) return;
    stream.once('drain', settle);
    stream.once('error', settle);
  });
}
