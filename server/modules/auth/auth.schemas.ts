import { z } from 'zod';
import { LANGS } from '../../../shared/labels.ts';
import { msg } from '../../lib/zod-fields.ts';
import { passwordSchema } from '../users/users.schemas.ts';

export const LoginInputSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const ChangePasswordInputSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema() })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    error: msg('Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.'),
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const LanguageInputSchema = z.object({ language: z.enum(LANGS) });
