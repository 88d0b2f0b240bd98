import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readMatch,
  matchEvents,
  organizationExists,
  upsertRows,
  type MatchRow,
} from '../../store/matching.ts';
import { MATCH_TRANSITIONS } from '../../contract/match-transitions.ts';
import { newId, stamp } from './now.ts';
import { MatchStatus, parseInput } from './schemas.ts';

export { MATCH_TRANSITIONS };

export function canMove(from: MatchStatus, to: MatchStatus): boolean {
  return MATCH_TRANSITIONS[from].includes(to);
}

export interface ProposeInput {
  demand?: string;
  capability?: string;
  buyer: string;
  supplier: string;
  score?: number;
  reasons?: unknown;
}

/** Records matches as proposed (one event each); returns their rows. */
export async function proposeMatches(
  db: Duck,
  inputs: readonly ProposeInput[],
  opts: { now?: Date | string; note?: string } = {},
): Promise<MatchRow[]> {
  const at = stamp(opts.now);
  const rows: MatchRow[] = inputs.map((m) => ({
    id: newId('match'),
    ...m,
    status: 'proposed',
    created_at: at,
    updated_at: at,
  }));
  await db.transaction(async (tx) => {
    for (const r of rows)
      for (const org of [r.buyer, r.supplier])
        if (!(await organizationExists(tx, org)))
          throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${org}`, {
            organization: org,
          });
    await upsertRows(tx, 'matches', rows);
    await upsertRows(
      tx,
      'match_events',
      rows.map((r) => ({
        match_id: r.id,
        seq: 1,
        to_status: 'proposed',
        happened_at: at,
        note: opts.note,
      })),
    );
  });
  return rows;
}

/** Moves a match to its next outcome; an illegal step is ATLAS_E_MATCH_TRANSITION. */
export async function recordOutcome(
  db: Duck,
  matchId: string,
  to: string,
  opts: { note?: string; now?: Date | string } = {},
): Promise<MatchRow> {
  const next = parseInput(MatchStatus, to, 'outcome');
  return db.transaction(async (tx) => {
    const m = await readMatch(tx, matchId);
    if (!m) throw new AtlasError('ATLAS_E_NOT_FOUND', `no match ${matchId}`, { match: matchId });
    const from = m.status as MatchStatus;
    if (!canMove(from, next))
      throw new AtlasError(
        'ATLAS_E_MATCH_TRANSITION',
        `match ${matchId} is ${from}; it cannot become ${next}`,
        { match: matchId, from, to: next, allowed: MATCH_TRANSITIONS[from] },
      );
    const at = stamp(opts.now);
    const events = await matchEvents(tx, matchId);
    await upsertRows(tx, 'match_events', [
      {
        match_id: matchId,
        seq: events.length + 1,
        from_status: from,
        to_status: next,
        happened_at: at,
        note: opts.note,
      },
    ]);
    const row = { ...m, status: next, updated_at: at };
    await upsertRows(tx, 'matches', [row]);
    return row;
  });
}
