import type { Actor, Deps, ServiceContext } from '../../http/context.ts';
import { AppError } from '../../lib/app-error.ts';
import { newToken, sha256 } from '../../lib/ids.ts';
import { burnVerifyTime, hashPassword, verifyPassword } from '../../lib/password.ts';
import { recordChange } from '../audit/index.ts';
import { scopeOfUnitRows } from '../units/index.ts';
import {
  findUserById,
  findUserByUsername,
  recordLoginFailure,
  recordLoginSuccess,
  resetLoginFailures,
  setUserLanguage,
  updateUserRow,
  type UserRow,
} from '../users/index.ts';
import { deleteSession, deleteSessionsOfUser, extendSession, findSessionActor, insertSession } from './auth.repository.ts';
import type { ChangePasswordInput, LoginInput } from './auth.schemas.ts';

const badCredentials = () =>
  new AppError(
    'UNAUTHENTICATED',
    { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong user name or password.' },
    { reason: 'BAD_CREDENTIALS' },
  );

const locked = (until: Date) => {
  const hhmm = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(until);
  return new AppError(
    'UNAUTHENTICATED',
    {
      vi: `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau ${hhmm}.`,
      en: `Account locked after repeated failed sign-ins. Try again after ${hhmm}.`,
    },
    { reason: 'ACCOUNT_LOCKED', data: { lockedUntil: until.toISOString() } },
  );
};

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

async function openSession(deps: Deps, user: UserRow, meta: { ip?: string | undefined; userAgent?: string | undefined }): Promise<NewSession> {
  const token = newToken();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.env.SESSION_TTL_HOURS * 3_600_000);
  await insertSession(deps.db, {
    id: sha256(token),
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt, user };
}

/** Check the password and open a session; N failures in a row lock the account for a while. */
export async function login(deps: Deps, input: LoginInput, meta: { ip?: string | undefined; userAgent?: string | undefined }): Promise<NewSession> {
  const now = deps.now();
  const user = await findUserByUsername(deps.db, input.username);
  if (!user || !user.active) {
    await burnVerifyTime(input.password);
    throw badCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw locked(user.lockedUntil);
  if (user.lockedUntil) await resetLoginFailures(deps.db, user.id);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + deps.env.LOGIN_LOCK_MINUTES * 60_000);
    const after = await recordLoginFailure(deps.db, user.id, deps.env.LOGIN_MAX_FAILURES, lockUntil);
    if (after?.lockedUntil && after.lockedUntil > now) throw locked(after.lockedUntil);
    throw badCredentials();
  }
  await recordLoginSuccess(deps.db, user.id, now);
  return openSession(deps, user, meta);
}

export async function logout(deps: Deps, sessionId: string): Promise<void> {
  await deleteSession(deps.db, sessionId);
}

/**
 * The actor behind a session token, or undefined. Fails closed: an expired
 * session, an inactive user, or a user whose unit is gone yields no actor.
 */
export async function loadActor(deps: Deps, token: string): Promise<{ actor: Actor; sessionId: string } | undefined> {
  const id = sha256(token);
  const row = await findSessionActor(deps.db, id);
  const now = deps.now();
  if (!row || row.expiresAt <= now || !row.user.active) return undefined;
  const scope = await scopeOfUnitRows(deps.db, row.unit, row.parent, row.unitTreeEpoch);
  const ttl = deps.env.SESSION_TTL_HOURS * 3_600_000;
  // Sliding expiry, written at most once per half-TTL.
  if (row.expiresAt.getTime() - now.getTime() < ttl / 2) await extendSession(deps.db, id, now, new Date(now.getTime() + ttl));
  const { user } = row;
  return {
    sessionId: id,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      personId: user.personId,
      role: user.role,
      unitId: row.unit.id,
      scope,
      language: user.language,
    },
  };
}

/** Change one's own password: every other session is revoked, this one is replaced. */
export async function changeOwnPassword(deps: Deps, ctx: ServiceContext, input: ChangePasswordInput): Promise<NewSession> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw badCredentials();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(
      'VALIDATION_FAILED',
      { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
      { fields: { currentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'Wrong password.' } } },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateUserRow(tx, user.id, user.version, { passwordHash, passwordChangedAt: ctx.now }, ctx.now);
    if (!row) throw new AppError('CONFLICT', { vi: 'Vui lòng thử lại.', en: 'Please try again.' }, { reason: 'STALE_VERSION' });
    await deleteSessionsOfUser(tx, user.id);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'user', entityId: user.id, unitId: user.unitId, action: 'password', summary: user.username });
    return row;
  });
  return openSession(deps, updated, {});
}

export async function setOwnLanguage(ctx: ServiceContext, language: 'vi' | 'en'): Promise<void> {
  await setUserLanguage(ctx.db, ctx.actor.userId, language);
}
