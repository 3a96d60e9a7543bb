import { type Context, Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId, validateIds } from '../../http/validate.ts';
import { AppError } from '../../lib/app-error.ts';
import { presentProgramme, presentTask, presentTaskDetail, presentTaskListItem } from './tasks.presenter.ts';
import {
  AssignTaskInputSchema,
  BulkProgressInputSchema,
  CreateProgrammeInputSchema,
  CreateTaskInputSchema,
  DeadlineQuerySchema,
  ExtensionDecisionInputSchema,
  ExtensionRequestInputSchema,
  ListProgrammesQuerySchema,
  ListTasksQuerySchema,
  ProgressReportInputSchema,
  ReasonInputSchema,
  UpdateTaskInputSchema,
  VersionInputSchema,
} from './tasks.schemas.ts';
import {
  assignTask,
  attachReportFile,
  bulkReportProgress,
  cancelTask,
  createProgramme,
  createTask,
  deadlineClasses,
  decideExtension,
  getProgramme,
  getReportFile,
  getTaskDetail,
  inbox,
  listProgrammes,
  listTasks,
  reportProgress,
  requestExtension,
  returnTask,
  submitTask,
  updateTask,
  verifyTask,
} from './tasks.service.ts';
import { exportProgramme, exportTaskList, importProgramme } from './tasks.transfer.ts';
import { XLSX_MEDIA_TYPE } from './tasks.xlsx.ts';

/** The multipart field `file`, or a 422 naming it. */
async function uploadedFile(c: Context<AppEnv>, vi: string, en: string) {
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File)) throw new AppError('VALIDATION_FAILED', { vi, en }, { fields: { file: { vi, en } } });
  return { name: file.name, content: Buffer.from(await file.arrayBuffer()) };
}

const xlsxResponse = (c: Context<AppEnv>, content: Buffer, name: string) =>
  c.body(new Uint8Array(content), 200, {
    'content-type': XLSX_MEDIA_TYPE,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
    'x-content-type-options': 'nosniff',
  });

const fileSlug = (s: string) => s.normalize('NFC').replace(/[\\/:*?"<>|]+/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 80) || 'nhiem-vu';

export const programmeRoutes = new Hono<AppEnv>()
  .get('/', allow('task.read'), validate('query', ListProgrammesQuerySchema), async (c) => {
    const rows = await listProgrammes(serviceContext(c), c.req.valid('query').year);
    return c.json({ items: rows.map(presentProgramme) });
  })
  .post('/', allow('task.write'), validate('json', CreateProgrammeInputSchema), async (c) => {
    const p = await createProgramme(serviceContext(c), c.req.valid('json'));
    return c.json(presentProgramme(p), 201);
  })
  .get('/:id', allow('task.read'), validateId, async (c) => {
    const { programme, rows } = await getProgramme(serviceContext(c), c.req.valid('param').id);
    return c.json({ ...presentProgramme(programme), tasks: rows.map((r) => ({ ...presentTask(r.task), leadName: r.leadName })) });
  })
  .get('/:id/export.xlsx', allow('task.read'), validateId, async (c) => {
    const { programme, content } = await exportProgramme(serviceContext(c), c.req.valid('param').id);
    return xlsxResponse(c, content, fileSlug(programme.title));
  })
  .post('/:id/import', allow('task.write'), validateId, async (c) => {
    const file = await uploadedFile(c, 'Chọn tệp Excel (.xlsx) để nhập.', 'Choose an Excel file (.xlsx) to import.');
    return c.json(await importProgramme(serviceContext(c), c.req.valid('param').id, file.content));
  });

export const taskRoutes = new Hono<AppEnv>()
  .get('/', allow('task.read'), validate('query', ListTasksQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listTasks(serviceContext(c), q);
    return c.json(toPage(rows.map((r) => presentTaskListItem(r.task, r.leadName)), total, q));
  })
  .get('/export.xlsx', allow('task.read'), validate('query', ListTasksQuerySchema), async (c) => {
    const content = await exportTaskList(serviceContext(c), c.req.valid('query'));
    return xlsxResponse(c, content, 'danh-sach-nhiem-vu');
  })
  .post('/bulk-progress', allow('task.report'), validate('json', BulkProgressInputSchema), async (c) => {
    const rows = await bulkReportProgress(serviceContext(c), c.req.valid('json'));
    return c.json({ items: rows.map(presentTask) });
  })
  .post('/', allow('task.write'), validate('json', CreateTaskInputSchema), async (c) => {
    const task = await createTask(serviceContext(c), c.req.valid('json'));
    return c.json(presentTask(task), 201);
  })
  .get('/inbox', allow('task.read'), async (c) => {
    const r = await inbox(serviceContext(c));
    return c.json({
      dueSoon: r.dueSoon.map(presentTask),
      overdue: r.overdue.map(presentTask),
      toVerify: r.toVerify.map(presentTask),
      extensions: r.extensions.map((x) => ({ id: x.extension.id, requestedDueDate: x.extension.requestedDueDate, reason: x.extension.reason, task: presentTask(x.task) })),
    });
  })
  .get('/deadlines', allow('task.read'), validate('query', DeadlineQuerySchema), async (c) => {
    const r = await deadlineClasses(serviceContext(c), c.req.valid('query'));
    return c.json({ unitId: r.unitId, asOf: r.asOf, rows: r.rows });
  })
  .post('/extensions/:id/decide', allow('task.write'), validateId, validate('json', ExtensionDecisionInputSchema), async (c) => {
    const { approve, note } = c.req.valid('json');
    const ext = await decideExtension(serviceContext(c), c.req.valid('param').id, approve, note);
    return c.json({ id: ext.id, status: ext.status });
  })
  .get('/:id', allow('task.read'), validateId, async (c) => {
    return c.json(presentTaskDetail(await getTaskDetail(serviceContext(c), c.req.valid('param').id)));
  })
  .put('/:id', allow('task.write'), validateId, validate('json', UpdateTaskInputSchema), async (c) => {
    return c.json(presentTask(await updateTask(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))));
  })
  .get('/:id/reports/:reportId/files/:sha256', allow('task.read'), validateIds('id', 'reportId'), async (c) => {
    const { id, reportId } = c.req.valid('param');
    const sha256 = c.req.param('sha256') ?? '';
    const file = await getReportFile(serviceContext(c), id, reportId, /^[0-9a-f]{64}$/u.test(sha256) ? sha256 : '0'.repeat(64));
    return c.body(new Uint8Array(file.content), 200, {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
    });
  })
  .post('/:id/assign', allow('task.write'), validateId, validate('json', AssignTaskInputSchema), async (c) => {
    const created = await assignTask(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ items: created.map(presentTask) }, 201);
  })
  .post('/:id/progress', allow('task.report'), validateId, validate('json', ProgressReportInputSchema), async (c) => {
    const { task } = await reportProgress(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentTask(task), 201);
  })
  .post('/:id/reports/:reportId/files', allow('task.report'), validateIds('id', 'reportId'), async (c) => {
    const { id, reportId } = c.req.valid('param');
    const file = await uploadedFile(c, 'Chọn một tệp PDF, DOCX, JPEG hoặc PNG để tải lên.', 'Choose a PDF, DOCX, JPEG or PNG file to upload.');
    return c.json(await attachReportFile(serviceContext(c), id, reportId, file.name, file.content), 201);
  })
  .post('/:id/submit', allow('task.report'), validateId, validate('json', VersionInputSchema), async (c) => {
    return c.json(presentTask(await submitTask(serviceContext(c), c.req.valid('param').id, c.req.valid('json').version)));
  })
  .post('/:id/verify', allow('task.verify'), validateId, validate('json', VersionInputSchema), async (c) => {
    return c.json(presentTask(await verifyTask(serviceContext(c), c.req.valid('param').id, c.req.valid('json').version)));
  })
  .post('/:id/return', allow('task.verify'), validateId, validate('json', ReasonInputSchema), async (c) => {
    const { version, reason } = c.req.valid('json');
    return c.json(presentTask(await returnTask(serviceContext(c), c.req.valid('param').id, version, reason)));
  })
  .post('/:id/cancel', allow('task.write'), validateId, validate('json', ReasonInputSchema), async (c) => {
    const { version, reason } = c.req.valid('json');
    return c.json(presentTask(await cancelTask(serviceContext(c), c.req.valid('param').id, version, reason)));
  })
  .post('/:id/extensions', allow('task.report'), validateId, validate('json', ExtensionRequestInputSchema), async (c) => {
    const { requestedDueDate, reason } = c.req.valid('json');
    const ext = await requestExtension(serviceContext(c), c.req.valid('param').id, requestedDueDate, reason, c.get('deps').env.TASK_MAX_EXTENSIONS);
    return c.json({ id: ext.id, status: ext.status, requestedDueDate: ext.requestedDueDate }, 201);
  });
