/**
 * Sign-in throttling, so passwords cannot be guessed at speed: failed attempts
 * are counted per account name and per client address. A name may fail
 * `perName` times and an address `perAddress` times freely; from then on each
 * failure imposes a wait of `baseDelayMs · 2^(failures − limit)`, capped at
 * `maxDelayMs`, and attempts within the wait are refused with
 * ATLAS_E_TOO_MANY_ATTEMPTS (429, `details.retryAfterSeconds`) without looking
 * at the password. A success clears its name's count, never its address's (an
 * attacker could otherwise reset the address by signing in to an account of its
 * own between guesses). Counts are forgotten after `forgetAfterMs` without a
 * failure.
 *
 * An attempt counts from the moment it starts: while attempts at the limit
 * are still being checked, further ones are refused too, so a burst of
 * parallel guesses cannot slip past the count.
 *
 * Names are counted whether or not an account holds them, so the refusal
 * says nothing about which names exist. The clock is injected (`now`) so
 * tests move time instead of sleeping. Memory: at most `maxKeys` entries,
 * the oldest dropped first. One process only: a server behind several
 * processes keeps one count per process. With a `store`
 * (throttle-store.ts) the counts outlive a restart: `restore()` reads them
 * when the server starts, every counted failure and cleared name of a
 * password sign-in is written. A sign-in link's attempts (a GET, which
 * writes nothing but the session) count in memory only.
 */
import { AtlasError } from '../../core/errors.ts';

export interface ThrottleLimits {
  /** Failures a name may have before each further one imposes a wait. */
  perName: number;
  /** Failures an address may have before each further one imposes a wait. */
  perAddress: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key's failures are forgotten after this long without one. */
  forgetAfterMs: number;
  maxKeys: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = {
  perName: 5,
  perAddress: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxKeys: 10_000,
};

interface Entry {
  failures: number;
  inFlight: number;
  lastFailure: number;
  blockedUntil: number;
}

/** A key's count as kept across restarts. */
export interface ThrottleCount {
  failures: number;
  lastFailure: number;
  blockedUntil: number;
}

/** Where counts outlive the process: read at start, written after each change (null: cleared). */
export interface ThrottleStore {
  load(): Promise<(ThrottleCount & { key: string })[]>;
  save(key: string, count: ThrottleCount | null): Promise<void>;
}

/**
 * How an attempt ended: signed in, refused (wrong name, password or link),
 * or failed for another reason (counted as neither).
 */
export type Outcome = 'ok' | 'refused' | 'error';

/** What an attempt reports when it ends. */
export interface Attempt {
  settle(outcome: Outcome): void;
}

type Scope = 'name' | 'address';

export class SignInThrottle {
  readonly limits: ThrottleLimits;
  private readonly entries = new Map<string, Entry>();

  private writes: Promise<void> = Promise.resolve();

  constructor(
    limits: Partial<ThrottleLimits> = {},
    private readonly now: () => number = Date.now,
    private readonly store?: ThrottleStore,
  ) {
    this.limits = { ...DEFAULT_THROTTLE, ...limits };
  }

  /** Reads the kept counts (those not yet forgotten); call once before serving. */
  async restore(): Promise<void> {
    if (!this.store) return;
    const now = this.now();
    for (const c of await this.store.load()) {
      if (now - c.lastFailure >= this.limits.forgetAfterMs && c.blockedUntil <= now) continue;
      this.entries.set(c.key, { ...c, inFlight: 0 });
    }
  }

  /** Resolves when every write so far has ended (tests, closing). */
  flushed(): Promise<void> {
    return this.writes;
  }

  private persist(key: string, e: Entry | null): void {
    const store = this.store;
    if (!store) return;
    const count = e
      ? { failures: e.failures, lastFailure: e.lastFailure, blockedUntil: e.blockedUntil }
      : null;
    this.writes = this.writes.then(() => store.save(key, count)).catch(() => undefined);
  }

  /**
   * Starts an attempt for a name (omitted for a sign-in link) from an
   * address: throws ATLAS_E_TOO_MANY_ATTEMPTS when either must wait, else
   * answers the attempt to settle with its outcome.
   */
  begin(name: string | undefined, address: string): Attempt {
    const now = this.now();
    const keys: [Scope, string, number][] = [['address', `a:${address}`, this.limits.perAddress]];
    if (name !== undefined)
      keys.unshift([
        'name',
        `n:${name.normalize('NFKC').trim().toLowerCase()}`,
        this.limits.perName,
      ]);
    for (const [scope, key, limit] of keys) {
      const e = this.live(key, now);
      if (!e) continue;
      const waitMs =
        e.blockedUntil > now
          ? e.blockedUntil - now
          : e.failures + e.inFlight >= limit && e.inFlight > 0
            ? this.limits.baseDelayMs
            : 0;
      if (waitMs > 0) {
        const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
        throw new AtlasError(
          'ATLAS_E_TOO_MANY_ATTEMPTS',
          `too many failed sign-ins ${scope === 'name' ? 'for this name' : 'from this address'}; try again in ${retryAfterSeconds} s`,
          { retryAfterSeconds, scope },
        );
      }
    }
    const held = keys.map(([scope, key, limit]) => {
      const e = this.entry(key, now);
      e.inFlight++;
      return { scope, key, limit, e };
    });
    let settled = false;
    // Links are redeemed by GET: their counts stay in memory (a GET never writes but the session).
    const keep = name !== undefined;
    return {
      settle: (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        const at = this.now();
        for (const { scope, key, limit, e } of held) {
          e.inFlight = Math.max(0, e.inFlight - 1);
          if (outcome === 'ok' && scope === 'name' && this.entries.delete(key) && e.failures > 0)
            if (keep) this.persist(key, null);
          if (outcome !== 'refused') continue;
          e.failures++;
          e.lastFailure = at;
          if (e.failures >= limit) {
            const delay = this.limits.baseDelayMs * 2 ** Math.min(e.failures - limit, 40);
            e.blockedUntil = at + Math.min(delay, this.limits.maxDelayMs);
          }
          if (keep) this.persist(key, e);
        }
      },
    };
  }

  /** The entry of a key unless it is forgotten (then dropped). */
  private live(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (
      e.inFlight === 0 &&
      e.blockedUntil <= now &&
      now - e.lastFailure >= this.limits.forgetAfterMs
    ) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private entry(key: string, now: number): Entry {
    const found = this.live(key, now);
    if (found) return found;
    while (this.entries.size >= this.limits.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const e: Entry = { failures: 0, inFlight: 0, lastFailure: now, blockedUntil: 0 };
    this.entries.set(key, e);
    return e;
  }
}
