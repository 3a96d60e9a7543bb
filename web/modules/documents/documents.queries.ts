import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { DocumentField, DocumentKind, DocumentRelation, DocumentStatus } from '../../../shared/documents.ts';
import type { ReviewState } from '../../../shared/labels.ts';
import { api, parseApiError, unwrap } from '../../api/client.ts';
import { currentLanguage } from '../../lib/i18n-store.ts';

export type DocumentListItem = InferResponseType<typeof api.documents.$get, 200>['items'][number];
export type DocumentDetail = InferResponseType<(typeof api.documents)[':id']['$get'], 200>;
export type DocumentSaved = InferResponseType<typeof api.documents.$post, 201>;
export type CreateDocumentBody = InferRequestType<typeof api.documents.$post>['json'];
export type UpdateDocumentBody = InferRequestType<(typeof api.documents)[':id']['$put']>['json'];
export type Milestone = DocumentDetail['milestones'][number];
export type Attachment = DocumentDetail['attachments'][number];
export type ReviewCalendar = InferResponseType<typeof api.documents.reviews.calendar.$get, 200>;
export type CalendarItem = ReviewCalendar['items'][number];
export type CreateMilestoneBody = InferRequestType<(typeof api.documents)[':id']['milestones']['$post']>['json'];
export type CompleteMilestoneBody = InferRequestType<(typeof api.documents.milestones)[':id']['complete']['$post']>['json'];
export type UploadedAttachment = { id: string; fileName: string; size: number; mediaType: string; sha256: string };

/** The review state as the detail answer types it (a plain string there). */
export const milestoneState = (m: { state: string }): ReviewState => (m.state === 'done' || m.state === 'overdue' ? m.state : 'due');

export type DocumentScope = 'all' | 'central' | 'own';

export interface DocumentSearchParams {
  q?: string | undefined;
  kind?: DocumentKind | undefined;
  issuer?: string | undefined;
  year?: number | undefined;
  field?: DocumentField | undefined;
  status?: DocumentStatus | undefined;
  scope?: DocumentScope | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const documentKeys = {
  all: ['documents'] as const,
  list: (p: DocumentSearchParams) => ['documents', 'list', p] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  calendar: (year: number, unitId: string | null) => ['documents', 'calendar', year, unitId] as const,
};

export const fetchDocuments = (p: DocumentSearchParams) =>
  unwrap(
    api.documents.$get({
      query: {
        ...(p.q?.trim() ? { q: p.q.trim() } : {}),
        ...(p.kind ? { kind: p.kind } : {}),
        ...(p.issuer?.trim() ? { issuer: p.issuer.trim() } : {}),
        ...(p.year ? { year: String(p.year) } : {}),
        ...(p.field ? { field: p.field } : {}),
        ...(p.status ? { status: p.status } : {}),
        ...(p.scope && p.scope !== 'all' ? { scope: p.scope } : {}),
        page: String(p.page ?? 1),
        pageSize: String(p.pageSize ?? 20),
      },
    }),
  );

export function useDocumentSearch(p: DocumentSearchParams, enabled = true) {
  return useQuery({ queryKey: documentKeys.list(p), queryFn: () => fetchDocuments(p), placeholderData: keepPreviousData, enabled });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: documentKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.documents[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

export function useReviewCalendar(year: number, unitId: string | null) {
  return useQuery({
    queryKey: documentKeys.calendar(year, unitId),
    queryFn: () => unwrap(api.documents.reviews.calendar.$get({ query: { year: String(year), ...(unitId ? { unitId } : {}) } })),
    placeholderData: keepPreviousData,
  });
}

/** After any write: every list, detail and calendar of documents, and the audit log. */
function useInvalidateDocuments() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: documentKeys.all }), qc.invalidateQueries({ queryKey: ['audit'] })]);
}

export function useCreateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (json: CreateDocumentBody) => unwrap(api.documents.$post({ json })), onSuccess: () => void invalidate() });
}

export function useUpdateDocument(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (json: UpdateDocumentBody) => unwrap(api.documents[':id'].$put({ param: { id }, json })), onSuccess: () => void invalidate() });
}

/** The caller leaves the detail page on success. */
export function useDeleteDocument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.documents[':id'].$delete({ param: { id }, query: { version: String(version) } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['documents', 'list'] });
      void qc.invalidateQueries({ queryKey: ['documents', 'calendar'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useAddRelation(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (json: { relation: DocumentRelation; targetId: string }) => unwrap(api.documents[':id'].relations.$post({ param: { id }, json })),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveRelation(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (query: { relation: DocumentRelation; targetId: string }) => unwrap(api.documents[':id'].relations.$delete({ param: { id }, query })),
    onSuccess: () => void invalidate(),
  });
}

/** Multipart upload: the typed client does not do FormData, so a plain fetch with the same headers. */
export async function uploadAttachment(id: string, file: File): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/documents/${encodeURIComponent(id)}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'accept-language': currentLanguage() },
  });
  if (!res.ok) throw await parseApiError(res);
  return (await res.json()) as UploadedAttachment;
}

export const attachmentUrl = (documentId: string, attachmentId: string) => `/api/documents/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;

export function useUploadAttachment(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({ mutationFn: (file: File) => uploadAttachment(id, file), onSuccess: () => void invalidate() });
}

export function useRemoveAttachment(id: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (attachmentId: string) => unwrap(api.documents[':id'].attachments[':attachmentId'].$delete({ param: { id, attachmentId } })),
    onSuccess: () => void invalidate(),
  });
}

export function useAddMilestone(documentId: string) {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (json: CreateMilestoneBody) => unwrap(api.documents[':id'].milestones.$post({ param: { id: documentId }, json })),
    onSuccess: () => void invalidate(),
  });
}

export function useRemoveMilestone() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (milestoneId: string) => unwrap(api.documents.milestones[':id'].$delete({ param: { id: milestoneId } })),
    onSuccess: () => void invalidate(),
  });
}

export function useCompleteMilestone() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ milestoneId, ...json }: CompleteMilestoneBody & { milestoneId: string }) =>
      unwrap(api.documents.milestones[':id'].complete.$post({ param: { id: milestoneId }, json })),
    onSuccess: () => void invalidate(),
  });
}

export function useReopenMilestone() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ milestoneId, unitId }: { milestoneId: string; unitId: string }) =>
      unwrap(api.documents.milestones[':id'].complete.$delete({ param: { id: milestoneId }, query: { unitId } })),
    onSuccess: () => void invalidate(),
  });
}
