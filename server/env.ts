import { z } from 'zod';

/**
 * Every setting the server reads, with its default. README's settings table
 * lists the same names; `parseEnv` fails with one message naming each bad one.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_ORIGIN: z.string().url().optional(),
  DEMO_DATA: bool.default(true),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  TZ_DISPLAY: z.string().default('Asia/Ho_Chi_Minh'),
  TASK_MAX_EXTENSIONS: z.coerce.number().int().min(0).max(10).default(2),
  /** Mail server for deadline reminders (smtp:// or smtps://); unset = no e-mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/u, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Dân vận số <no-reply@localhost>'),
});
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings (environment variables):\n${lines.join('\n')}`);
  }
  return result.data;
}
