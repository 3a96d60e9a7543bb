import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client.ts';

export interface AuditFilters {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  unitId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const fetchAudit = (f: AuditFilters) => {
  const query: Record<string, string> = { page: String(f.page), pageSize: String(f.pageSize) };
  for (const k of ['entity', 'entityId', 'action', 'unitId', 'from', 'to'] as const) {
    const v = f[k];
    if (v) query[k] = v;
  }
  return unwrap(api.audit.$get({ query }));
};
export type AuditRow = Awaited<ReturnType<typeof fetchAudit>>['items'][number];

export function useAudit(f: AuditFilters, enabled: boolean) {
  return useQuery({ queryKey: ['audit', f], queryFn: () => fetchAudit(f), placeholderData: keepPreviousData, enabled });
}

/** Which of these people still exist (a 404 means deleted, or out of scope). */
export function usePeopleExist(ids: string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['persons', 'exists', id],
      queryFn: async () => {
        try {
          await unwrap(api.persons[':id'].$get({ param: { id } }));
          return true;
        } catch (e) {
          if (e instanceof ApiError && e.status === 404) return false;
          throw e;
        }
      },
      staleTime: 60_000,
      retry: false,
    })),
  });
  return new Map(ids.map((id, i) => [id, results[i]?.data]));
}

/** A unit's name, for ids in audit snapshots; null while unknown or not visible. */
export function useUnitName(id: string) {
  const { data } = useQuery({
    queryKey: ['units', 'name', id],
    queryFn: async () => (await unwrap(api.units[':id'].$get({ param: { id } }))).name,
    staleTime: 5 * 60_000,
    retry: false,
  });
  return data ?? null;
}

