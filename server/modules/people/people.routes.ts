import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId } from '../../http/validate.ts';
import { VersionQuerySchema } from '../../lib/zod-fields.ts';
import { canSeeSensitive, personAbilities } from './people.policy.ts';
import { presentPerson, presentPosition } from './people.presenter.ts';
import {
  CreatePersonInputSchema,
  CreatePositionInputSchema,
  ListPersonsQuerySchema,
  UpdatePersonInputSchema,
  UpdatePositionInputSchema,
} from './people.schemas.ts';
import {
  addPosition,
  createPerson,
  deletePerson,
  deletePosition,
  getPerson,
  listPersons,
  listUnitPositions,
  updatePerson,
  updatePosition,
} from './people.service.ts';

export const personRoutes = new Hono<AppEnv>()
  .get('/', allow('person.read'), validate('query', ListPersonsQuerySchema), async (c) => {
    const ctx = serviceContext(c);
    const q = c.req.valid('query');
    const { rows, total, current } = await listPersons(ctx, q);
    const sensitive = canSeeSensitive(ctx.actor);
    const items = rows.map((r) => ({
      ...presentPerson(r.person, { sensitive, unitName: r.unitName }),
      positions: current.filter((p) => p.position.personId === r.person.id).map((p) => presentPosition(p.position, { unitName: p.unitName })),
    }));
    return c.json(toPage(items, total, q));
  })
  .get('/:id', allow('person.read'), validateId, async (c) => {
    const ctx = serviceContext(c);
    const { person, unitName, positions } = await getPerson(ctx, c.req.valid('param').id);
    return c.json({
      ...presentPerson(person, { sensitive: canSeeSensitive(ctx.actor), unitName }),
      positions: positions.map((p) => presentPosition(p.position, { unitName: p.unitName, personName: person.fullName })),
      abilities: personAbilities(ctx.actor),
    });
  })
  .post('/', allow('person.write'), validate('json', CreatePersonInputSchema), async (c) => {
    const ctx = serviceContext(c);
    const person = await createPerson(ctx, c.req.valid('json'));
    return c.json(presentPerson(person, { sensitive: canSeeSensitive(ctx.actor) }), 201);
  })
  .put('/:id', allow('person.write'), validateId, validate('json', UpdatePersonInputSchema), async (c) => {
    const ctx = serviceContext(c);
    const person = await updatePerson(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentPerson(person, { sensitive: canSeeSensitive(ctx.actor) }));
  })
  .delete('/:id', allow('person.write'), validateId, validate('query', VersionQuerySchema), async (c) => {
    await deletePerson(serviceContext(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.json({ ok: true as const });
  })
  .post('/:id/positions', allow('person.write'), validateId, validate('json', CreatePositionInputSchema), async (c) => {
    const position = await addPosition(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentPosition(position), 201);
  });

export const positionRoutes = new Hono<AppEnv>()
  .get('/by-unit/:id', allow('person.read'), validateId, async (c) => {
    const rows = await listUnitPositions(serviceContext(c), c.req.valid('param').id);
    return c.json({ items: rows.map((r) => presentPosition(r.position, { personName: r.personName })) });
  })
  .put('/:id', allow('person.write'), validateId, validate('json', UpdatePositionInputSchema), async (c) => {
    const position = await updatePosition(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentPosition(position));
  })
  .delete('/:id', allow('person.write'), validateId, validate('query', VersionQuerySchema), async (c) => {
    await deletePosition(serviceContext(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.json({ ok: true as const });
  });
