import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { useCan } from '../auth/auth.queries.ts';

export interface PersonListParams {
  q?: string | undefined;
  unitId?: string | undefined;
  subtree?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const peopleKeys = {
  all: ['persons'] as const,
  list: (p: PersonListParams) => ['persons', 'list', p] as const,
  detail: (id: string) => ['persons', 'detail', id] as const,
};

export const fetchPersons = (p: PersonListParams) =>
  unwrap(
    api.persons.$get({
      query: {
        ...(p.q ? { q: p.q } : {}),
        ...(p.unitId ? { unitId: p.unitId, subtree: p.subtree === false ? 'false' : 'true' } : {}),
        page: String(p.page ?? 1),
        pageSize: String(p.pageSize ?? 20),
      },
    }),
  );
export type PersonListItem = Awaited<ReturnType<typeof fetchPersons>>['items'][number];

export const fetchPerson = (id: string) => unwrap(api.persons[':id'].$get({ param: { id } }));
export type PersonDetail = Awaited<ReturnType<typeof fetchPerson>>;
export type Position = PersonDetail['positions'][number];

export function usePersons(p: PersonListParams, enabled = true) {
  return useQuery({ queryKey: peopleKeys.list(p), queryFn: () => fetchPersons(p), placeholderData: keepPreviousData, enabled });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: peopleKeys.detail(id ?? ''), queryFn: () => fetchPerson(id ?? ''), enabled: !!id });
}

/**
 * After a write on people or positions: lists and details of people, the
 * positions shown on unit pages (['positions', 'by-unit', id]), counts and the audit log.
 */
export function useInvalidatePeople() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: peopleKeys.all }),
      qc.invalidateQueries({ queryKey: ['positions'] }),
      qc.invalidateQueries({ queryKey: ['home-count'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/**
 * A person's name, for a bare id (linked accounts, audit snapshots): the name,
 * false when deleted or out of scope, null while unknown or not readable.
 */
export function usePersonName(id: string | null | undefined) {
  const can = useCan();
  const { data } = useQuery({
    queryKey: ['persons', 'name', id ?? ''],
    queryFn: async () => {
      try {
        return (await fetchPerson(id ?? '')).fullName;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return false as const;
        throw e;
      }
    },
    enabled: !!id && can('person.read'),
    staleTime: 60_000,
    retry: false,
  });
  return data ?? null;
}
