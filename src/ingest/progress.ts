/** Files with more rows than this report progress (the CLI draws a bar). */
export const PROGRESS_MIN_ROWS = 10_000;

import type { ProgressStage } from '../core/model/import-vocabulary.ts';
export type { ProgressStage };

/** Rows done of total in a stage (none given: checking, the row-by-row path). */
export type OnProgress = (done: number, total: number, stage?: ProgressStage) => void;

/**
 * A ticker over `total` rows: calls onProgress at 0, about every 1% and at
 * the end, only when total > PROGRESS_MIN_ROWS.
 */
export function progressTicker(total: number, onProgress?: OnProgress): (done: number) => void {
  if (!onProgress || total <= PROGRESS_MIN_ROWS) return () => {};
  const step = Math.max(1, Math.floor(total / 100));
  let next = 0;
  return (done: number) => {
    if (done >= next || done === total) {
      onProgress(done, total);
      next = done + step;
    }
  };
}
