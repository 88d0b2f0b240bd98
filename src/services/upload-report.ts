import type { ImportUploadReport } from '../contract/imports.ts';
import { answerWarnings, plainDetails } from './answer-warnings.ts';
import type { UploadPreview } from './import/import-upload.ts';

/**
 * An upload's report as the wire carries it (src/contract/imports.ts,
 * ImportUploadReport): the warnings and the merges with plain details, so the
 * answer stays closed; everything else as the import reported it.
 */
/** A cell as read (ingest/table.ts: text, a number or empty); anything else as its text. */
const cell = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);

export function uploadReport(p: UploadPreview): ImportUploadReport {
  return {
    ...p,
    required: [...p.required],
    warnings: answerWarnings(p.warnings),
    sample: p.sample.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])),
    ),
    merges: p.merges.map((m) => plainDetails(m as Record<string, unknown>)),
  };
}
