import { z } from 'zod';
import { ROLES } from '../../../shared/access.ts';
import { LANGS } from '../../../shared/labels.ts';
import { PageQuerySchema } from '../../http/pagination.ts';
import { text, version, msg } from '../../lib/zod-fields.ts';

export const PASSWORD_MIN = 10;

export const passwordSchema = () =>
  z
    .string()
    .min(PASSWORD_MIN, { error: msg(`Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`, `At least ${PASSWORD_MIN} characters.`) })
    .max(200);

export const usernameSchema = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,40}$/u, {
      error: msg('Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.', 'User name: 3–40 letters without accents, digits, dot, hyphen or underscore.',),
    });

export const CreateUserInputSchema = z.object({
  username: usernameSchema(),
  displayName: text(120),
  unitId: z.uuid(),
  role: z.enum(ROLES),
  personId: z.uuid().nullish(),
  password: passwordSchema(),
  language: z.enum(LANGS).default('vi'),
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UpdateUserInputSchema = z.object({
  version: version(),
  displayName: text(120),
  unitId: z.uuid(),
  role: z.enum(ROLES),
  personId: z.uuid().nullish(),
  active: z.boolean(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

export const ResetPasswordInputSchema = z.object({ version: version(), password: passwordSchema() });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

export const ListUsersQuerySchema = PageQuerySchema.extend({
  q: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;
