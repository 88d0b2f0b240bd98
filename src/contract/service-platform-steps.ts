/**
 * Plain data of the public service platforms, without zod, so that the web
 * may import it: the platform categories and how a service request moves —
 * requested → accepted → done, or declined from requested or accepted.
 */
export const PLATFORM_CATEGORIES = [
  'testing',
  'pilot',
  'design',
  'standards',
  'training',
  'finance',
  'other',
] as const;
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number];

export const REQUEST_STATUSES = ['requested', 'accepted', 'declined', 'done'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** What a platform may answer a request. */
export type RequestAnswer = Exclude<RequestStatus, 'requested'>;

export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestAnswer[]>> = {
  requested: ['accepted', 'declined'],
  accepted: ['done', 'declined'],
  done: [],
  declined: [],
};
