/**
 * The states of an investment-attraction action (招商 action), in the order
 * an action moves: identified → contacted → negotiating → signed → landed,
 * or dropped. Plain data, so the analytics (the moves allowed), the contract
 * (the wire's enum) and the web (the board's columns) name them once.
 */
export const ACTION_STATES = [
  'identified',
  'contacted',
  'negotiating',
  'signed',
  'landed',
  'dropped',
] as const;
export type ActionState = (typeof ACTION_STATES)[number];
