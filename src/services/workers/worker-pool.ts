import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AtlasError, type ErrorCode } from '../../core/errors.ts';
import { WORKER_TASKS, type TaskInput, type TaskOutput, type WorkerTask } from './worker-tasks.ts';

/**
 * CPU-heavy jobs off the event loop: a pool of worker threads, sized to the
 * cores less the event loop's, each running one job at a time
 * (services/workers/worker-tasks.ts); jobs beyond the busy workers wait in arrival order up to `queue`, one more
 * is refused at once with ATLAS_E_BUSY (503, Retry-After). While a job runs
 * the main thread only waits for a message, so /api/health and cached reads
 * keep answering.
 *
 * Workers start on first use and stay; a worker that dies (out of memory, a
 * native crash) fails its job with ATLAS_E_INTERNAL and is replaced on the
 * next job. The sources are TypeScript: each worker registers tsx first
 * (docs/decisions.md: sources run through tsx).
 *
 * Cost: one thread start (~100 ms) per worker on first use; per job, the
 * structured clone of its input, the answer's bytes transferred.
 */
export interface WorkerPoolLimits {
  /** Worker threads; default the cores less one (at least one). */
  threads: number;
  /** Jobs waiting beyond the running ones; default 8 per thread. */
  queue: number;
  /** What Retry-After says when the queue is full; default 5 s. */
  retryAfterSeconds: number;
  /** Run jobs on the calling thread instead (a bench's baseline); default false. */
  inline?: boolean;
}

interface Pending {
  id: number;
  task: WorkerTask;
  input: unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
}

type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code?: ErrorCode; message: string; details?: object } };

/** tsx's ESM register API, located through its package.json (require.resolve would give the CommonJS one). */
function tsxApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(pkg.exports['./esm/api'].import.default, pathToFileURL(pkgPath)).href;
}

const TSX_API = tsxApi();
const MAIN = new URL('./worker-main.ts', import.meta.url).href;
// A module worker that registers tsx, then loads the worker's body.
const BOOT = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(MAIN)}); });`;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly limits: WorkerPoolLimits) {}

  /** Runs `task` on `input` in a worker; refuses with ATLAS_E_BUSY when the queue is full. */
  run<K extends WorkerTask>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
    if (this.closed)
      return Promise.reject(new AtlasError('ATLAS_E_BUSY', 'the server is stopping'));
    if (this.limits.inline)
      return (WORKER_TASKS[task] as (x: TaskInput<K>) => Promise<TaskOutput<K>>)(input);
    const busy = this.slots.filter((s) => s.job).length;
    if (busy >= this.limits.threads && this.waiting.length >= this.limits.queue)
      return Promise.reject(
        new AtlasError(
          'ATLAS_E_BUSY',
          `busy: ${busy} jobs running and ${this.waiting.length} waiting; try again in ${this.limits.retryAfterSeconds} s`,
          {
            retryAfterSeconds: this.limits.retryAfterSeconds,
            running: busy,
            queued: this.waiting.length,
          },
        ),
      );
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      this.waiting.push({
        id: this.nextId++,
        task,
        input,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  get state(): { threads: number; running: number; queued: number } {
    return {
      threads: this.slots.length,
      running: this.slots.filter((s) => s.job).length,
      queued: this.waiting.length,
    };
  }

  /** Ends every worker; waiting and running jobs fail with ATLAS_E_BUSY. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0))
      p.reject(new AtlasError('ATLAS_E_BUSY', 'the server is stopping'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.limits.threads) slot = this.spawn();
      if (!slot) return;
      const job = this.waiting.shift() as Pending;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, task: job.task, input: job.input });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { eval: true });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (a: Answer) => {
      const job = slot.job;
      if (!job || job.id !== a.id) return;
      slot.job = null;
      if (a.ok) job.resolve(asBuffer(a.value));
      else job.reject(fromWorker(a.error));
      this.dispatch();
    });
    const fail = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.job?.reject(new AtlasError('ATLAS_E_INTERNAL', `a worker thread failed: ${why}`));
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

/** A Uint8Array from a worker (Buffers arrive as plain Uint8Arrays) as a Buffer, without a copy. */
function asBuffer(v: unknown): unknown {
  return v instanceof Uint8Array && !Buffer.isBuffer(v)
    ? Buffer.from(v.buffer, v.byteOffset, v.byteLength)
    : v;
}

function fromWorker(e: { code?: ErrorCode; message: string; details?: object }): AtlasError {
  if (e.code) return new AtlasError(e.code, e.message, { ...e.details });
  return new AtlasError('ATLAS_E_INTERNAL', `a worker job failed: ${e.message}`);
}

export function defaultWorkerPoolLimits(): WorkerPoolLimits {
  // One core stays with the event loop (health, kept answers, the store's reads).
  const threads = Math.max(1, availableParallelism() - 1);
  return { threads, queue: 8 * threads, retryAfterSeconds: 5 };
}
