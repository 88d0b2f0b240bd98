import type { Migration } from './migration.ts';

/**
 * Sign-in throttling counts (services/access/throttle.ts), kept so that a
 * restart does not give an attacker a fresh set of guesses: one row per
 * counted key (`n:` a normalised account name, `a:` a client address) with
 * its failures, the time of the last one and the end of its wait, in ms
 * since the epoch of the server's clock.
 */
export const signInThrottle: Migration = {
  version: 11,
  name: 'sign-in-throttle',
  sql: `
CREATE TABLE sign_in_throttle (
  key VARCHAR PRIMARY KEY, failures INTEGER NOT NULL, last_failure BIGINT NOT NULL,
  blocked_until BIGINT NOT NULL
);
`,
};
