import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, notFound, staleVersion } from '../../lib/app-error.ts';
import { recordChange } from '../audit/index.ts';
import { getVisibleUnit } from '../units/index.ts';
import {
  countUnitsInScope,
  deleteGroupRow,
  findGroupInScope,
  type GroupRow,
  insertGroup,
  listGroupMembers,
  listGroupsInScope,
  updateGroupRow,
} from './groups.repository.ts';
import type { CreateGroupInput, ListGroupsQuery, UpdateGroupInput } from './groups.schemas.ts';

const GROUP = { vi: 'cụm, khối thi đua', en: 'emulation group' };

async function getVisibleGroup(ctx: ServiceContext, id: string): Promise<GroupRow> {
  const group = await findGroupInScope(ctx.db, ctx.actor.scope, id);
  if (!group) throw notFound(GROUP);
  return group;
}

/** Members must be units the actor can see; the owner too. */
async function checkUnits(ctx: ServiceContext, input: CreateGroupInput): Promise<string[]> {
  await getVisibleUnit(ctx, input.ownerUnitId);
  const memberIds = [...new Set(input.memberIds)];
  if ((await countUnitsInScope(ctx.db, ctx.actor.scope, memberIds)) !== memberIds.length) {
    const msg = { vi: 'Có đơn vị thành viên không tồn tại hoặc ngoài phạm vi của bạn.', en: 'Some member units do not exist or are outside your scope.' };
    throw new AppError('VALIDATION_FAILED', msg, { fields: { memberIds: msg } });
  }
  return memberIds;
}

const snapshot = (g: GroupRow, memberIds: string[]) => ({
  ownerUnitId: g.ownerUnitId,
  kind: g.kind,
  name: g.name,
  year: g.year,
  note: g.note,
  memberIds,
  version: g.version,
});

export async function listGroups(ctx: ServiceContext, q: ListGroupsQuery) {
  authorize(ctx.actor, 'group.read');
  return listGroupsInScope(ctx.db, ctx.actor.scope, { q: q.q, kind: q.kind, year: q.year, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
}

export async function getGroup(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'group.read');
  const group = await getVisibleGroup(ctx, id);
  const members = await listGroupMembers(ctx.db, ctx.actor.scope, id);
  return { group, members: members.map((m) => m.unit) };
}

export async function createGroup(ctx: ServiceContext, input: CreateGroupInput) {
  authorize(ctx.actor, 'group.write');
  const memberIds = await checkUnits(ctx, input);
  const { memberIds: _m, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const group = await insertGroup(tx, fields, memberIds);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'group', entityId: group.id, unitId: group.ownerUnitId, action: 'create', summary: group.name, after: snapshot(group, memberIds) });
    return group;
  });
}

export async function updateGroup(ctx: ServiceContext, id: string, input: UpdateGroupInput) {
  authorize(ctx.actor, 'group.write');
  const group = await getVisibleGroup(ctx, id);
  const before = (await listGroupMembers(ctx.db, ctx.actor.scope, id)).map((m) => m.unit.id);
  const memberIds = await checkUnits(ctx, input);
  const { version, memberIds: _m, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const updated = await updateGroupRow(tx, id, version, fields, memberIds, ctx.now);
    if (!updated) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'group', entityId: id, unitId: updated.ownerUnitId, action: 'update', summary: updated.name, before: snapshot(group, before), after: snapshot(updated, memberIds) });
    return updated;
  });
}

export async function deleteGroup(ctx: ServiceContext, id: string, version: number) {
  authorize(ctx.actor, 'group.write');
  const group = await getVisibleGroup(ctx, id);
  const members = (await listGroupMembers(ctx.db, ctx.actor.scope, id)).map((m) => m.unit.id);
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteGroupRow(tx, id, version);
    if (!deleted) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'group', entityId: id, unitId: group.ownerUnitId, action: 'delete', summary: group.name, before: snapshot(group, members) });
  });
}
