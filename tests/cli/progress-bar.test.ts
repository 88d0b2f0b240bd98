import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar } from '../../src/cli/output/progress-bar.ts';

/** A stream that keeps what is written; a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const s = {
    isTTY,
    columns: 120,
    write: (c: string) => (chunks.push(String(c)), true),
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
    text: () => chunks.join(''),
  };
  return s as unknown as NodeJS.WriteStream & { text: () => string };
}

afterEach(() => vi.restoreAllMocks());

describe('the import progress bar', () => {
  it('writes nothing when stderr is not a terminal (a log, a pipe)', () => {
    const out = stream(false);
    const bar = progressBar(out);
    bar.onProgress(0, 1_000_000, 'read');
    bar.onProgress(1_000_000, 1_000_000, 'read');
    bar.stop();
    expect(out.text()).toBe('');
  });

  it('writes nothing for an import done within a second', () => {
    const out = stream(true);
    const bar = progressBar(out);
    bar.onProgress(0, 50_000, 'check');
    bar.onProgress(50_000, 50_000, 'check');
    bar.stop();
    expect(out.text()).toBe('');
  });

  it('shows the stage, rows done of all, the rate and the time left once a second has passed', () => {
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
    const out = stream(true);
    const bar = progressBar(out);
    bar.onProgress(0, 1_000_000, 'check');
    clock.mockReturnValue(now + 2_000);
    bar.onProgress(400_000, 1_000_000, 'check');
    bar.stop();
    const text = out.text();
    expect(text).toContain('checking');
    expect(text).toContain('400000/1000000 rows');
    expect(text).toContain('200,000 rows/s');
    expect(text).toContain('time left 3 s');
  });
});
