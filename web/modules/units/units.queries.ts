import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { UnitKind, UnitLevel, UnitStatus } from '../../../shared/units.ts';
import { api, unwrap } from '../../api/client.ts';

export type UnitListPage = InferResponseType<typeof api.units.$get, 200>;
export type UnitListItem = UnitListPage['items'][number];
export type UnitTreeItem = InferResponseType<typeof api.units.tree.$get, 200>['items'][number];
export type UnitDetail = InferResponseType<(typeof api.units)[':id']['$get'], 200>;
export type UnitPosition = InferResponseType<(typeof api.positions)['by-unit'][':id']['$get'], 200>['items'][number];
export type CreateUnitBody = InferRequestType<typeof api.units.$post>['json'];
export type UpdateUnitBody = InferRequestType<(typeof api.units)[':id']['$put']>['json'];
export type DissolveUnitBody = InferRequestType<(typeof api.units)[':id']['dissolve']['$post']>['json'];
export type MergeUnitsBody = InferRequestType<typeof api.units.merge.$post>['json'];

export interface UnitSearchParams {
  q?: string;
  kind?: UnitKind;
  level?: UnitLevel;
  status?: UnitStatus;
  under?: string;
  page?: number;
  pageSize?: number;
}

/** Query keys of the units module; everything starts with 'units' so one invalidation refreshes all. */
export const unitKeys = {
  all: ['units'] as const,
  list: (p: UnitSearchParams) => ['units', 'list', p] as const,
  tree: (parentId: string | null) => ['units', 'tree', parentId] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  positions: (id: string) => ['positions', 'by-unit', id] as const,
};

/** Paged search of the units in scope (diacritic-insensitive on the server). */
export function useUnitSearch(p: UnitSearchParams, enabled = true) {
  return useQuery({
    queryKey: unitKeys.list(p),
    queryFn: () =>
      unwrap(
        api.units.$get({
          query: {
            ...(p.q?.trim() ? { q: p.q.trim() } : {}),
            ...(p.kind ? { kind: p.kind } : {}),
            ...(p.level ? { level: p.level } : {}),
            ...(p.status ? { status: p.status } : {}),
            ...(p.under ? { under: p.under } : {}),
            page: String(p.page ?? 1),
            pageSize: String(p.pageSize ?? 20),
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Children of a unit (or the roots of the user's scope when parentId is null). */
export function useUnitChildren(parentId: string | null, enabled = true) {
  return useQuery({
    queryKey: unitKeys.tree(parentId),
    queryFn: () => unwrap(api.units.tree.$get({ query: parentId ? { parentId } : {} })),
    enabled,
  });
}

export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.units[':id'].$get({ param: { id: id as string } })),
    enabled: !!id,
  });
}

export function useUnitPositions(id: string, enabled = true) {
  return useQuery({
    queryKey: unitKeys.positions(id),
    queryFn: () => unwrap(api.positions['by-unit'][':id'].$get({ param: { id } })),
    enabled,
  });
}

/**
 * After any change to units: refresh lists, tree, details and the home counters.
 * Mutations call it without awaiting, so the caller's own onSuccess (close the
 * modal, navigate) runs at once, before a refetch re-keys an open form.
 */
function useInvalidateUnits() {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: unitKeys.all }),
      qc.invalidateQueries({ queryKey: ['home-count'] }),
      qc.invalidateQueries({ queryKey: ['groups'] }),
    ]);
  };
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (json: CreateUnitBody) => unwrap(api.units.$post({ json })),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (json: UpdateUnitBody) => unwrap(api.units[':id'].$put({ param: { id }, json })),
    onSuccess: () => void invalidate(),
  });
}

export function useDissolveUnit(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (json: DissolveUnitBody) => unwrap(api.units[':id'].dissolve.$post({ param: { id }, json })),
    onSuccess: () => void invalidate(),
  });
}

export function useMergeUnits() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (json: MergeUnitsBody) => unwrap(api.units.merge.$post({ json })),
    onSuccess: () => void invalidate(),
  });
}
