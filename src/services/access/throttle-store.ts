import type { Duck } from '../../store/duck.ts';
import type { ThrottleCount, ThrottleStore } from './throttle.ts';

/**
 * The sign-in throttle's counts in the store (table sign_in_throttle), so a
 * restart keeps them: read once when the server starts, written after each
 * counted failure or cleared name, as bookkeeping that keeps cached answers.
 * Writes are queued one after another and
 * a failed write is dropped (the count in memory still holds).
 */
export function duckThrottleStore(db: Duck): ThrottleStore {
  return {
    async load() {
      const rows = await db.all(
        'SELECT key, failures, last_failure, blocked_until FROM sign_in_throttle',
      );
      return rows.map((r) => ({
        key: String(r.key),
        failures: Number(r.failures),
        lastFailure: Number(r.last_failure),
        blockedUntil: Number(r.blocked_until),
      }));
    },
    async save(key: string, c: ThrottleCount | null) {
      await db.bookkeeping(async (tx) => {
        await tx.exec('DELETE FROM sign_in_throttle WHERE key = $1', [key]);
        if (c)
          await tx.exec('INSERT INTO sign_in_throttle VALUES ($1, $2, $3, $4)', [
            key,
            c.failures,
            c.lastFailure,
            c.blockedUntil,
          ]);
      });
    },
  };
}
