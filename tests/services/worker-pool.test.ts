import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/services/workers/worker-pool.ts';

/**
 * Heavy jobs in worker threads (services/workers/worker-pool.ts): the main
 * event loop keeps turning while a large workbook is built; a job's
 * AtlasError keeps its code; a full queue is refused with ATLAS_E_BUSY.
 */
const pool = new WorkerPool({ threads: 1, queue: 1, retryAfterSeconds: 3 });
afterAll(() => pool.close());

const table = (rows: number) => ({
  sheet: 'big',
  columns: ['region', 'industry', 'value'],
  rows: Array.from({ length: rows }, (_, i) => [`r${i}`, String(i % 97).padStart(4, '0'), i / 7]),
});

describe('worker pool', () => {
  it('builds a workbook in a worker while the event loop keeps turning', async () => {
    // Start the worker first: its start-up is not the job.
    await pool.run('table-xlsx', table(1));
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const t0 = performance.now();
    const xlsx = await pool.run('table-xlsx', table(40_000));
    const took = performance.now() - t0;
    clearInterval(timer);
    expect(Buffer.isBuffer(xlsx)).toBe(true);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    // The job took far longer than the longest pause of the main loop.
    expect(took).toBeGreaterThan(200);
    expect(worst).toBeLessThan(Math.max(100, took / 4));
  }, 60_000);

  it('keeps a job’s error code, and the worker serves the next job', async () => {
    await expect(
      pool.run('table-xlsx', { sheet: 's', columns: ['a', 'b'], rows: [['x']] }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_BAD_VALUE', details: { row: 1 } });
    const ok = await pool.run('table-xlsx', table(3));
    expect(ok.length).toBeGreaterThan(0);
  });

  it('refuses a job beyond the queue with ATLAS_E_BUSY', async () => {
    const running = pool.run('table-xlsx', table(20_000));
    const waiting = pool.run('table-xlsx', table(2));
    await expect(pool.run('table-xlsx', table(2))).rejects.toMatchObject({
      code: 'ATLAS_E_BUSY',
      details: { retryAfterSeconds: 3, running: 1, queued: 1 },
    });
    await Promise.all([running, waiting]);
    expect(pool.state).toMatchObject({ running: 0, queued: 0 });
  }, 60_000);
});
