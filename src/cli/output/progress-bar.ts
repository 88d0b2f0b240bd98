import { SingleBar } from 'cli-progress';
import type { ProgressStage } from '../../core/model/import-vocabulary.ts';

/** Nothing is drawn for work done within this time: a bar that flashes by says nothing. */
const SHOW_AFTER_MS = 1_000;

const STAGE_WORDS: Record<ProgressStage, string> = {
  read: 'reading ',
  check: 'checking',
  write: 'writing ',
};

/**
 * A progress bar on stderr for the import's progress callback: one bar per
 * stage (rows read, checked, written) with its rate in rows a second and the
 * time left, drawn only when stderr is a terminal (never into a redirected
 * log or a pipe) and only once the import has run for a second. The service
 * only calls back; drawing is the CLI's.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (done: number, total: number, stage?: ProgressStage) => void;
  stop: () => void;
} {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format:
      '{stage} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | time left {left}',
    stream,
    hideCursor: true,
  });
  let drawn: ProgressStage | undefined;
  let last: { done: number; total: number; stage: ProgressStage } | undefined;
  const since = new Map<ProgressStage, number>();
  const draw = () => {
    if (!last) return;
    const { done, total, stage } = last;
    const seconds = Math.max((Date.now() - (since.get(stage) ?? Date.now())) / 1000, 1e-3);
    const left = done > 0 ? `${Math.ceil(((total - done) * seconds) / done)} s` : '–';
    const rate = done > 0 ? Math.round(done / seconds).toLocaleString('en') : '–';
    if (stage !== drawn) {
      if (drawn) bar.stop();
      drawn = stage;
      bar.start(total, done, { stage: STAGE_WORDS[stage], rate, left });
    }
    bar.update(done, { rate, left });
  };
  const timer = setTimeout(draw, SHOW_AFTER_MS);
  timer.unref();
  const started = Date.now();
  return {
    onProgress(done, total, stage = 'check') {
      if (!since.has(stage)) since.set(stage, Date.now());
      last = { done, total, stage };
      if (Date.now() - started >= SHOW_AFTER_MS) draw();
    },
    stop() {
      clearTimeout(timer);
      if (drawn) bar.stop();
    },
  };
}
