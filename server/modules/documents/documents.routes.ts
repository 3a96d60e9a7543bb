import { Hono } from 'hono';
import { allow } from '../../http/auth.ts';
import { type AppEnv, serviceContext } from '../../http/context.ts';
import { toPage } from '../../http/pagination.ts';
import { validate, validateId, validateIdPair } from '../../http/validate.ts';
import { AppError } from '../../lib/app-error.ts';
import { VersionQuerySchema } from '../../lib/zod-fields.ts';
import { presentUnitSummary } from '../units/index.ts';
import { presentDocument, presentDocumentSummary, presentMilestone } from './documents.presenter.ts';
import {
  AddRelationInputSchema,
  CalendarQuerySchema,
  CompleteMilestoneInputSchema,
  CreateDocumentInputSchema,
  CreateMilestoneInputSchema,
  ListDocumentsQuerySchema,
  RelationQuerySchema,
  UpdateDocumentInputSchema,
} from './documents.schemas.ts';
import {
  addMilestone,
  addRelation,
  attachFile,
  citationOf,
  completeMilestone,
  createDocument,
  deleteDocument,
  getAttachment,
  getDocument,
  listDocuments,
  removeAttachment,
  removeMilestone,
  removeRelation,
  reopenMilestone,
  reviewCalendar,
  updateDocument,
} from './documents.service.ts';
import { z } from 'zod';

const UnitQuerySchema = z.object({ unitId: z.uuid() });

export const documentRoutes = new Hono<AppEnv>()
  .get('/', allow('document.read'), validate('query', ListDocumentsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listDocuments(serviceContext(c), q);
    return c.json(toPage(rows.map((d) => presentDocumentSummary(d, citationOf(d))), total, q));
  })
  .post('/', allow('document.write'), validate('json', CreateDocumentInputSchema), async (c) => {
    const doc = await createDocument(serviceContext(c), c.req.valid('json'));
    return c.json(presentDocument(doc, citationOf(doc)), 201);
  })
  .get('/reviews/calendar', allow('document.read'), validate('query', CalendarQuerySchema), async (c) => {
    const { unit, today, items } = await reviewCalendar(serviceContext(c), c.req.valid('query'));
    return c.json({
      unit: presentUnitSummary(unit),
      today,
      items: items.map((i) => ({
        milestone: presentMilestone(i.milestone),
        document: presentDocumentSummary(i.document, i.citation),
        state: i.state,
        completion: i.completion ? { doneDate: i.completion.doneDate, reportRef: i.completion.reportRef, reportDocumentId: i.completion.reportDocumentId, note: i.completion.note } : null,
      })),
    });
  })
  .delete('/milestones/:id', allow('review.write'), validateId, async (c) => {
    await removeMilestone(serviceContext(c), c.req.valid('param').id);
    return c.json({ ok: true as const });
  })
  .post('/milestones/:id/complete', allow('review.write'), validateId, validate('json', CompleteMilestoneInputSchema), async (c) => {
    await completeMilestone(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ ok: true as const });
  })
  .delete('/milestones/:id/complete', allow('review.write'), validateId, validate('query', UnitQuerySchema), async (c) => {
    await reopenMilestone(serviceContext(c), c.req.valid('param').id, c.req.valid('query').unitId);
    return c.json({ ok: true as const });
  })
  .get('/:id', allow('document.read'), validateId, async (c) => {
    const r = await getDocument(serviceContext(c), c.req.valid('param').id);
    const summary = (d: Parameters<typeof citationOf>[0]) => presentDocumentSummary(d, citationOf(d));
    return c.json({
      ...presentDocument(r.doc, r.citation),
      relations: {
        outgoing: r.relations.outgoing.map((x) => ({ relation: x.relation, document: summary(x.doc) })),
        incoming: r.relations.incoming.map((x) => ({ relation: x.relation, document: summary(x.doc) })),
      },
      attachments: r.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
      milestones: r.milestones.map((m) => {
        const done = r.completions.find((x) => x.milestoneId === m.id);
        return {
          ...presentMilestone(m),
          state: done ? 'done' : m.dueDate < r.today ? 'overdue' : 'due',
          completion: done ? { unitId: done.unitId, doneDate: done.doneDate, reportRef: done.reportRef, reportDocumentId: done.reportDocumentId, note: done.note } : null,
        };
      }),
      suggestions: r.suggestions,
      abilities: r.abilities,
    });
  })
  .put('/:id', allow('document.write'), validateId, validate('json', UpdateDocumentInputSchema), async (c) => {
    const doc = await updateDocument(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentDocument(doc, citationOf(doc)));
  })
  .delete('/:id', allow('document.write'), validateId, validate('query', VersionQuerySchema), async (c) => {
    await deleteDocument(serviceContext(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.json({ ok: true as const });
  })
  .post('/:id/relations', allow('document.write'), validateId, validate('json', AddRelationInputSchema), async (c) => {
    await addRelation(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ ok: true as const }, 201);
  })
  .delete('/:id/relations', allow('document.write'), validateId, validate('query', RelationQuerySchema), async (c) => {
    await removeRelation(serviceContext(c), c.req.valid('param').id, c.req.valid('query'));
    return c.json({ ok: true as const });
  })
  .post('/:id/attachments', allow('document.write'), validateId, async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) {
      const m = { vi: 'Chọn một tệp PDF hoặc DOCX để tải lên.', en: 'Choose a PDF or DOCX file to upload.' };
      throw new AppError('VALIDATION_FAILED', m, { fields: { file: m } });
    }
    const row = await attachFile(serviceContext(c), c.req.valid('param').id, file.name, Buffer.from(await file.arrayBuffer()));
    return c.json({ id: row.id, fileName: row.fileName, size: row.size, mediaType: row.mediaType, sha256: row.sha256 }, 201);
  })
  .get('/:id/attachments/:attachmentId', allow('document.read'), validateIdPair, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const file = await getAttachment(serviceContext(c), id, attachmentId);
    return c.body(new Uint8Array(file.content), 200, {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
    });
  })
  .delete('/:id/attachments/:attachmentId', allow('document.write'), validateIdPair, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    await removeAttachment(serviceContext(c), id, attachmentId);
    return c.json({ ok: true as const });
  })
  .post('/:id/milestones', allow('review.write'), validateId, validate('json', CreateMilestoneInputSchema), async (c) => {
    const m = await addMilestone(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentMilestone(m), 201);
  });
