import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { GroupKind } from '../../../shared/units.ts';
import { api, unwrap } from '../../api/client.ts';

export type GroupListItem = InferResponseType<typeof api.groups.$get, 200>['items'][number];
export type GroupDetail = InferResponseType<(typeof api.groups)[':id']['$get'], 200>;
export type CreateGroupBody = InferRequestType<typeof api.groups.$post>['json'];
export type UpdateGroupBody = InferRequestType<(typeof api.groups)[':id']['$put']>['json'];

export interface GroupSearchParams {
  q?: string;
  kind?: GroupKind;
  year?: number;
  page?: number;
  pageSize?: number;
}

export const groupKeys = {
  all: ['groups'] as const,
  list: (p: GroupSearchParams) => ['groups', 'list', p] as const,
  detail: (id: string) => ['groups', 'detail', id] as const,
};

export function useGroupSearch(p: GroupSearchParams) {
  return useQuery({
    queryKey: groupKeys.list(p),
    queryFn: () =>
      unwrap(
        api.groups.$get({
          query: {
            ...(p.q?.trim() ? { q: p.q.trim() } : {}),
            ...(p.kind ? { kind: p.kind } : {}),
            ...(p.year ? { year: String(p.year) } : {}),
            page: String(p.page ?? 1),
            pageSize: String(p.pageSize ?? 20),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: groupKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.groups[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

function useInvalidateGroups() {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([qc.invalidateQueries({ queryKey: groupKeys.all }), qc.invalidateQueries({ queryKey: ['home-count'] })]);
  };
}

export function useCreateGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (json: CreateGroupBody) => unwrap(api.groups.$post({ json })), onSuccess: () => void invalidate() });
}

export function useUpdateGroup(id: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (json: UpdateGroupBody) => unwrap(api.groups[':id'].$put({ param: { id }, json })), onSuccess: () => void invalidate() });
}

/** The caller leaves the detail page on success; the deleted record's cache goes once nobody shows it. */
export function useDeleteGroup(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.groups[':id'].$delete({ param: { id }, query: { version: String(version) } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['groups', 'list'] });
      void qc.invalidateQueries({ queryKey: ['home-count'] });
    },
  });
}
