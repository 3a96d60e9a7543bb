import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { parseOrThrow, validate, validateId } from '../../http/validate.ts';
import { AppError } from '../../lib/app-error.ts';
import { presentBatch, presentStoredText, presentText, presentTextSummary } from './intake.presenter.ts';
import { AcceptTextInputSchema, CreateBatchInputSchema, ListTextsQuerySchema, PasteTextInputSchema, RejectTextInputSchema, UploadFieldsSchema } from './intake.schemas.ts';
import { acceptText, createBatch, getBatch, getText, type ImportedItem, importFile, importPastedText, listTexts, rejectText } from './intake.service.ts';

const presentItem = (i: ImportedItem) => ({ name: i.name, outcome: i.outcome, message: i.message, text: i.text ? presentStoredText(i.text) : null });

type Detail = Awaited<ReturnType<typeof getText>>;
const presentDetail = (d: Detail) => ({ ...presentText(d.text), proposals: d.proposals, abilities: d.abilities });

export const intakeRoutes = new Hono<AppEnv>()
  .get('/texts', allow('intake.read'), validate('query', ListTextsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listTexts(serviceContext(c), q);
    return c.json(toPage(rows.map(presentTextSummary), total, q));
  })
  .post('/texts', allow('intake.write'), validate('json', PasteTextInputSchema), async (c) => {
    const item = await importPastedText(serviceContext(c), c.req.valid('json'));
    return c.json({ duplicate: item.outcome === 'duplicate', ...presentItem(item) }, item.outcome === 'new' ? 201 : 200);
  })
  .get('/texts/:id', allow('intake.read'), validateId, async (c) => {
    return c.json(presentDetail(await getText(serviceContext(c), c.req.valid('param').id)));
  })
  .post('/texts/:id/accept', allow('intake.write'), validateId, validate('json', AcceptTextInputSchema), async (c) => {
    const { created, ...detail } = await acceptText(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ created, ...presentDetail(detail) });
  })
  .post('/texts/:id/reject', allow('intake.write'), validateId, validate('json', RejectTextInputSchema), async (c) => {
    return c.json(presentDetail(await rejectText(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))));
  })
  // Multipart: one file (a .txt, .docx, .pdf or a .zip of them) per request; a batch is many requests.
  .post('/files', allow('intake.write'), async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) {
      const m = { vi: 'Chọn một tệp .txt, .docx, .pdf hoặc .zip để tải lên.', en: 'Choose a .txt, .docx, .pdf or .zip file to upload.' };
      throw new AppError('VALIDATION_FAILED', m, { fields: { file: m } });
    }
    const { batchId } = parseOrThrow(UploadFieldsSchema, { batchId: typeof body.batchId === 'string' && body.batchId !== '' ? body.batchId : null });
    const items = await importFile(serviceContext(c), { fileName: file.name, content: Buffer.from(await file.arrayBuffer()), batchId });
    return c.json({ items: items.map(presentItem) }, items.some((i) => i.outcome === 'new') ? 201 : 200);
  })
  .post('/batches', allow('intake.write'), validate('json', CreateBatchInputSchema), async (c) => {
    return c.json(presentBatch(await createBatch(serviceContext(c), c.req.valid('json'))), 201);
  })
  .get('/batches/:id', allow('intake.read'), validateId, async (c) => {
    const { batch, texts } = await getBatch(serviceContext(c), c.req.valid('param').id);
    return c.json({ ...presentBatch(batch), texts });
  });
