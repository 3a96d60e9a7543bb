import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, notFound, staleVersion } from '../../lib/app-error.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { getVisibleUnit } from '../units/index.ts';
import { canSeeSensitive } from './people.policy.ts';
import { personSnapshot, positionSnapshot } from './people.presenter.ts';
import {
  countUsersOfPerson,
  deletePersonRow,
  deletePositionRow,
  findCurrentHead,
  findPersonInScope,
  findPositionInScope,
  insertPerson,
  insertPosition,
  listCurrentPositions,
  listPersonsByFoldedNames,
  listPersonsInScope,
  listPositionsOfPersons,
  listPositionsInUnit,
  listPositionsOfPerson,
  type PersonFields,
  type PersonRow,
  updatePersonRow,
  updatePositionRow,
} from './people.repository.ts';
import type { CreatePersonInput, CreatePositionInput, ListPersonsQuery, UpdatePersonInput, UpdatePositionInput } from './people.schemas.ts';

const PERSON = { vi: 'cán bộ', en: 'person' };
const POSITION = { vi: 'chức vụ', en: 'position' };

async function getVisiblePerson(ctx: ServiceContext, id: string): Promise<PersonRow> {
  const person = await findPersonInScope(ctx.db, ctx.actor.scope, id);
  if (!person) throw notFound(PERSON);
  return person;
}

async function requireActiveUnit(ctx: ServiceContext, unitId: string, field: string) {
  const unit = await getVisibleUnit(ctx, unitId);
  if (unit.status !== 'active') {
    const msg = { vi: 'Đơn vị đã giải thể.', en: 'The unit is dissolved.' };
    throw new AppError('VALIDATION_FAILED', { vi: `Đơn vị — ${msg.vi}`, en: `Unit — ${msg.en}` }, { fields: { [field]: msg } });
  }
  return unit;
}

/** Without the right to see them, a user can neither set nor erase sensitive fields. */
function personFields(ctx: ServiceContext, input: CreatePersonInput, existing?: PersonRow): PersonFields {
  const sensitive = canSeeSensitive(ctx.actor);
  return {
    ...input,
    ethnicity: sensitive ? input.ethnicity : (existing?.ethnicity ?? null),
    religion: sensitive ? input.religion : (existing?.religion ?? null),
  };
}

export async function listPersons(ctx: ServiceContext, q: ListPersonsQuery) {
  authorize(ctx.actor, 'person.read');
  const unit = q.unitId ? await getVisibleUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await listPersonsInScope(ctx.db, ctx.actor.scope, {
    q: q.q,
    underPath: unit && q.subtree ? unit.path : undefined,
    unitId: unit && !q.subtree ? unit.id : undefined,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const current = await listCurrentPositions(
    ctx.db,
    rows.map((r) => r.person.id),
  );
  return { rows, total, current };
}

export async function getPerson(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'person.read');
  const person = await getVisiblePerson(ctx, id);
  const unit = await getVisibleUnit(ctx, person.unitId);
  const positions = await listPositionsOfPerson(ctx.db, id);
  return { person, unitName: unit.name, positions };
}

export async function createPerson(ctx: ServiceContext, input: CreatePersonInput): Promise<PersonRow> {
  authorize(ctx.actor, 'person.write');
  await requireActiveUnit(ctx, input.unitId, 'unitId');
  return ctx.db.transaction(async (tx) => {
    const person = await insertPerson(tx, personFields(ctx, input));
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'person', entityId: person.id, unitId: person.unitId, action: 'create', summary: person.fullName, after: personSnapshot(person) });
    return person;
  });
}

export async function updatePerson(ctx: ServiceContext, id: string, input: UpdatePersonInput): Promise<PersonRow> {
  authorize(ctx.actor, 'person.write');
  const person = await getVisiblePerson(ctx, id);
  if (input.unitId !== person.unitId) await requireActiveUnit(ctx, input.unitId, 'unitId');
  const { version, ...rest } = input;
  return ctx.db.transaction(async (tx) => {
    const updated = await updatePersonRow(tx, id, version, personFields(ctx, rest, person), ctx.now);
    if (!updated) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'person', entityId: id, unitId: updated.unitId, action: 'update', summary: updated.fullName, before: personSnapshot(person), after: personSnapshot(updated) });
    return updated;
  });
}

export async function deletePerson(ctx: ServiceContext, id: string, version: number): Promise<void> {
  authorize(ctx.actor, 'person.write');
  const person = await getVisiblePerson(ctx, id);
  if ((await countUsersOfPerson(ctx.db, id)) > 0)
    throw new AppError('INVALID_STATE', {
      vi: 'Cán bộ đang gắn với tài khoản người dùng; hãy gỡ liên kết trước khi xóa.',
      en: 'This person is linked to a user account; unlink it first.',
    }, { reason: 'HAS_USERS' });
  const positions = await listPositionsOfPerson(ctx.db, id);
  await ctx.db.transaction(async (tx) => {
    const deleted = await deletePersonRow(tx, id, version);
    if (!deleted) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, {
      entity: 'person',
      entityId: id,
      unitId: person.unitId,
      action: 'delete',
      summary: person.fullName,
      before: { ...personSnapshot(person), positions: positions.map((p) => positionSnapshot(p.position)) },
    });
  });
}

async function refuseSecondHead(ctx: ServiceContext, input: CreatePositionInput, exceptId?: string) {
  if (!input.isHead || input.endDate) return;
  const head = await findCurrentHead(ctx.db, input.unitId, exceptId);
  if (head) {
    const msg = { vi: 'Đơn vị đã có người đứng đầu đương nhiệm; hãy kết thúc chức vụ đó trước.', en: 'The unit already has a current head; end that position first.' };
    throw new AppError('CONFLICT', msg, { reason: 'HEAD_EXISTS', fields: { isHead: msg }, data: { positionId: head.id } });
  }
}

export async function addPosition(ctx: ServiceContext, personId: string, input: CreatePositionInput) {
  authorize(ctx.actor, 'person.write');
  const person = await getVisiblePerson(ctx, personId);
  await requireActiveUnit(ctx, input.unitId, 'unitId');
  await refuseSecondHead(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const position = await insertPosition(tx, personId, input);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'position', entityId: position.id, unitId: position.unitId, action: 'create', summary: `${person.fullName} — ${position.title}`, after: positionSnapshot(position) });
    return position;
  });
}

async function getVisiblePosition(ctx: ServiceContext, id: string) {
  const position = await findPositionInScope(ctx.db, ctx.actor.scope, id);
  if (!position) throw notFound(POSITION);
  return position;
}

export async function updatePosition(ctx: ServiceContext, id: string, input: UpdatePositionInput) {
  authorize(ctx.actor, 'person.write');
  const position = await getVisiblePosition(ctx, id);
  if (input.unitId !== position.unitId) await requireActiveUnit(ctx, input.unitId, 'unitId');
  await refuseSecondHead(ctx, input, id);
  const { version, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const updated = await updatePositionRow(tx, id, version, fields, ctx.now);
    if (!updated) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'position', entityId: id, unitId: updated.unitId, action: 'update', summary: updated.title, before: positionSnapshot(position), after: positionSnapshot(updated) });
    return updated;
  });
}

export async function deletePosition(ctx: ServiceContext, id: string, version: number) {
  authorize(ctx.actor, 'person.write');
  const position = await getVisiblePosition(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const deleted = await deletePositionRow(tx, id, version);
    if (!deleted) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'position', entityId: id, unitId: position.unitId, action: 'delete', summary: position.title, before: positionSnapshot(position) });
  });
}

export async function listUnitPositions(ctx: ServiceContext, unitId: string) {
  authorize(ctx.actor, 'person.read');
  await getVisibleUnit(ctx, unitId);
  return listPositionsInUnit(ctx.db, ctx.actor.scope, unitId);
}

/**
 * Persons in scope named like `names` (compared folded: case, diacritics and
 * spacing aside), each with every title it has held, for matching the people
 * a text names. Several persons may share a name; all are returned.
 */
export async function findPersonsByNames(ctx: ServiceContext, names: string[]) {
  authorize(ctx.actor, 'person.read');
  const folded = [...new Set(names.map(foldVietnamese).filter(Boolean))];
  const rows = await listPersonsByFoldedNames(ctx.db, ctx.actor.scope, folded);
  const held = await listPositionsOfPersons(
    ctx.db,
    rows.map((r) => r.person.id),
  );
  return rows.map((r) => ({ person: r.person, unitName: r.unitName, titles: held.filter((p) => p.personId === r.person.id).map((p) => p.title) }));
}
