import type { WhoAmI } from '../../../src/contract/session.ts';
import { get, send } from '../http.ts';

export type { WhoAmI };

export const sessionApi = {
  me: () => get<WhoAmI>('/api/session'),
  signIn: (name: string, password: string) =>
    send<WhoAmI>('POST', '/api/session', { name, password }),
  signOut: () => send<WhoAmI>('DELETE', '/api/session'),
};
