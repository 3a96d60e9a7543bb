import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The closed list of error codes every module throws; the web maps them to messages. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 422,
  CONFLICT: 409,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** A message in both UI languages; the error handler picks one per request. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface AppErrorDetails {
  /** Domain-specific sub-code, e.g. `STALE_VERSION`, `ACCOUNT_LOCKED`. */
  reason?: string;
  /** Field path → message, for validation errors. */
  fields?: Record<string, Bilingual>;
  /** Extra data the client may use (e.g. the id of a duplicate record). */
  data?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Bilingual;
  readonly details: AppErrorDetails;

  constructor(code: ErrorCode, text: Bilingual, details: AppErrorDetails = {}) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.details = details;
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (entity: Bilingual = { vi: 'bản ghi', en: 'record' }) =>
  new AppError('NOT_FOUND', { vi: `Không tìm thấy ${entity.vi}.`, en: `The ${entity.en} was not found.` });

export const forbidden = () =>
  new AppError('FORBIDDEN', {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  });

export const staleVersion = () =>
  new AppError(
    'CONFLICT',
    {
      vi: 'Bản ghi đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem thay đổi rồi sửa tiếp.',
      en: 'Someone else changed this record after you opened it. Reload to see their change, then edit again.',
    },
    { reason: 'STALE_VERSION' },
  );

export const invalid = (fields: Record<string, Bilingual>) => {
  const names = Object.keys(fields).join(', ');
  return new AppError(
    'VALIDATION_FAILED',
    { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid data: ${names}.` },
    { fields },
  );
};
