import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId } from '../../http/validate.ts';
import { VersionQuerySchema } from '../../lib/zod-fields.ts';
import { presentUnitSummary } from '../units/index.ts';
import type { GroupRow } from './groups.repository.ts';
import { CreateGroupInputSchema, ListGroupsQuerySchema, UpdateGroupInputSchema } from './groups.schemas.ts';
import { createGroup, deleteGroup, getGroup, listGroups, updateGroup } from './groups.service.ts';

const presentGroup = (g: GroupRow) => ({
  id: g.id,
  ownerUnitId: g.ownerUnitId,
  kind: g.kind,
  name: g.name,
  year: g.year,
  note: g.note,
  version: g.version,
});

export const groupRoutes = new Hono<AppEnv>()
  .get('/', allow('group.read'), validate('query', ListGroupsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listGroups(serviceContext(c), q);
    return c.json(toPage(rows.map((r) => ({ ...presentGroup(r.group), ownerName: r.ownerName, memberCount: r.memberCount })), total, q));
  })
  .get('/:id', allow('group.read'), validateId, async (c) => {
    const { group, members } = await getGroup(serviceContext(c), c.req.valid('param').id);
    return c.json({ ...presentGroup(group), members: members.map(presentUnitSummary) });
  })
  .post('/', allow('group.write'), validate('json', CreateGroupInputSchema), async (c) => {
    const group = await createGroup(serviceContext(c), c.req.valid('json'));
    return c.json(presentGroup(group), 201);
  })
  .put('/:id', allow('group.write'), validateId, validate('json', UpdateGroupInputSchema), async (c) => {
    const group = await updateGroup(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentGroup(group));
  })
  .delete('/:id', allow('group.write'), validateId, validate('query', VersionQuerySchema), async (c) => {
    await deleteGroup(serviceContext(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.json({ ok: true as const });
  });
