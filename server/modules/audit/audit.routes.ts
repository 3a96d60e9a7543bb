import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate } from '../../http/validate.ts';
import { presentAuditRow } from './audit.presenter.ts';
import { ListAuditQuerySchema } from './audit.schemas.ts';
import { listAudit } from './audit.service.ts';

export const auditRoutes = new Hono<AppEnv>().get('/', allow('audit.read'), validate('query', ListAuditQuerySchema), async (c) => {
  const q = c.req.valid('query');
  const { rows, total } = await listAudit(serviceContext(c), q);
  return c.json(toPage(rows.map(presentAuditRow), total, q));
});
