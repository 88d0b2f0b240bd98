/**
 * A case's peers line, shared by the benches that time a Python peer
 * (complexity, concentration, network): the peer's time for a job, timed
 * again after ours where the file can (the sides alternate on a loaded
 * machine; the minimum is kept), and the reason ours is slower — a function,
 * so its numbers are this run's. bench/run.ts prints the reason only where
 * ours trails.
 */
import { peer, type PeerTime } from './peers.ts';

/** A peer script's answer: times by job (`job@cpu` beside), or why there is none. */
export type PeerTimes = Record<string, number> | string | undefined;

/** How a bench file sees its peer once set up (read at print time: setup fills it). */
export interface PeerSide {
  label: string;
  times: PeerTimes;
  missing: string | null;
  /** Runs the peer's `job` once more and answers its times. */
  again?: (job: string) => PeerTimes;
}

/** The peer's `job` timed again after ours; the minima of both runs kept in side.times. */
export function timeAgain(side: PeerSide, job: string): void {
  if (side.missing || typeof side.times !== 'object' || !side.again) return;
  const again = side.again(job);
  if (typeof again !== 'object') return;
  for (const k of [job, `${job}@cpu`])
    if (again[k] !== undefined) side.times[k] = Math.min(side.times[k] ?? again[k], again[k]);
}

/**
 * `peers` of a case: peerCase(side)(job, whySlower) → () → [the peer's line].
 * `side` is a function because a bench file sets its peer up in `setup`.
 */
export const peerCase =
  (side: () => PeerSide) => (job: string, whySlower?: () => string) => (): PeerTime[] => {
    const s = side();
    timeAgain(s, job);
    return [peer(s.label, s.times, job, s.missing, whySlower?.())];
  };

/** A peer time by key, NaN when absent (for the reasons' numbers). */
export const peerTime = (times: PeerTimes, key: string): number =>
  typeof times === 'object' ? (times[key] ?? NaN) : NaN;
