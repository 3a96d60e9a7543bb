import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Lang } from '../../shared/labels.ts';
import { AppError } from '../lib/app-error.ts';
import type { AppEnv } from './context.ts';

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    reason?: string;
    fields?: Record<string, string>;
    data?: Record<string, unknown>;
    requestId?: string;
  };
}

export function errorBody(err: AppError, lang: Lang, requestId?: string): ErrorBody {
  const fields = err.details.fields
    ? Object.fromEntries(Object.entries(err.details.fields).map(([k, v]) => [k, v[lang]]))
    : undefined;
  return {
    error: {
      code: err.code,
      message: err.text[lang],
      ...(err.details.reason ? { reason: err.details.reason } : {}),
      ...(fields ? { fields } : {}),
      ...(err.details.data ? { data: err.details.data } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}

export function handleError(err: Error, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'vi';
  const requestId = c.get('requestId');
  if (err instanceof AppError) {
    return c.json(errorBody(err, lang, requestId), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const appErr =
      err.status === 413
        ? new AppError('PAYLOAD_TOO_LARGE', { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' })
        : new AppError('VALIDATION_FAILED', { vi: 'Yêu cầu không hợp lệ.', en: 'Invalid request.' });
    return c.json(errorBody(appErr, lang, requestId), appErr.status);
  }
  c.get('deps')?.log.error('unhandled error', { requestId, err: String(err), stack: err.stack });
  const internal = new AppError('INTERNAL', {
    vi: `Lỗi hệ thống. Mã yêu cầu: ${requestId}.`,
    en: `Internal error. Request id: ${requestId}.`,
  });
  return c.json(errorBody(internal, lang, requestId), 500);
}
