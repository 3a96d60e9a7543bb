import type { MiddlewareHandler, ValidationTargets } from 'hono';
import type { AppEnv } from './context.ts';
import { validator } from 'hono/validator';
import { type z } from 'zod';
import { FIELD_LABELS, type Label } from '../../shared/labels.ts';
import { AppError, type Bilingual, notFound } from '../lib/app-error.ts';
import { BILINGUAL_SEPARATOR } from '../lib/zod-fields.ts';

type Issue = z.core.$ZodIssue;

/** A bilingual message for one zod issue; schemas may carry their own in `params`. */
export function issueMessage(issue: Issue): Bilingual {
  if (issue.message.includes(BILINGUAL_SEPARATOR)) {
    const [vi = '', en = ''] = issue.message.split(BILINGUAL_SEPARATOR);
    return { vi, en };
  }
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined || (issue as { input?: unknown }).input === null)
        return { vi: 'Bắt buộc nhập.', en: 'Required.' };
      return { vi: 'Sai kiểu dữ liệu.', en: 'Wrong type of value.' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { vi: 'Bắt buộc nhập.', en: 'Required.' }
          : { vi: `Cần ít nhất ${issue.minimum} ký tự.`, en: `At least ${issue.minimum} characters.` };
      if (issue.origin === 'array')
        return { vi: `Cần chọn ít nhất ${issue.minimum}.`, en: `Choose at least ${issue.minimum}.` };
      return { vi: `Không được nhỏ hơn ${issue.minimum}.`, en: `Must be at least ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'string')
        return { vi: `Tối đa ${issue.maximum} ký tự.`, en: `At most ${issue.maximum} characters.` };
      if (issue.origin === 'array') return { vi: `Chọn tối đa ${issue.maximum}.`, en: `Choose at most ${issue.maximum}.` };
      return { vi: `Không được lớn hơn ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` };
    case 'invalid_format':
      if (issue.format === 'email') return { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid e-mail address.' };
      if (issue.format === 'uuid') return { vi: 'Mã không hợp lệ.', en: 'Not a valid id.' };
      if (issue.format === 'date') return { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a valid date.' };
      return { vi: 'Sai định dạng.', en: 'Wrong format.' };
    case 'invalid_value':
      return { vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'Not one of the allowed values.' };
    case 'unrecognized_keys':
      return { vi: `Trường không được phép: ${issue.keys.join(', ')}.`, en: `Unknown fields: ${issue.keys.join(', ')}.` };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' };
  }
}

const fieldLabel = (path: string): Label => {
  const last = path.split('.').filter((p) => !/^\d+$/u.test(p)).pop() ?? path;
  return FIELD_LABELS[last] ?? { vi: path, en: path };
};

/** Turn every zod issue into a named field error; the message lists every bad field. */
export function validationError(issues: readonly Issue[]): AppError {
  const fields: Record<string, Bilingual> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!fields[path]) fields[path] = issueMessage(issue);
  }
  const names = Object.keys(fields).map(fieldLabel);
  const list = (lang: 'vi' | 'en') =>
    Object.keys(fields)
      .map((p, i) => `${names[i]?.[lang] ?? p} — ${fields[p]?.[lang] ?? ''}`)
      .join('; ');
  return new AppError(
    'VALIDATION_FAILED',
    { vi: `Dữ liệu chưa hợp lệ: ${list('vi')}`, en: `Please correct: ${list('en')}` },
    { fields },
  );
}

/** Parse with a schema or throw the validation AppError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw validationError(result.error.issues);
  return result.data;
}

/** Route validator for `json`, `query` or `param`, reporting all bad fields at once. */
export const validate = <T extends keyof ValidationTargets, S extends z.ZodType>(
  target: T,
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { [K in T]: z.input<S> }; out: { [K in T]: z.output<S> } }> =>
  Object.assign(
    validator(target, (value) => parseOrThrow(schema, value)),
    { [ROUTE_INPUT]: { target, schema } satisfies RouteInput },
  ) as never;

/** Marks a validator so the OpenAPI document can describe the route's inputs. */
export const ROUTE_INPUT = Symbol.for('danvan.routeInput');
export interface RouteInput {
  target: keyof ValidationTargets;
  schema: z.ZodType;
}
export const routeInputOf = (handler: unknown): RouteInput | undefined => (handler as { [ROUTE_INPUT]?: RouteInput } | undefined)?.[ROUTE_INPUT];

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** `:id` params: anything that is not a well-formed id is simply not found. */
export const validateId = validator('param', (value: Record<string, string>) => {
  const id = value.id ?? '';
  if (!UUID_RE.test(id)) throw notFound();
  return { id: id.toLowerCase() };
});

/** `:id` and `:attachmentId` params, both ids. */
export const validateIdPair = validator('param', (value: Record<string, string>) => {
  const id = value.id ?? '';
  const attachmentId = value.attachmentId ?? '';
  if (!UUID_RE.test(id) || !UUID_RE.test(attachmentId)) throw notFound();
  return { id: id.toLowerCase(), attachmentId: attachmentId.toLowerCase() };
});

/** Several id params (e.g. `:id` and `:reportId`): anything malformed is simply not found. */
export const validateIds = <K extends string>(...names: K[]) =>
  validator('param', (value: Record<string, string>) => {
    const out = {} as Record<K, string>;
    for (const name of names) {
      const id = value[name] ?? '';
      if (!UUID_RE.test(id)) throw notFound();
      out[name] = id.toLowerCase();
    }
    return out;
  });
