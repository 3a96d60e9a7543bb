import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, notFound, staleVersion } from '../../lib/app-error.ts';
import { hashPassword } from '../../lib/password.ts';
import { recordChange } from '../audit/index.ts';
import { deleteSessionsOfUser } from '../auth/index.ts';
import { findPersonInScope } from '../people/index.ts';
import { getVisibleUnit } from '../units/index.ts';
import { userSnapshot } from './users.presenter.ts';
import { findUserByUsername, findUserInScope, insertUser, listUsersInScope, updateUserRow, type UserRow } from './users.repository.ts';
import type { CreateUserInput, ListUsersQuery, ResetPasswordInput, UpdateUserInput } from './users.schemas.ts';

const USER = { vi: 'tài khoản', en: 'account' };

async function getVisibleUser(ctx: ServiceContext, id: string): Promise<UserRow> {
  const user = await findUserInScope(ctx.db, ctx.actor.scope, id);
  if (!user) throw notFound(USER);
  return user;
}

async function requireVisiblePerson(ctx: ServiceContext, personId: string | null | undefined) {
  if (!personId) return;
  if (!(await findPersonInScope(ctx.db, ctx.actor.scope, personId)))
    throw new AppError('VALIDATION_FAILED', { vi: 'Không tìm thấy cán bộ.', en: 'Person not found.' }, { fields: { personId: { vi: 'Không tìm thấy cán bộ.', en: 'Person not found.' } } });
}

async function requireActiveUnit(ctx: ServiceContext, unitId: string) {
  const unit = await getVisibleUnit(ctx, unitId);
  if (unit.status !== 'active')
    throw new AppError(
      'VALIDATION_FAILED',
      { vi: 'Không thể gắn tài khoản vào đơn vị đã giải thể.', en: 'Cannot attach an account to a dissolved unit.' },
      { fields: { unitId: { vi: 'Đơn vị đã giải thể.', en: 'Dissolved unit.' } } },
    );
  return unit;
}

export async function listUsers(ctx: ServiceContext, q: ListUsersQuery) {
  authorize(ctx.actor, 'user.read');
  if (q.unitId) await getVisibleUnit(ctx, q.unitId);
  return listUsersInScope(ctx.db, ctx.actor.scope, { q: q.q, unitId: q.unitId, role: q.role, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
}

export async function getUser(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'user.read');
  const user = await getVisibleUser(ctx, id);
  const unit = await getVisibleUnit(ctx, user.unitId);
  return { user, unitName: unit.name };
}

export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<UserRow> {
  authorize(ctx.actor, 'user.write');
  await requireActiveUnit(ctx, input.unitId);
  await requireVisiblePerson(ctx, input.personId);
  if (await findUserByUsername(ctx.db, input.username))
    throw new AppError(
      'CONFLICT',
      { vi: `Tên đăng nhập "${input.username}" đã có người dùng.`, en: `The user name "${input.username}" is taken.` },
      { reason: 'DUPLICATE', fields: { username: { vi: 'Đã có người dùng.', en: 'Already taken.' } } },
    );
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, { ...input, personId: input.personId ?? null, passwordHash });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'user', entityId: user.id, unitId: user.unitId, action: 'create', summary: user.username, after: userSnapshot(user) });
    return user;
  });
}

export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserInput): Promise<UserRow> {
  authorize(ctx.actor, 'user.write');
  const user = await getVisibleUser(ctx, id);
  if (user.id === ctx.actor.userId && (input.role !== user.role || !input.active || input.unitId !== user.unitId))
    throw new AppError('INVALID_STATE', {
      vi: 'Bạn không thể tự đổi vai trò, đơn vị hoặc khóa tài khoản của chính mình.',
      en: 'You cannot change your own role or unit, or deactivate yourself.',
    }, { reason: 'SELF_CHANGE' });
  if (input.unitId !== user.unitId) await requireActiveUnit(ctx, input.unitId);
  await requireVisiblePerson(ctx, input.personId);
  const { version, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const updated = await updateUserRow(tx, id, version, { ...fields, personId: fields.personId ?? null }, ctx.now);
    if (!updated) throw staleVersion();
    // Access changed: sessions carry the old rights, so end them.
    if (updated.role !== user.role || updated.unitId !== user.unitId || !updated.active) await deleteSessionsOfUser(tx, id);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'user', entityId: id, unitId: updated.unitId, action: 'update', summary: updated.username, before: userSnapshot(user), after: userSnapshot(updated) });
    return updated;
  });
}

/** An admin sets a new password; the user's sessions end. */
export async function resetUserPassword(ctx: ServiceContext, id: string, input: ResetPasswordInput): Promise<UserRow> {
  authorize(ctx.actor, 'user.write');
  const user = await getVisibleUser(ctx, id);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const updated = await updateUserRow(tx, id, input.version, { passwordHash, passwordChangedAt: ctx.now }, ctx.now);
    if (!updated) throw staleVersion();
    await deleteSessionsOfUser(tx, id);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'user', entityId: id, unitId: user.unitId, action: 'password', summary: user.username });
    return updated;
  });
}
