import type { ApiError } from './types.ts';

/**
 * The one way the web app talks to the API. Reads are plain GETs; writes
 * (`send`) copy the `atlas_csrf` cookie into the `x-csrf-token` header
 * (double-submit: the server refuses a write whose header and session differ).
 */

/** An API error answer ({code, message, hint, details}) as an exception. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(`${body.code}: ${body.message}`);
  }
}

async function answer<T>(res: Response): Promise<T> {
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
    throw new ApiFailure(res.status, {
      code: body.code ?? `HTTP_${res.status}`,
      message: body.message ?? res.statusText,
      // A proxy's or the browser's own failure has no hint or details.
      hint: body.hint ?? '',
      details: body.details ?? {},
    });
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function query(p: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export async function get<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { headers: { accept: 'application/json' } }));
}

export function csrfToken(): string | null {
  const m = /(?:^|;\s*)atlas_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** A write: JSON body (or a raw body such as an uploaded file) with the CSRF header. */
export async function send<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let payload: BodyInit | undefined;
  if (body !== undefined) {
    headers['content-type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : (body as BodyInit);
  }
  return answer<T>(await fetch(path, { method, headers, body: payload }));
}
