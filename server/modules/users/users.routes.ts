import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId } from '../../http/validate.ts';
import { presentUser } from './users.presenter.ts';
import { CreateUserInputSchema, ListUsersQuerySchema, ResetPasswordInputSchema, UpdateUserInputSchema } from './users.schemas.ts';
import { createUser, getUser, listUsers, resetUserPassword, updateUser } from './users.service.ts';

export const userRoutes = new Hono<AppEnv>()
  .get('/', allow('user.read'), validate('query', ListUsersQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listUsers(serviceContext(c), q);
    return c.json(toPage(rows.map((r) => presentUser(r.user, r.unitName)), total, q));
  })
  .get('/:id', allow('user.read'), validateId, async (c) => {
    const { user, unitName } = await getUser(serviceContext(c), c.req.valid('param').id);
    return c.json(presentUser(user, unitName));
  })
  .post('/', allow('user.write'), validate('json', CreateUserInputSchema), async (c) => {
    const user = await createUser(serviceContext(c), c.req.valid('json'));
    return c.json(presentUser(user), 201);
  })
  .put('/:id', allow('user.write'), validateId, validate('json', UpdateUserInputSchema), async (c) => {
    const user = await updateUser(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentUser(user));
  })
  .post('/:id/password', allow('user.write'), validateId, validate('json', ResetPasswordInputSchema), async (c) => {
    const user = await resetUserPassword(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentUser(user));
  });
