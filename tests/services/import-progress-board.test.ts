import { describe, expect, it } from 'vitest';
import {
  DONE_KEPT_MS,
  ImportProgressBoard,
} from '../../src/services/import/import-progress-board.ts';

/** The board's arithmetic on a clock the test moves: counts per stage, rate, time left. */
describe('ImportProgressBoard', () => {
  const token = 'board-test-token-000001';
  it('counts each stage, its rate in rows a second and its time left', () => {
    let now = 0;
    const board = new ImportProgressBoard(() => now);
    expect(board.start(token, 'session-a')).toBe(true);
    expect(board.start(token, 'session-b')).toBe(false);
    const report = board.reporter(token);
    report(40_000, 40_000, 'read');
    now = 1_000;
    report(0, 40_000, 'check');
    now = 3_000;
    report(10_000, 40_000, 'check');
    expect(board.read(token, 'session-a')).toEqual({
      phase: 'check',
      rowsRead: 40_000,
      rowsChecked: 10_000,
      rowsWritten: 0,
      rowsTotal: 40_000,
      rowsPerSecond: 5_000,
      secondsLeft: 6,
    });
    // The row-by-row path names no stage: checking.
    report(20_000, 40_000);
    expect(board.read(token, 'session-a').rowsChecked).toBe(20_000);
    now = 4_000;
    report(0, 39_000, 'write');
    expect(board.read(token, 'session-a')).toMatchObject({
      phase: 'write',
      rowsChecked: 40_000,
      rowsWritten: 0,
      rowsTotal: 40_000,
      rowsPerSecond: null,
      secondsLeft: null,
    });
    expect(() => board.read(token, 'session-b')).toThrow(/only the session/);
    expect(() => board.read(token, null)).toThrow(/only the session/);
    board.finish(token);
    // Answered: 'done' for DONE_KEPT_MS, to its session only; reports after it change nothing.
    report(39_000, 39_000, 'write');
    expect(board.read(token, 'session-a')).toMatchObject({
      phase: 'done',
      rowsWritten: 0,
      rowsPerSecond: null,
      secondsLeft: 0,
    });
    expect(() => board.read(token, 'session-b')).toThrow(/only the session/);
    now += DONE_KEPT_MS;
    expect(board.read(token, 'session-a').phase).toBe('done');
    now += 1;
    expect(() => board.read(token, 'session-a')).toThrow(/no upload/);
    expect(board.size).toBe(0);
  });

  it('takes no malformed token', () => {
    const board = new ImportProgressBoard();
    expect(board.start('short', 's')).toBe(false);
    expect(board.start('has spaces in it, sixteen+', 's')).toBe(false);
  });
});
