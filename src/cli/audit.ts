import { userInfo } from 'node:os';
import { isAtlasError } from '../core/errors.ts';
import { recordLocalWrite, type LocalActor } from '../services/access/audit.ts';
import type { Duck } from '../store/duck.ts';

/** The command line's actor in the audit log: `cli:` and the operating-system user. */
export function cliActor(): LocalActor {
  let name = process.env.USER ?? process.env.LOGNAME ?? 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep the environment's name.
  }
  return { actor: `cli:${name}`, role: 'cli' };
}

/**
 * Runs a command's write and appends it to the audit log as the API does for
 * its writes: allowed (status 200) with the details `describe` gives of the
 * result, or refused (the error's status and code), then rethrows.
 */
export async function audited<T>(
  db: Duck,
  action: string,
  target: string,
  fn: () => Promise<T>,
  describe: (result: T) => Record<string, unknown> | null = () => null,
): Promise<T> {
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    const status = isAtlasError(e) ? e.status : 500;
    const details = isAtlasError(e) ? { code: e.code } : { code: 'ATLAS_E_INTERNAL' };
    await recordLocalWrite(db, cliActor(), action, target, status, details).catch(() => undefined);
    throw e;
  }
  await recordLocalWrite(db, cliActor(), action, target, 200, describe(result));
  return result;
}
