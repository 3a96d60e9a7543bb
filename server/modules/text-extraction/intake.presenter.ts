import type { IntakeBatchRow, IntakeTextRow, TextListRow } from './intake.repository.ts';

export const presentTextSummary = (r: TextListRow) => ({
  id: r.id,
  unitId: r.unitId,
  batchId: r.batchId,
  title: r.title,
  sourceName: r.sourceName,
  sourceKind: r.sourceKind,
  status: r.status,
  length: r.length,
  counts: { documents: r.documents ?? 0, people: r.people ?? 0, awards: r.awards ?? 0 },
  eventDate: r.eventDate,
  createdByName: r.createdByName,
  createdAt: r.createdAt.toISOString(),
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  version: r.version,
});

/** A stored text in short: what an upload answers for each file. */
export const presentStoredText = (t: IntakeTextRow) => ({
  id: t.id,
  title: t.title,
  sourceName: t.sourceName,
  sourceKind: t.sourceKind,
  status: t.status,
  counts: { documents: t.extraction.documents.length, people: t.extraction.people.length, awards: t.extraction.awards.length },
  createdAt: t.createdAt.toISOString(),
});

export const presentText = (t: IntakeTextRow) => ({
  id: t.id,
  unitId: t.unitId,
  batchId: t.batchId,
  title: t.title,
  sourceName: t.sourceName,
  sourceKind: t.sourceKind,
  status: t.status,
  contentHash: t.contentHash,
  text: t.text,
  extraction: t.extraction,
  reviewedAt: t.reviewedAt?.toISOString() ?? null,
  version: t.version,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

export const presentBatch = (b: IntakeBatchRow) => ({
  id: b.id,
  unitId: b.unitId,
  name: b.name,
  fileCount: b.fileCount,
  newCount: b.newCount,
  duplicateCount: b.duplicateCount,
  errorCount: b.errorCount,
  items: b.items,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
});

/** What the audit log keeps of a text: never the text itself. */
export const textSnapshot = (t: IntakeTextRow): Record<string, unknown> => ({
  title: t.title,
  sourceName: t.sourceName,
  sourceKind: t.sourceKind,
  contentHash: t.contentHash,
  batchId: t.batchId,
  status: t.status,
  length: t.text.length,
});
