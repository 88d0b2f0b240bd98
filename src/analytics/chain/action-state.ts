/**
 * The states of an investment-attraction action (招商 action) that a chain
 * target becomes, and the moves allowed between them:
 *
 *   identified → contacted → negotiating → signed → landed
 *   any open state (identified, contacted, negotiating, signed) → dropped
 *
 * A state may be skipped forward (a firm first met at negotiation:
 * identified → negotiating) but never moved back; landed and dropped are
 * final. A move to the current state is refused (nothing would change).
 */
import { AtlasError } from '../../core/errors.ts';
import { ACTION_STATES, type ActionState } from '../../core/model/action-state.ts';

export { ACTION_STATES, type ActionState };

const FORWARD: readonly ActionState[] = [
  'identified',
  'contacted',
  'negotiating',
  'signed',
  'landed',
];

export function isActionState(s: string): s is ActionState {
  return (ACTION_STATES as readonly string[]).includes(s);
}

/** The states an action may move to from `from`. */
export function nextActionStates(from: ActionState): ActionState[] {
  if (from === 'landed' || from === 'dropped') return [];
  return [...FORWARD.slice(FORWARD.indexOf(from) + 1), 'dropped'];
}

/** Throws ATLAS_E_ACTION_TRANSITION unless `from → to` is allowed. */
export function assertActionTransition(from: ActionState, to: ActionState): void {
  const allowed = nextActionStates(from);
  if (!allowed.includes(to))
    throw new AtlasError(
      'ATLAS_E_ACTION_TRANSITION',
      `an action cannot move from ${from} to ${to}`,
      {
        from,
        to,
        allowed,
      },
    );
}
