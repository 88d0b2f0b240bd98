import { availableParallelism } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../core/access/viewer.ts';
import { AtlasError } from '../core/errors.ts';

/**
 * A queue limit on heavy routes: exports, reports,
 * panoramas and what is built on them, metric matrices and their kernels,
 * imports. At most `concurrency` of them run at once in this process (the
 * cores by default), at most `queue` wait their turn in arrival order; one
 * more is refused at once with 503 ATLAS_E_BUSY and Retry-After, so a burst
 * of heavy requests cannot hold every client, or /api/health, for seconds.
 *
 * A route is heavy when it is in HEAVY_ROUTES or sets `config: { heavy: true }`.
 * The slot is taken after access and validation (a refused request never
 * waits) and given back when the answer is sent or the connection closes,
 * whichever comes first.
 */
export interface HeavyLimits {
  /** Heavy requests running at once; default: the cores (os.availableParallelism()). */
  concurrency: number;
  /** Heavy requests waiting beyond those; default 8 per slot. */
  queue: number;
  /** What Retry-After says when the queue is full; default 5 s. */
  retryAfterSeconds: number;
  /**
   * The most heavy requests (running or waiting) one role may hold at once,
   * all its accounts and visitors together, so visitors cannot fill the
   * queue that members and analysts need. Default: visitors and viewers the
   * slots plus half the queue, members the slots plus three quarters,
   * analysts and admins all of it.
   */
  perRole?: Partial<Record<Role, number>>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A CPU- or memory-heavy route: runs under the queue limit of api/heavy.ts. */
    heavy?: boolean;
  }
}

/** Method and route of the heavy routes (exports, reports, panoramas, metric matrices, imports). */
export const HEAVY_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/export/xlsx',
  'GET /api/reports/cluster/:id/pdf',
  'GET /api/reports/region/:code/pdf',
  'GET /api/panorama',
  'GET /api/gaps',
  'GET /api/targets',
  'GET /api/metrics/:name',
  'GET /api/homogeneity',
  'GET /api/complexity/regions',
  'GET /api/complexity/industries',
  'GET /api/complexity/space',
  'GET /api/complexity/opportunities',
  'POST /api/imports',
]);

export function defaultHeavyLimits(): HeavyLimits {
  return limitsFor(Math.max(1, availableParallelism()));
}

/** The defaults for `concurrency` slots (the per-role caps follow the slots and queue). */
export function limitsFor(concurrency: number, queue = 8 * concurrency): HeavyLimits {
  const all = concurrency + queue;
  return {
    concurrency,
    queue,
    retryAfterSeconds: 5,
    perRole: {
      viewer: concurrency + Math.ceil(queue / 2),
      member: concurrency + Math.ceil((3 * queue) / 4),
      analyst: all,
      admin: all,
    },
  };
}

/** Slots and a bounded queue of waiters, handed over in arrival order. */
export class HeavyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limits: HeavyLimits) {}

  /** Resolves when a slot is held; refuses with ATLAS_E_BUSY when the queue is full. */
  async enter(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.limits.queue)
      throw new AtlasError(
        'ATLAS_E_BUSY',
        `busy: ${this.running} heavy requests running and ${this.waiting.length} waiting; try again in ${this.limits.retryAfterSeconds} s`,
        {
          retryAfterSeconds: this.limits.retryAfterSeconds,
          running: this.running,
          queued: this.waiting.length,
        },
      );
    // The leaver hands its slot over: `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running = Math.max(0, this.running - 1);
  }

  get state(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }
}

const HELD = Symbol('heavy slot');
type Held = FastifyRequest & { [HELD]?: () => void };

function isHeavy(req: FastifyRequest): boolean {
  const url = req.routeOptions.url;
  if (!url) return false;
  return req.routeOptions.config.heavy === true || HEAVY_ROUTES.has(`${req.method} ${url}`);
}

/** Installs the limit (after access, so its checks run first); returns the gate for tests. */
export function installHeavyLimit(
  app: FastifyInstance,
  limits: Partial<HeavyLimits> = {},
): HeavyGate {
  const base = limitsFor(
    limits.concurrency ?? defaultHeavyLimits().concurrency,
    limits.queue ?? defaultHeavyLimits().queue,
  );
  const caps = { ...base.perRole, ...limits.perRole } as Record<Role, number>;
  const gate = new HeavyGate({ ...base, ...limits, perRole: caps });
  const byRole = new Map<Role, number>();
  app.addHook('preHandler', async (req: Held, reply: FastifyReply) => {
    if (!isHeavy(req)) return;
    const role = req.viewer.role;
    const holding = byRole.get(role) ?? 0;
    const cap = caps[role];
    if (holding >= cap && gate.state.queued < gate.limits.queue)
      throw new AtlasError(
        'ATLAS_E_BUSY',
        `busy: the ${role} role holds ${holding} of its ${cap} heavy requests; try again in ${gate.limits.retryAfterSeconds} s`,
        { retryAfterSeconds: gate.limits.retryAfterSeconds, role, holding, cap },
      );
    byRole.set(role, holding + 1);
    const free = () => byRole.set(role, (byRole.get(role) ?? 1) - 1);
    try {
      await gate.enter();
    } catch (e) {
      free();
      throw e;
    }
    let held = true;
    // The client left while waiting: give the slot on, do not run the work for nobody.
    if (req.raw.socket?.destroyed === true) {
      free();
      gate.leave();
      reply.hijack();
      return;
    }
    const release = () => {
      if (!held) return;
      held = false;
      free();
      gate.leave();
    };
    req[HELD] = release;
    reply.raw.once('close', release);
  });
  app.addHook('onResponse', async (req: Held) => req[HELD]?.());
  app.addHook('onRequestAbort', async (req: Held) => req[HELD]?.());
  return gate;
}
