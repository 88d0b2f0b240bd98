/**
 * Worker thread of suite-cells-in-parallel.ts: formats the cell lines of the
 * part of the suite it is given (no header) and posts each chunk's bytes,
 * transferred, then null. Started only from the bundled CLI
 * (bin/build-cli.js builds it as its own entry, so it loads in tens of ms).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ComplexitySuiteFile } from '../../services/complexity/complexity-suite-file.ts';
import { suiteCellChunks } from './suite-cell-chunks.ts';

const { part, long } = workerData as { part: ComplexitySuiteFile; long: boolean };
const port = parentPort!;
for (const chunk of suiteCellChunks(part, long, false)) {
  // The generator reuses its buffers: each chunk leaves as a copy of its own.
  const bytes = new Uint8Array(chunk.length);
  bytes.set(chunk);
  port.postMessage(bytes, [bytes.buffer]);
}
port.postMessage(null);
