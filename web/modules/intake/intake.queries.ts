import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { IntakeStatus } from '../../../shared/intake.ts';
import { api, parseApiError, unwrap } from '../../api/client.ts';
import { formWith, uploadWithProgress } from '../../api/upload.ts';

export type IntakeListItem = InferResponseType<typeof api.intake.texts.$get, 200>['items'][number];
export type IntakeDetail = InferResponseType<(typeof api.intake.texts)[':id']['$get'], 200>;
export type Proposals = IntakeDetail['proposals'];
export type DocumentProposal = Proposals['documents'][number];
export type PersonProposal = Proposals['persons'][number];
export type AwardProposal = Proposals['awards'][number];
export type EventProposal = NonNullable<Proposals['event']>;
export type AcceptBody = InferRequestType<(typeof api.intake.texts)[':id']['accept']['$post']>['json'];
export type AcceptResult = InferResponseType<(typeof api.intake.texts)[':id']['accept']['$post'], 200>;
export type PastedResult = InferResponseType<typeof api.intake.texts.$post, 201>;
export type Batch = InferResponseType<typeof api.intake.batches.$post, 201>;

/** What an upload answers for each file it held (a zip holds several). */
export interface UploadItem {
  name: string;
  outcome: 'new' | 'duplicate' | 'error';
  message: { vi: string; en: string } | null;
  text: { id: string; title: string; sourceName: string; sourceKind: string; status: string } | null;
}

export interface IntakeListParams {
  status?: IntakeStatus | undefined;
  batchId?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const intakeKeys = {
  all: ['intake'] as const,
  list: (p: IntakeListParams) => ['intake', 'list', p] as const,
  detail: (id: string) => ['intake', 'detail', id] as const,
};

export function useIntakeTexts(p: IntakeListParams) {
  return useQuery({
    queryKey: intakeKeys.list(p),
    queryFn: () =>
      unwrap(
        api.intake.texts.$get({
          query: {
            ...(p.status ? { status: p.status } : {}),
            ...(p.batchId ? { batchId: p.batchId } : {}),
            ...(p.q?.trim() ? { q: p.q.trim() } : {}),
            page: String(p.page ?? 1),
            pageSize: String(p.pageSize ?? 20),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIntakeText(id: string | undefined) {
  return useQuery({
    queryKey: intakeKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.intake.texts[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

/** After an import or a review: the intake lists, and what an accept may have written. */
export function useInvalidateIntake() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: intakeKeys.all }),
      qc.invalidateQueries({ queryKey: ['documents'] }),
      qc.invalidateQueries({ queryKey: ['persons'] }),
      qc.invalidateQueries({ queryKey: ['positions'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function usePasteText() {
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: async (json: { title: string | null; text: string }) => {
      const res = await api.intake.texts.$post({ json });
      if (!res.ok) throw await parseApiError(res as unknown as Response);
      return (await res.json()) as PastedResult;
    },
    onSuccess: () => void invalidate(),
  });
}

export function useAcceptText(id: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (json: AcceptBody) => unwrap(api.intake.texts[':id'].accept.$post({ param: { id }, json })),
    onSuccess: (detail) => {
      qc.setQueryData(intakeKeys.detail(id), detail);
      void invalidate();
    },
  });
}

export function useRejectText(id: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.intake.texts[':id'].reject.$post({ param: { id }, json: { version } })),
    onSuccess: (detail) => {
      qc.setQueryData(intakeKeys.detail(id), detail);
      void invalidate();
    },
  });
}

export const createBatch = (fileCount: number, name?: string) => unwrap(api.intake.batches.$post({ json: { fileCount, ...(name ? { name } : {}) } }));

/**
 * One file up, through XMLHttpRequest for its upload progress: `onProgress`
 * gets 0–100 while the bytes go up. Resolves with the items the server read.
 */
export async function uploadIntakeFile(file: File, batchId: string | null, onProgress: (percent: number) => void): Promise<UploadItem[]> {
  const form = formWith(file, batchId ? { batchId } : {});
  const res = await uploadWithProgress<{ items: UploadItem[] }>('/api/intake/files', form, (p) => onProgress(p ?? 100));
  return res.items;
}

