/**
 * The states of an attraction action, in the order an action moves (the
 * board's columns). Plain data without zod, so that the web may import it
 * without the model library (docs/architecture.md, "The contract rule").
 */
export { ACTION_STATES, type ActionState } from '../core/model/action-state.ts';
