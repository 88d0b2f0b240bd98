import { get, send } from '../http.ts';

export interface WhoAmI {
  role: 'viewer' | 'member' | 'analyst' | 'admin';
  user: string | null;
  organization: string | null;
  signedIn: boolean;
}

export const sessionApi = {
  me: () => get<WhoAmI>('/api/session'),
  signIn: (name: string, password: string) =>
    send<WhoAmI>('POST', '/api/session', { name, password }),
  signOut: () => send<WhoAmI>('DELETE', '/api/session'),
};
