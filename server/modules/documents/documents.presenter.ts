import type { DocumentRow, DocumentSummaryRow, MilestoneRow } from './documents.repository.ts';

export const presentDocumentSummary = (d: DocumentSummaryRow, citation: string) => ({
  id: d.id,
  ownerUnitId: d.ownerUnitId,
  kind: d.kind,
  number: d.number,
  symbol: d.symbol,
  issueDate: d.issueDate,
  issuerCode: d.issuerCode,
  issuerName: d.issuerName,
  term: d.term,
  subject: d.subject,
  status: d.status,
  fields: d.fields,
  fromCatalogue: d.catalogueKey !== null,
  citation,
});

export const presentDocument = (d: DocumentRow, citation: string) => ({
  ...presentDocumentSummary(d, citation),
  issuerUnitId: d.issuerUnitId,
  note: d.note,
  catalogueKey: d.catalogueKey,
  sources: (d.catalogueSources as { url: string; title: string; checked: string; facts: string }[] | null) ?? [],
  version: d.version,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});

export const presentMilestone = (m: MilestoneRow) => ({
  id: m.id,
  documentId: m.documentId,
  unitId: m.unitId,
  kind: m.kind,
  yearsAfter: m.yearsAfter,
  dueDate: m.dueDate,
  label: m.label,
});
