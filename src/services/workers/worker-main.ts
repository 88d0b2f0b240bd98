import { parentPort } from 'node:worker_threads';
import { isAtlasError } from '../../core/errors.ts';
import { WORKER_TASKS, type WorkerTask } from './worker-tasks.ts';

/**
 * The body of a pool worker (services/workers/worker-pool.ts): runs one job
 * at a time as the pool sends them, answers `{id, ok, value}` or
 * `{id, ok: false, error}`; an AtlasError keeps its code, message and
 * details, any other failure only its message (the pool turns it into
 * ATLAS_E_INTERNAL).
 */
interface Job {
  id: number;
  task: WorkerTask;
  input: unknown;
}

const port = parentPort;
if (port)
  port.on('message', (job: Job) => {
    void (async () => {
      try {
        const run = WORKER_TASKS[job.task] as (x: unknown) => Promise<unknown>;
        const value = await run(job.input);
        const transfer =
          value instanceof Uint8Array &&
          value.byteOffset === 0 &&
          value.buffer.byteLength === value.byteLength
            ? [value.buffer as ArrayBuffer]
            : [];
        port.postMessage({ id: job.id, ok: true, value }, transfer);
      } catch (e) {
        port.postMessage({
          id: job.id,
          ok: false,
          error: isAtlasError(e)
            ? { code: e.code, message: e.message, details: e.details }
            : { message: e instanceof Error ? e.message : String(e) },
        });
      }
    })();
  });
