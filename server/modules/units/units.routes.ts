import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId } from '../../http/validate.ts';
import { unitAbilities } from './units.policy.ts';
import { presentUnit, presentUnitSummary } from './units.presenter.ts';
import {
  CreateUnitInputSchema,
  DissolveUnitInputSchema,
  ListUnitsQuerySchema,
  MergeUnitsInputSchema,
  TreeQuerySchema,
  UpdateUnitInputSchema,
} from './units.schemas.ts';
import { createUnit, dissolveUnit, getUnit, listUnits, listUnitTree, mergeUnits, updateUnit } from './units.service.ts';

export const unitRoutes = new Hono<AppEnv>()
  .get('/', allow('unit.read'), validate('query', ListUnitsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listUnits(serviceContext(c), q);
    return c.json(toPage(rows.map(presentUnit), total, q));
  })
  .get('/tree', allow('unit.read'), validate('query', TreeQuerySchema), async (c) => {
    const nodes = await listUnitTree(serviceContext(c), c.req.valid('query').parentId);
    return c.json({ items: nodes.map((n) => ({ ...presentUnitSummary(n), parentId: n.parentId, childCount: n.childCount })) });
  })
  .post('/merge', allow('unit.reorganize'), validate('json', MergeUnitsInputSchema), async (c) => {
    const { successor, dissolved } = await mergeUnits(serviceContext(c), c.req.valid('json'));
    return c.json({ successor: presentUnit(successor), dissolved: dissolved.map(presentUnit) });
  })
  .get('/:id', allow('unit.read'), validateId, async (c) => {
    const { unit, ancestors, successor, abilities } = await getUnit(serviceContext(c), c.req.valid('param').id);
    return c.json({
      ...presentUnit(unit),
      ancestors: ancestors.map(presentUnitSummary),
      successor: successor ? presentUnitSummary(successor) : null,
      abilities,
    });
  })
  .post('/', allow('unit.write'), validate('json', CreateUnitInputSchema), async (c) => {
    const ctx = serviceContext(c);
    const unit = await createUnit(ctx, c.req.valid('json'));
    return c.json({ ...presentUnit(unit), abilities: unitAbilities(ctx.actor, unit) }, 201);
  })
  .put('/:id', allow('unit.write'), validateId, validate('json', UpdateUnitInputSchema), async (c) => {
    const unit = await updateUnit(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentUnit(unit));
  })
  .post('/:id/dissolve', allow('unit.reorganize'), validateId, validate('json', DissolveUnitInputSchema), async (c) => {
    const unit = await dissolveUnit(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentUnit(unit));
  });
