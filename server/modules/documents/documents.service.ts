import { type DocumentKind, documentKindInfo, type IssuerCode, ISSUERS, toRoman } from '../../../shared/documents.ts';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, forbidden, notFound, staleVersion } from '../../lib/app-error.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { findUnitInScope, getVisibleUnit } from '../units/index.ts';
import { formatCitation, normaliseSymbol } from './core/citation.ts';
import { canWriteDocument, documentAbilities } from './documents.policy.ts';
import { storeCheckedFile } from './documents.files.ts';
import {
  deleteAttachmentRow,
  deleteCompletionRow,
  deleteDocumentRow,
  deleteMilestoneRow,
  deleteRelation,
  type DocumentRow,
  type DocumentSummaryRow,
  type DocumentValues,
  findAttachmentContent,
  findDocumentByIdentity,
  findMilestone,
  findReadableDocument,
  insertAttachment,
  insertDocument,
  insertMilestones,
  insertRelation,
  listAttachments,
  listReadableByIdentityPrefixes,
  listCalendar,
  listCompletions,
  listMilestones,
  listReadableDocuments,
  listRelations,
  updateDocumentRow,
  upsertCompletion,
} from './documents.repository.ts';
import {
  type AddRelationInput,
  type CalendarQuery,
  type CompleteMilestoneInput,
  type CreateDocumentInput,
  type CreateMilestoneInput,
  type ListDocumentsQuery,
} from './documents.schemas.ts';

const DOCUMENT = { vi: 'văn bản', en: 'document' };

/** Issuers whose name alone is local ("Tỉnh ủy", "Ban Thường vụ Huyện ủy"): the owner tells them apart. */
const LOCAL_ISSUERS = new Set(['tinh_uy', 'btv_tinh_uy', 'ban_dan_van_tinh_uy', 'ubnd_tinh']);
export const isLocalIssuer = (code: string | null): boolean => code !== null && LOCAL_ISSUERS.has(code);

/**
 * Identity of a document (domain notes, "Party documents"): kind, number,
 * symbol, issuer, and the date — or the term when the date is unknown.
 */
export function identityKeyOf(d: Pick<DocumentValues, 'kind' | 'number' | 'symbol' | 'issuerCode' | 'issuerName' | 'issuerUnitId' | 'ownerUnitId' | 'issueDate' | 'term'>): string {
  const issuer = d.issuerUnitId
    ? `unit:${d.issuerUnitId}`
    : d.issuerCode
      ? LOCAL_ISSUERS.has(d.issuerCode)
        ? `${d.issuerCode}@${d.ownerUnitId ?? ''}`
        : d.issuerCode
      : `name:${foldVietnamese(d.issuerName ?? '')}@${d.ownerUnitId ?? ''}`;
  const symbol = d.symbol ? normaliseSymbol(d.symbol).toUpperCase() : '';
  const when = d.issueDate ?? `term:${d.term ?? ''}`;
  return [d.kind, String(Number.parseInt(d.number, 10)), symbol, issuer, when].join('|');
}

/** The start of the identity key of every document of this kind and number (as `identityKeyOf` writes it). */
export const identityPrefixOf = (kind: string, number: string): string => `${kind}|${String(Number.parseInt(number, 10))}|`;

/** A document as a text cites it: the date only as precise as the text (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
export interface CitedDocument {
  kind: DocumentKind;
  number: string;
  symbol: string | null;
  date: string | null;
  issuer: IssuerCode | null;
  issuerName: string | null;
  term: number | null;
}

/** How well a registry document fits a citation: null when a field disagrees or none agrees. */
function citationAgreement(c: CitedDocument, d: DocumentRow): number | null {
  let score = 0;
  if (c.symbol && d.symbol) {
    if (normaliseSymbol(c.symbol).toUpperCase() !== normaliseSymbol(d.symbol).toUpperCase()) return null;
    score += 2;
  }
  if (c.issuer && d.issuerCode) {
    if (c.issuer !== d.issuerCode) return null;
    score += 1;
  } else if (c.issuerName && d.issuerName) {
    const a = foldVietnamese(c.issuerName);
    const b = foldVietnamese(d.issuerName);
    if (!a.includes(b) && !b.includes(a)) return null;
    score += 1;
  }
  if (c.date && d.issueDate) {
    if (!d.issueDate.startsWith(c.date)) return null;
    score += c.date.length === 10 ? 2 : 1;
  }
  if (c.term && d.term) {
    if (c.term !== d.term) return null;
    score += 1;
  }
  return score > 0 ? score : null;
}

/**
 * The registry documents that citations read from a text refer to, among those
 * the actor may read (null where none): same kind and number — the start of the
 * identity key —, no field that disagrees (symbol, issuer, date as precise as
 * the text, term) and at least one that agrees; the best-agreeing one wins.
 */
export async function findCitedDocuments(ctx: ServiceContext, cited: CitedDocument[]): Promise<({ doc: DocumentRow; citation: string } | null)[]> {
  authorize(ctx.actor, 'document.read');
  const prefixes = [...new Set(cited.map((c) => identityPrefixOf(c.kind, c.number)))];
  const candidates = await listReadableByIdentityPrefixes(ctx.db, ctx.actor.scope, prefixes);
  return cited.map((c) => {
    const prefix = identityPrefixOf(c.kind, c.number);
    let best: DocumentRow | null = null;
    let bestScore = 0;
    for (const d of candidates) {
      if (!d.identityKey.startsWith(prefix)) continue;
      const score = citationAgreement(c, d);
      if (score !== null && score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best ? { doc: best, citation: citationOf(best) } : null;
  });
}

export function searchTextOf(d: Pick<DocumentValues, 'kind' | 'number' | 'symbol' | 'issuerName' | 'subject' | 'term' | 'issueDate'>): string {
  const kind = documentKindInfo(d.kind as DocumentKind);
  return foldVietnamese(
    [kind.vi, d.number, d.symbol, d.issuerName, d.subject, d.term ? `khoa ${toRoman(d.term)} khoa ${d.term}` : '', d.issueDate?.slice(0, 4)].filter(Boolean).join(' '),
  );
}

const issuerNameOf = (input: CreateDocumentInput) => input.issuerName || ISSUERS.find((i) => i.code === input.issuerCode)?.vi || '';

export function documentValues(input: CreateDocumentInput): DocumentValues {
  const base = {
    ownerUnitId: input.ownerUnitId,
    kind: input.kind,
    number: input.number,
    symbol: input.symbol ? normaliseSymbol(input.symbol) : null,
    issueDate: input.issueDate,
    issuerCode: input.issuerCode,
    issuerName: issuerNameOf(input),
    issuerUnitId: input.issuerUnitId,
    term: input.term,
    // Stored without the leading "về" the official citation adds back.
    subject: input.subject.replace(/^về\s+/iu, ''),
    fields: input.fields,
    status: input.status,
    note: input.note,
  };
  return { ...base, identityKey: identityKeyOf(base), searchText: searchTextOf(base) };
}

export const citationOf = (d: DocumentSummaryRow) =>
  formatCitation({ kind: d.kind, number: d.number, symbol: d.symbol, date: d.issueDate, issuer: (d.issuerCode as never) ?? null, issuerName: d.issuerName, term: d.term, subject: d.subject });

async function ownerPathOf(ctx: ServiceContext, doc: { ownerUnitId: string | null }): Promise<string | null> {
  if (!doc.ownerUnitId) return null;
  const unit = await findUnitInScope(ctx.db, ctx.actor.scope, doc.ownerUnitId);
  return unit?.path ?? null;
}

async function getReadable(ctx: ServiceContext, id: string): Promise<DocumentRow> {
  const doc = await findReadableDocument(ctx.db, ctx.actor.scope, id);
  if (!doc) throw notFound(DOCUMENT);
  return doc;
}

async function getWritable(ctx: ServiceContext, id: string): Promise<DocumentRow> {
  authorize(ctx.actor, 'document.write');
  const doc = await getReadable(ctx, id);
  if (!canWriteDocument(ctx.actor, doc, await ownerPathOf(ctx, doc))) throw forbidden();
  return doc;
}

async function requireOwner(ctx: ServiceContext, ownerUnitId: string | null) {
  if (ownerUnitId === null) {
    authorize(ctx.actor, 'document.central');
    return;
  }
  await getVisibleUnit(ctx, ownerUnitId);
}

async function refuseDuplicate(ctx: ServiceContext, values: DocumentValues, selfId?: string) {
  const existing = await findDocumentByIdentity(ctx.db, values.identityKey);
  if (!existing || existing.id === selfId) return;
  const readable = await findReadableDocument(ctx.db, ctx.actor.scope, existing.id);
  const citation = citationOf(existing);
  throw new AppError(
    'CONFLICT',
    {
      vi: `Văn bản này đã có trong sổ: ${citation}. Mở bản ghi có sẵn thay vì tạo mới; cùng số ở khóa khác là văn bản khác.`,
      en: `This document is already registered: ${citation}. Open the existing record instead; the same number in another term is a different document.`,
    },
    { reason: 'DUPLICATE', data: readable ? { existingId: existing.id, citation } : { citation } },
  );
}

export async function listDocuments(ctx: ServiceContext, q: ListDocumentsQuery) {
  authorize(ctx.actor, 'document.read');
  return listReadableDocuments(ctx.db, ctx.actor.scope, {
    q: q.q,
    kind: q.kind,
    issuer: q.issuer,
    year: q.year,
    field: q.field,
    status: q.status,
    only: q.scope === 'all' ? undefined : q.scope,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}

/** Review milestones the kind suggests that the document does not have yet. */
export function suggestedReviews(doc: DocumentRow, existing: { kind: string; yearsAfter: number | null; unitId: string | null }[]) {
  const info = documentKindInfo(doc.kind);
  const out: { kind: 'interim' | 'final'; yearsAfter: number; dueDate: string }[] = [];
  if (!doc.issueDate) return out;
  for (const [kind, years] of [
    ['interim', info.review?.interim],
    ['final', info.review?.final],
  ] as const) {
    if (!years || existing.some((m) => m.kind === kind && m.unitId === null)) continue;
    out.push({ kind, yearsAfter: years, dueDate: addYears(doc.issueDate, years) });
  }
  return out;
}

export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + N years lands on 1 March in a common year; keep 28 February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export async function getDocument(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'document.read');
  const doc = await getReadable(ctx, id);
  const [relations, attachments, milestones] = await Promise.all([
    listRelations(ctx.db, ctx.actor.scope, id),
    listAttachments(ctx.db, id),
    listMilestones(ctx.db, ctx.actor.scope, id),
  ]);
  const unitId = ctx.actor.scope.rootUnitId;
  const completions = await listCompletions(
    ctx.db,
    milestones.map((m) => m.id),
    unitId,
  );
  return {
    doc,
    citation: citationOf(doc),
    relations,
    attachments,
    milestones,
    completions,
    suggestions: suggestedReviews(doc, milestones),
    abilities: documentAbilities(ctx.actor, doc, await ownerPathOf(ctx, doc)),
    today: todayInVietnam(ctx.now),
  };
}

export async function createDocument(ctx: ServiceContext, input: CreateDocumentInput): Promise<DocumentRow> {
  authorize(ctx.actor, 'document.write');
  await requireOwner(ctx, input.ownerUnitId);
  const values = documentValues(input);
  await refuseDuplicate(ctx, values);
  return ctx.db.transaction(async (tx) => {
    const doc = await insertDocument(tx, values);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: doc.id, unitId: doc.ownerUnitId, action: 'create', summary: citationOf(doc), after: snapshot(doc) });
    return doc;
  });
}

const snapshot = (d: DocumentRow): Record<string, unknown> => {
  const { searchText: _s, identityKey: _i, catalogueSnapshot: _c, catalogueSources: _cs, ...rest } = d;
  return rest;
};

export async function updateDocument(ctx: ServiceContext, id: string, input: CreateDocumentInput & { version: number }): Promise<DocumentRow> {
  const doc = await getWritable(ctx, id);
  if (input.ownerUnitId !== doc.ownerUnitId) await requireOwner(ctx, input.ownerUnitId);
  const values = documentValues(input);
  await refuseDuplicate(ctx, values, id);
  return ctx.db.transaction(async (tx) => {
    const updated = await updateDocumentRow(tx, id, input.version, values, ctx.now);
    if (!updated) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: id, unitId: updated.ownerUnitId, action: 'update', summary: citationOf(updated), before: snapshot(doc), after: snapshot(updated) });
    return updated;
  });
}

export async function deleteDocument(ctx: ServiceContext, id: string, version: number): Promise<void> {
  const doc = await getWritable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteDocumentRow(tx, id, version);
    if (!deleted) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: id, unitId: doc.ownerUnitId, action: 'delete', summary: citationOf(doc), before: snapshot(doc) });
  });
}

export async function addRelation(ctx: ServiceContext, id: string, input: AddRelationInput) {
  const doc = await getWritable(ctx, id);
  const target = await getReadable(ctx, input.targetId);
  if (target.id === doc.id) throw new AppError('VALIDATION_FAILED', { vi: 'Văn bản không thể liên quan đến chính nó.', en: 'A document cannot relate to itself.' }, { fields: { targetId: { vi: 'Chọn văn bản khác.', en: 'Choose another document.' } } });
  await ctx.db.transaction(async (tx) => {
    await insertRelation(tx, doc.id, target.id, input.relation);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: doc.id, unitId: doc.ownerUnitId, action: 'update', summary: `${input.relation}: ${citationOf(target)}`, after: { relation: input.relation, targetId: target.id } });
  });
}

export async function removeRelation(ctx: ServiceContext, id: string, input: AddRelationInput) {
  const doc = await getWritable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    if ((await deleteRelation(tx, doc.id, input.targetId, input.relation)) === 0) throw notFound({ vi: 'liên kết', en: 'relation' });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: doc.id, unitId: doc.ownerUnitId, action: 'update', summary: `− ${input.relation}`, before: { relation: input.relation, targetId: input.targetId } });
  });
}

export async function attachFile(ctx: ServiceContext, id: string, fileName: string, content: Buffer) {
  const doc = await getWritable(ctx, id);
  return ctx.db.transaction(async (tx) => {
    // Checked by content and stored once; a refused file throws before anything is written.
    const file = await storeCheckedFile(tx, fileName, content, ['pdf', 'docx']);
    const row = await insertAttachment(tx, doc.id, file.sha256, file.name);
    if (!row) throw new AppError('CONFLICT', { vi: `Tệp "${file.name}" đã được đính kèm văn bản này.`, en: `"${file.name}" is already attached to this document.` }, { reason: 'DUPLICATE' });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: doc.id, unitId: doc.ownerUnitId, action: 'update', summary: `+ ${file.name}`, after: { attachment: file.name, sha256: file.sha256, size: file.size, mediaType: file.mediaType } });
    return { ...row, size: file.size, mediaType: file.mediaType, sha256: file.sha256 };
  });
}

export async function getAttachment(ctx: ServiceContext, id: string, attachmentId: string) {
  authorize(ctx.actor, 'document.read');
  await getReadable(ctx, id);
  const file = await findAttachmentContent(ctx.db, id, attachmentId);
  if (!file) throw notFound({ vi: 'tệp đính kèm', en: 'attachment' });
  return file;
}

export async function removeAttachment(ctx: ServiceContext, id: string, attachmentId: string) {
  const doc = await getWritable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const row = await deleteAttachmentRow(tx, id, attachmentId);
    if (!row) throw notFound({ vi: 'tệp đính kèm', en: 'attachment' });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'document', entityId: doc.id, unitId: doc.ownerUnitId, action: 'update', summary: `− ${row.fileName}`, before: { attachment: row.fileName, sha256: row.fileSha256 } });
  });
}

export async function addMilestone(ctx: ServiceContext, id: string, input: CreateMilestoneInput) {
  authorize(ctx.actor, 'review.write');
  const doc = await getReadable(ctx, id);
  if (input.unitId) await getVisibleUnit(ctx, input.unitId);
  else if (!canWriteDocument(ctx.actor, doc, await ownerPathOf(ctx, doc))) throw forbidden();
  let dueDate = input.dueDate;
  if (input.yearsAfter !== null) {
    if (!doc.issueDate) {
      const m = { vi: 'Văn bản chưa có ngày ban hành: hãy nhập ngày cụ thể.', en: 'The document has no issue date: give an explicit date.' };
      throw new AppError('VALIDATION_FAILED', m, { fields: { yearsAfter: m } });
    }
    dueDate = addYears(doc.issueDate, input.yearsAfter);
  }
  return ctx.db.transaction(async (tx) => {
    const [m] = await insertMilestones(tx, [{ documentId: id, unitId: input.unitId, kind: input.kind, yearsAfter: input.yearsAfter, dueDate: dueDate as string, label: input.label }]);
    if (!m) throw new Error('insert returned nothing');
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'review', entityId: m.id, unitId: input.unitId ?? doc.ownerUnitId, action: 'create', summary: `${citationOf(doc)} — ${m.dueDate}`, after: { ...m } });
    return m;
  });
}

export async function removeMilestone(ctx: ServiceContext, milestoneId: string) {
  authorize(ctx.actor, 'review.write');
  const m = await findMilestone(ctx.db, ctx.actor.scope, milestoneId);
  if (!m) throw notFound({ vi: 'mốc sơ kết, tổng kết', en: 'review milestone' });
  const doc = await getReadable(ctx, m.documentId);
  if (!m.unitId && !canWriteDocument(ctx.actor, doc, await ownerPathOf(ctx, doc))) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await deleteMilestoneRow(tx, m.id);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'review', entityId: m.id, unitId: m.unitId ?? doc.ownerUnitId, action: 'delete', summary: citationOf(doc), before: { ...m } });
  });
}

/** A unit records that it held the review, with its report. */
export async function completeMilestone(ctx: ServiceContext, milestoneId: string, input: CompleteMilestoneInput) {
  authorize(ctx.actor, 'review.write');
  const m = await findMilestone(ctx.db, ctx.actor.scope, milestoneId);
  if (!m) throw notFound({ vi: 'mốc sơ kết, tổng kết', en: 'review milestone' });
  await getVisibleUnit(ctx, input.unitId);
  if (m.unitId && m.unitId !== input.unitId) throw forbidden();
  if (input.reportDocumentId) await getReadable(ctx, input.reportDocumentId);
  return ctx.db.transaction(async (tx) => {
    const row = await upsertCompletion(tx, { milestoneId: m.id, ...input }, ctx.now);
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'review', entityId: m.id, unitId: input.unitId, action: 'update', summary: `done ${input.doneDate}`, after: { ...input } });
    return row;
  });
}

export async function reopenMilestone(ctx: ServiceContext, milestoneId: string, unitId: string) {
  authorize(ctx.actor, 'review.write');
  const m = await findMilestone(ctx.db, ctx.actor.scope, milestoneId);
  if (!m) throw notFound({ vi: 'mốc sơ kết, tổng kết', en: 'review milestone' });
  await getVisibleUnit(ctx, unitId);
  await ctx.db.transaction(async (tx) => {
    const row = await deleteCompletionRow(tx, m.id, unitId);
    if (!row) throw notFound({ vi: 'kết quả sơ kết, tổng kết', en: 'review record' });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'review', entityId: m.id, unitId, action: 'delete', summary: 'reopened', before: { ...row } });
  });
}

export type ReviewState = 'done' | 'overdue' | 'due';

/** Reviews falling due in a year for one unit: done, overdue (past due, not done) or due. */
export async function reviewCalendar(ctx: ServiceContext, q: CalendarQuery) {
  authorize(ctx.actor, 'document.read');
  const unit = await getVisibleUnit(ctx, q.unitId ?? ctx.actor.scope.rootUnitId);
  const today = todayInVietnam(ctx.now);
  const rows = await listCalendar(ctx.db, ctx.actor.scope, unit.id, `${q.year}-01-01`, `${q.year + 1}-01-01`);
  return {
    unit,
    today,
    items: rows.map((r) => ({
      ...r,
      citation: citationOf(r.document),
      state: (r.completion ? 'done' : r.milestone.dueDate < today ? 'overdue' : 'due') as ReviewState,
    })),
  };
}
