import { hc } from 'hono/client';
import type { ApiType } from '../../server/app.ts';
import { currentLanguage } from '../lib/i18n-store.ts';

/** The one error shape of the API, as the web sees it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly reason?: string,
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function parseApiError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; fields?: Record<string, string>; reason?: string; data?: Record<string, unknown> } } = {};
  try {
    body = await res.json();
  } catch {
    // not JSON: fall through to a generic message
  }
  const e = body.error;
  const fallback = currentLanguage() === 'en' ? `Request failed (${res.status}).` : `Yêu cầu không thành công (${res.status}).`;
  return new ApiError(res.status, e?.code ?? 'INTERNAL', e?.message ?? fallback, e?.fields ?? {}, e?.reason, e?.data);
}

const apiFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('accept-language', currentLanguage());
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
};

/** Typed client generated from the server's routes (Hono RPC). */
export const api = hc<ApiType>('/api', { fetch: apiFetch });

/** Await a typed call; throw ApiError on any non-2xx answer. */
export async function unwrap<R extends { ok: boolean; json(): Promise<unknown> }>(promise: Promise<R>): Promise<Awaited<ReturnType<R['json']>>> {
  const res = await promise;
  if (!res.ok) throw await parseApiError(res as unknown as Response);
  return (await res.json()) as Awaited<ReturnType<R['json']>>;
}
