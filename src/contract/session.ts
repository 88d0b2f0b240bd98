/**
 * Signing in and out on the wire (GET, POST, DELETE /api/session, GET
 * /api/session/token): who is asking, and what a sign-in sends
 * (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { ROLES } from '../core/access/viewer.ts';

/** Who is asking: role, account and organisation, and whether a session is open. */
export const WhoAmI = z.strictObject({
  role: z.enum(ROLES),
  user: z.string().nullable(),
  organization: z.string().nullable(),
  signedIn: z.boolean(),
});
export type WhoAmI = z.infer<typeof WhoAmI>;

/** POST /api/session: a name and a password. */
export const SignInBody = z.strictObject({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});
export type SignInBody = z.infer<typeof SignInBody>;

/** GET /api/session/token: the one-time sign-in link's token. */
export const SignInTokenQuery = z.strictObject({ token: z.string().min(16).max(200) });
export type SignInTokenQuery = z.infer<typeof SignInTokenQuery>;
