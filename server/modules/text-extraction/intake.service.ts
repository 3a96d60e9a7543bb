import { createHash } from 'node:crypto';
import { roleCan } from '../../../shared/access.ts';
import { documentKindInfo } from '../../../shared/documents.ts';
import { type IntakeSourceKind, PASTED_SOURCE_NAME } from '../../../shared/intake.ts';
import type { ServiceContext } from '../../http/context.ts';
import { authorize } from '../../http/policy.ts';
import { AppError, type Bilingual, notFound, staleVersion } from '../../lib/app-error.ts';
import { cleanText, foldVietnamese } from '../../lib/vi-text.ts';
import { recordChange } from '../audit/index.ts';
import { ATTACHMENT_MAX_BYTES, createDocument, findCitedDocuments, getDocument, isLocalIssuer } from '../documents/index.ts';
import { addPosition, createPerson, findPersonInScope, findPersonsByNames } from '../people/index.ts';
import { getVisibleUnit } from '../units/index.ts';
import { extractFacts } from './core/index.ts';
import type { Extraction } from './core/types.ts';
import { canAcceptDocuments, canAcceptPeople, intakeAbilities } from './intake.policy.ts';
import { textSnapshot } from './intake.presenter.ts';
import { buildProposals, type Matches } from './intake.proposals.ts';
import {
  addToBatch,
  findBatchInScope,
  findTextByHash,
  findTextInScope,
  insertAward,
  insertBatch,
  insertEvent,
  insertText,
  type IntakeBatchRow,
  type IntakeTextRow,
  listRecordsOfText,
  listTextsInScope,
  listTextsOfBatch,
  updateTextReview,
} from './intake.repository.ts';
import type { AcceptTextInput, CreateBatchInput, ListTextsQuery, PasteTextInput, RejectTextInput } from './intake.schemas.ts';
import type { AcceptedLinks, BatchItem } from './intake.table.ts';
import { isReadError, normaliseText, readTextFiles, type ReadText } from './reading/index.ts';

const TEXT = { vi: 'văn bản đã nhập', en: 'imported text' };
const BATCH = { vi: 'lô nhập văn bản', en: 'import batch' };

/** The identity of a text: SHA-256 of its normal form (NFC, "\n" line breaks, trimmed). */
export const contentHashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// Lines of site chrome that are never an article's title.
const CHROME = ['truy cap noi dung luon', 'dang nhap', 'trang chu', 'cap nhat ngay', 'chia se', 'in bai viet', 'quay lai'];

/**
 * A text's title: its first line that reads like a headline (four words or
 * more, not site chrome nor a date line), else its first line; at most 200
 * characters, cut at a word.
 */
export function titleOf(text: string, fallback: string): string {
  const lines = text.split('\n').map(cleanText).filter(Boolean);
  const headline = lines.find((l) => {
    const folded = foldVietnamese(l);
    const words = l.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    return words >= 4 && !CHROME.some((c) => folded.startsWith(c));
  });
  const title = headline ?? lines[0] ?? fallback;
  if (title.length <= 200) return title;
  const cut = title.slice(0, 199);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))}…`;
}

async function getVisibleText(ctx: ServiceContext, id: string): Promise<IntakeTextRow> {
  const text = await findTextInScope(ctx.db, ctx.actor.scope, id);
  if (!text) throw notFound(TEXT);
  return text;
}

async function getVisibleBatch(ctx: ServiceContext, id: string): Promise<IntakeBatchRow> {
  const batch = await findBatchInScope(ctx.db, ctx.actor.scope, id);
  if (!batch) throw notFound(BATCH);
  return batch;
}

export interface ImportedItem {
  name: string;
  outcome: BatchItem['outcome'];
  text: IntakeTextRow | null;
  message: Bilingual | null;
}

interface Incoming {
  name: string;
  kind: IntakeSourceKind;
  text: string;
  title?: string | null;
}

/**
 * Store texts once per unit by content hash, in one transaction with their
 * audit rows and the batch's tally. A text the unit already has (imported
 * before, or twice in this upload) is answered as a duplicate and creates
 * nothing.
 */
async function storeTexts(ctx: ServiceContext, batch: IntakeBatchRow | null, incoming: Incoming[], errors: BatchItem[]): Promise<ImportedItem[]> {
  const unitId = ctx.actor.unitId;
  // Read the facts before the transaction, and only for texts the unit does not have yet.
  const prepared = await Promise.all(
    incoming.map(async (t) => {
      const text = normaliseText(t.text);
      const hash = contentHashOf(text);
      const known = await findTextByHash(ctx.db, unitId, hash);
      return { ...t, text, hash, extraction: known ? null : extractFacts(text) };
    }),
  );
  return ctx.db.transaction(async (tx) => {
    const out: ImportedItem[] = [];
    for (const t of prepared) {
      const existing = await findTextByHash(tx, unitId, t.hash);
      if (existing) {
        out.push({ name: t.name, outcome: 'duplicate', text: existing, message: null });
        continue;
      }
      const extraction: Extraction = t.extraction ?? extractFacts(t.text);
      const title = t.title ?? titleOf(t.text, t.name);
      const row = await insertText(tx, {
        unitId,
        batchId: batch?.id ?? null,
        contentHash: t.hash,
        title,
        sourceName: t.name,
        sourceKind: t.kind,
        text: t.text,
        extraction,
        createdByUserId: ctx.actor.userId,
        searchText: foldVietnamese(`${title} ${t.name} ${t.text}`),
      });
      if (!row) {
        // Stored meanwhile by a parallel upload of the same text.
        const again = await findTextByHash(tx, unitId, t.hash);
        out.push({ name: t.name, outcome: 'duplicate', text: again ?? null, message: null });
        continue;
      }
      await recordChange(tx, { ...ctx, db: tx }, { entity: 'intake_text', entityId: row.id, unitId: row.unitId, action: 'create', summary: row.title, after: textSnapshot(row) });
      out.push({ name: t.name, outcome: 'new', text: row, message: null });
    }
    if (batch) await addToBatch(tx, batch.id, [...out.map((o) => ({ name: o.name, outcome: o.outcome, textId: o.text?.id ?? null, message: null })), ...errors], ctx.now);
    return out;
  });
}

export async function createBatch(ctx: ServiceContext, input: CreateBatchInput): Promise<IntakeBatchRow> {
  authorize(ctx.actor, 'intake.write');
  const name = input.name ?? `Lô ${input.fileCount} tệp`;
  return ctx.db.transaction(async (tx) => {
    const batch = await insertBatch(tx, { unitId: ctx.actor.unitId, createdByUserId: ctx.actor.userId, name, fileCount: input.fileCount });
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'intake_batch', entityId: batch.id, unitId: batch.unitId, action: 'create', summary: name, after: { name, fileCount: input.fileCount } });
    return batch;
  });
}

export async function getBatch(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'intake.read');
  const batch = await getVisibleBatch(ctx, id);
  return { batch, texts: await listTextsOfBatch(ctx.db, batch.id) };
}

/** A pasted text: stored once by content; a text the unit already has is answered with `duplicate`. */
export async function importPastedText(ctx: ServiceContext, input: PasteTextInput): Promise<ImportedItem> {
  authorize(ctx.actor, 'intake.write');
  const batch = input.batchId ? await getVisibleBatch(ctx, input.batchId) : null;
  const [item] = await storeTexts(ctx, batch, [{ name: PASTED_SOURCE_NAME, kind: 'paste', text: input.text, title: input.title }], []);
  if (!item) throw new Error('nothing stored');
  return item;
}

const fileError = (vi: string, en: string) => new AppError('VALIDATION_FAILED', { vi, en }, { fields: { file: { vi, en } } });

/**
 * An uploaded file: a .txt, .docx or .pdf gives one text, a .zip one per
 * entry. Each readable text is stored once by content; unreadable ones are
 * reported by name. When nothing could be read the answer is 422 (the batch,
 * if any, still records the errors, so its summary counts every file).
 */
export async function importFile(ctx: ServiceContext, input: { fileName: string; content: Buffer; batchId: string | null }): Promise<ImportedItem[]> {
  authorize(ctx.actor, 'intake.write');
  const batch = input.batchId ? await getVisibleBatch(ctx, input.batchId) : null;
  const name = input.fileName.normalize('NFC').slice(0, 300) || 'tệp';
  const refuse = async (error: AppError) => {
    if (batch) await ctx.db.transaction((tx) => addToBatch(tx, batch.id, [{ name, outcome: 'error', textId: null, message: error.text }], ctx.now));
    throw error;
  };
  if (input.content.length === 0) return refuse(fileError(`Tệp "${name}" rỗng.`, `The file "${name}" is empty.`));
  if (input.content.length > ATTACHMENT_MAX_BYTES)
    return refuse(
      new AppError('PAYLOAD_TOO_LARGE', {
        vi: `Tệp "${name}" quá lớn (${(input.content.length / 1048576).toFixed(1)} MB); tối đa ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
        en: `The file "${name}" is too large (${(input.content.length / 1048576).toFixed(1)} MB); the limit is ${ATTACHMENT_MAX_BYTES / 1048576} MB.`,
      }),
    );
  const outcomes = await readTextFiles(name, input.content);
  const errors: BatchItem[] = outcomes.filter(isReadError).map((o) => ({ name: o.name, outcome: 'error', textId: null, message: o.error }));
  const readable = outcomes.filter((o): o is ReadText => !isReadError(o));
  if (readable.length === 0) {
    const first = errors[0];
    const message =
      errors.length === 1 && first?.message
        ? { vi: `Tệp "${first.name}": ${first.message.vi}`, en: `"${first.name}": ${first.message.en}` }
        : { vi: `Không đọc được văn bản nào trong "${name}" (${errors.length} tệp lỗi).`, en: `No text could be read from "${name}" (${errors.length} files failed).` };
    if (batch) await ctx.db.transaction((tx) => addToBatch(tx, batch.id, errors, ctx.now));
    throw new AppError('VALIDATION_FAILED', message, { fields: { file: message }, data: { items: errors } });
  }
  const stored = await storeTexts(
    ctx,
    batch,
    readable.map((r) => ({ name: r.name, kind: r.kind, text: r.text })),
    errors,
  );
  // Answer in the order of the files read.
  return outcomes.map((o) => {
    if (isReadError(o)) return { name: o.name, outcome: 'error' as const, text: null, message: o.error };
    return stored.find((s) => s.name === o.name) ?? { name: o.name, outcome: 'error' as const, text: null, message: null };
  });
}

export async function listTexts(ctx: ServiceContext, q: ListTextsQuery) {
  authorize(ctx.actor, 'intake.read');
  if (q.batchId) await getVisibleBatch(ctx, q.batchId);
  return listTextsInScope(ctx.db, ctx.actor.scope, { status: q.status, batchId: q.batchId, q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
}

/** Look up in the registry what each fact of a text already is. */
async function matchFacts(ctx: ServiceContext, text: IntakeTextRow): Promise<Matches> {
  const ex = text.extraction;
  const links = text.accepted;
  const documents = roleCan(ctx.actor.role, 'document.read')
    ? await findCitedDocuments(
        ctx,
        ex.documents.map((d) => ({ kind: d.kind, number: d.number, symbol: d.symbol, date: d.date, issuer: d.issuer, issuerName: d.issuerName, term: d.term })),
      ).then((found) => found.map((f) => (f ? { id: f.doc.id, citation: f.citation } : null)))
    : ex.documents.map(() => null);
  // A record created from this text stays linked even after its fields were edited on accepting.
  for (const [i, id] of Object.entries(links.documents ?? {})) {
    const index = Number(i);
    if (documents[index]) continue;
    try {
      const linked = await getDocument(ctx, id);
      documents[index] = { id: linked.doc.id, citation: linked.citation };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
    }
  }
  let persons: Matches['persons'] = ex.people.map(() => null);
  if (roleCan(ctx.actor.role, 'person.read')) {
    const linkedIds = links.persons ?? {};
    const linked = await Promise.all(ex.people.map((_p, i) => (linkedIds[i] ? findPersonInScope(ctx.db, ctx.actor.scope, linkedIds[i]) : undefined)));
    const names = ex.people.map((p, i) => linked[i]?.fullName ?? p.name);
    const found = await findPersonsByNames(ctx, names);
    persons = ex.people.map((_p, i) => {
      const byId = linked[i] ? found.find((f) => f.person.id === linked[i]?.id) : undefined;
      const folded = foldVietnamese(names[i] ?? '');
      const match = byId ?? found.find((f) => f.person.searchText === folded);
      return match ? { id: match.person.id, fullName: match.person.fullName, unitId: match.person.unitId, unitName: match.unitName, titles: match.titles } : null;
    });
  }
  const records = await listRecordsOfText(ctx.db, text.id);
  const awards = ex.awards.map((_a, i) => records.awards.find((a) => a.sourceIndex === i)?.id ?? null);
  return { documents, persons, awards, event: records.event?.id ?? null };
}

async function textDetail(ctx: ServiceContext, text: IntakeTextRow) {
  const matches = await matchFacts(ctx, text);
  const proposals = buildProposals(text.extraction, matches, {
    unitId: ctx.actor.unitId,
    central: roleCan(ctx.actor.role, 'document.central'),
    isLocalIssuer,
    title: text.title,
  });
  return { text, proposals, abilities: intakeAbilities(ctx.actor, text) };
}

/** A text with its extraction and what it proposes, matched against the registry now. */
export async function getText(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'intake.read');
  return textDetail(ctx, await getVisibleText(ctx, id));
}

const documentLabel = (d: { kind: Parameters<typeof documentKindInfo>[0]; number: string }): Bilingual => ({
  vi: `${documentKindInfo(d.kind).vi} số ${d.number}`,
  en: `${documentKindInfo(d.kind).en} no. ${d.number}`,
});

/**
 * Run one proposal's write; an error names the proposal (`documents.2`) in its
 * message and prefixes its fields with the proposal's path.
 */
async function inProposal<T>(path: string, label: Bilingual, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const fields: Record<string, Bilingual> = {};
    for (const [k, v] of Object.entries(e.details.fields ?? {})) fields[`${path}.${k}`] = v;
    if (Object.keys(fields).length === 0) fields[path] = e.text;
    throw new AppError(
      e.code,
      { vi: `${label.vi}: ${e.text.vi}`, en: `${label.en}: ${e.text.en}` },
      { ...(e.details.reason ? { reason: e.details.reason } : {}), fields, data: { ...e.details.data, proposal: path } },
    );
  }
}

const nth = (what: Bilingual, i: number, name: Bilingual): Bilingual => ({ vi: `${what.vi} thứ ${i + 1} (${name.vi})`, en: `${what.en} ${i + 1} (${name.en})` });

/** Shape rules that need the text and the tree: facts that exist, not accepted twice, units in scope and active. */
async function checkAccept(ctx: ServiceContext, text: IntakeTextRow, input: AcceptTextInput) {
  const ex = text.extraction;
  const links: AcceptedLinks = text.accepted;
  const fields: Record<string, Bilingual> = {};
  const indexes = (list: { index: number }[], path: string, count: number) => {
    const seen = new Set<number>();
    list.forEach((item, i) => {
      if (item.index >= count) fields[`${path}.${i}.index`] = { vi: 'Không có đề xuất này trong văn bản.', en: 'The text has no such proposal.' };
      else if (seen.has(item.index)) fields[`${path}.${i}.index`] = { vi: 'Đề xuất này được gửi hai lần.', en: 'This proposal is sent twice.' };
      seen.add(item.index);
    });
  };
  indexes(input.documents, 'documents', ex.documents.length);
  indexes(input.persons, 'persons', ex.people.length);
  indexes(input.awards, 'awards', ex.awards.length);
  const records = await listRecordsOfText(ctx.db, text.id);
  input.awards.forEach((a, i) => {
    if (records.awards.some((r) => r.sourceIndex === a.index)) fields[`awards.${i}`] = { vi: 'Khen thưởng này đã được ghi nhận từ văn bản.', en: 'This award was already recorded from the text.' };
  });
  if (input.event && records.event) fields.event = { vi: 'Sự kiện của văn bản này đã được ghi nhận.', en: 'The event of this text was already recorded.' };
  if (input.event && !ex.eventDate) fields.event = { vi: 'Văn bản không nêu sự kiện nào.', en: 'The text reports no event.' };

  const units = new Map<string, string[]>();
  const needUnit = (id: string, path: string, active: boolean) => units.set(`${id}|${active}`, [...(units.get(`${id}|${active}`) ?? []), path]);
  input.documents.forEach((d, i) => d.ownerUnitId && needUnit(d.ownerUnitId, `documents.${i}.ownerUnitId`, false));
  for (const [i, p] of input.persons.entries()) {
    if (!p.personId) needUnit(p.unitId, `persons.${i}.unitId`, true);
    p.positions.forEach((pos, j) => needUnit(pos.unitId, `persons.${i}.positions.${j}.unitId`, true));
    if (p.personId) {
      if (!(await findPersonInScope(ctx.db, ctx.actor.scope, p.personId))) fields[`persons.${i}.personId`] = { vi: 'Không tìm thấy cán bộ này trong phạm vi của bạn.', en: 'No such person in your scope.' };
    } else if (links.persons?.[p.index]) fields[`persons.${i}`] = { vi: 'Người này đã được ghi nhận từ văn bản; hãy tải lại đề xuất.', en: 'This person was already recorded from the text; reload the proposals.' };
  }
  for (const [key, paths] of units) {
    const [id = '', active] = key.split('|');
    try {
      const unit = await getVisibleUnit(ctx, id);
      if (active === 'true' && unit.status !== 'active') for (const p of paths) fields[p] = { vi: 'Đơn vị đã giải thể.', en: 'The unit is dissolved.' };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
      for (const p of paths) fields[p] = { vi: 'Không tìm thấy đơn vị trong phạm vi của bạn.', en: 'No such unit in your scope.' };
    }
  }
  if (Object.keys(fields).length > 0) {
    const list = Object.keys(fields).join(', ');
    throw new AppError('VALIDATION_FAILED', { vi: `Chưa chấp nhận được — cần sửa: ${list}. Chưa có gì được lưu.`, en: `Not accepted — please correct: ${list}. Nothing was saved.` }, { fields });
  }
}

/**
 * Accept the chosen proposals of a text, each possibly edited: registry
 * documents, people and positions through their modules' services, awards and
 * the event here — all in one transaction with their audit rows, or nothing.
 * Each kind needs its module's permission (403 otherwise).
 */
export async function acceptText(ctx: ServiceContext, id: string, input: AcceptTextInput) {
  authorize(ctx.actor, 'intake.write');
  const text = await getVisibleText(ctx, id);
  if (input.documents.length > 0 && !canAcceptDocuments(ctx.actor)) authorize(ctx.actor, 'document.write');
  if (input.persons.length > 0 && !canAcceptPeople(ctx.actor)) authorize(ctx.actor, 'person.write');
  if (text.version !== input.version) throw staleVersion();
  await checkAccept(ctx, text, input);
  const created = { documents: 0, persons: 0, positions: 0, awards: 0, events: 0 };
  const updated = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const links: AcceptedLinks = { ...text.accepted, documents: { ...text.accepted.documents }, persons: { ...text.accepted.persons }, awards: { ...text.accepted.awards } };
    for (const [i, { index, ...values }] of input.documents.entries()) {
      const label = nth({ vi: 'Văn bản', en: 'Document' }, i, documentLabel(values));
      const doc = await inProposal(`documents.${i}`, label, () => createDocument(txCtx, values));
      (links.documents ??= {})[index] = doc.id;
      created.documents++;
    }
    for (const [i, p] of input.persons.entries()) {
      const label = nth({ vi: 'Người', en: 'Person' }, i, { vi: p.fullName, en: p.fullName });
      const personId = await inProposal(`persons.${i}`, label, async () => {
        if (p.personId) return p.personId;
        const person = await createPerson(txCtx, { unitId: p.unitId, fullName: p.fullName, gender: null, birthYear: null, ethnicity: null, religion: null, phone: null, email: null });
        created.persons++;
        return person.id;
      });
      for (const [j, pos] of p.positions.entries()) {
        await inProposal(`persons.${i}.positions.${j}`, label, () => addPosition(txCtx, personId, { unitId: pos.unitId, title: pos.title, isHead: false, startDate: pos.startDate, endDate: null }));
        created.positions++;
      }
      (links.persons ??= {})[p.index] = personId;
    }
    for (const [i, a] of input.awards.entries()) {
      const award = await insertAward(tx, {
        textId: text.id,
        sourceIndex: a.index,
        unitId: text.unitId,
        giver: a.giver,
        kind: a.kind,
        collectives: a.collectives,
        individuals: a.individuals,
        reason: a.reason,
        awardDate: a.awardDate,
      });
      await recordChange(tx, txCtx, { entity: 'award', entityId: award.id, unitId: award.unitId, action: 'create', summary: `${a.giver ?? '—'}: ${a.collectives ?? '—'} tập thể, ${a.individuals ?? '—'} cá nhân`, after: { ...award, proposal: `awards.${i}` } });
      (links.awards ??= {})[a.index] = award.id;
      created.awards++;
    }
    if (input.event) {
      const event = await insertEvent(tx, { textId: text.id, unitId: text.unitId, eventDate: input.event.eventDate, title: input.event.title });
      await recordChange(tx, txCtx, { entity: 'event', entityId: event.id, unitId: event.unitId, action: 'create', summary: `${event.eventDate} ${event.title}`, after: { ...event } });
      links.event = event.id;
      created.events++;
    }
    const row = await updateTextReview(tx, text.id, input.version, { status: 'accepted', accepted: links, reviewedByUserId: ctx.actor.userId, reviewedAt: ctx.now });
    if (!row) throw staleVersion();
    await recordChange(tx, txCtx, {
      entity: 'intake_text',
      entityId: row.id,
      unitId: row.unitId,
      action: 'update',
      summary: `Chấp nhận: ${created.documents} văn bản, ${created.persons} người, ${created.positions} chức vụ, ${created.awards} khen thưởng, ${created.events} sự kiện`,
      before: textSnapshot(text),
      after: { ...textSnapshot(row), created },
    });
    return row;
  });
  return { created, ...(await textDetail(ctx, updated)) };
}

/** Set a text aside: nothing is written but its status. A text already accepted keeps its records and its status. */
export async function rejectText(ctx: ServiceContext, id: string, input: RejectTextInput) {
  authorize(ctx.actor, 'intake.write');
  const text = await getVisibleText(ctx, id);
  if (text.version !== input.version) throw staleVersion();
  if (text.status !== 'pending')
    throw new AppError(
      'INVALID_STATE',
      text.status === 'accepted'
        ? { vi: 'Văn bản đã được chấp nhận; các bản ghi đã tạo vẫn giữ nguyên.', en: 'The text was already accepted; the records created stay.' }
        : { vi: 'Văn bản đã được bỏ qua trước đó.', en: 'The text was already set aside.' },
      { reason: 'NOT_PENDING' },
    );
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateTextReview(tx, text.id, input.version, { status: 'rejected', reviewedByUserId: ctx.actor.userId, reviewedAt: ctx.now });
    if (!row) throw staleVersion();
    await recordChange(tx, { ...ctx, db: tx }, { entity: 'intake_text', entityId: row.id, unitId: row.unitId, action: 'update', summary: `Bỏ qua: ${row.title}`, before: textSnapshot(text), after: textSnapshot(row) });
    return row;
  });
  return textDetail(ctx, updated);
}
