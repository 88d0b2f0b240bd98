import type { MatchStatus } from './matching.ts';

/**
 * Outcome states of a match: proposed → contacted → sample_trial → contract,
 * and declined from any open state. contract and declined are final. A step
 * may not be skipped (a contract without a sample or trial is recorded as
 * sample_trial first), so the dashboard's funnel counts every stage. Plain
 * data without zod, so that the web may import it without the model library.
 */
export const MATCH_TRANSITIONS: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  proposed: ['contacted', 'declined'],
  contacted: ['sample_trial', 'declined'],
  sample_trial: ['contract', 'declined'],
  contract: [],
  declined: [],
};
