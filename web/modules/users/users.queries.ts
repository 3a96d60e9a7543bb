import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../shared/access.ts';
import { api, unwrap } from '../../api/client.ts';

export interface UserListParams {
  q?: string | undefined;
  role?: Role | undefined;
  unitId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const userKeys = {
  all: ['users'] as const,
  list: (p: UserListParams) => ['users', 'list', p] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

const fetchUsers = (p: UserListParams) =>
  unwrap(
    api.users.$get({
      query: {
        ...(p.q ? { q: p.q } : {}),
        ...(p.role ? { role: p.role } : {}),
        ...(p.unitId ? { unitId: p.unitId } : {}),
        page: String(p.page ?? 1),
        pageSize: String(p.pageSize ?? 20),
      },
    }),
  );

const fetchUser = (id: string) => unwrap(api.users[':id'].$get({ param: { id } }));
export type UserDetail = Awaited<ReturnType<typeof fetchUser>>;

export function useUsers(p: UserListParams, enabled = true) {
  return useQuery({ queryKey: userKeys.list(p), queryFn: () => fetchUsers(p), placeholderData: keepPreviousData, enabled });
}

export function useUser(id: string | undefined) {
  return useQuery({ queryKey: userKeys.detail(id ?? ''), queryFn: () => fetchUser(id ?? ''), enabled: !!id });
}

export function useInvalidateUsers() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: userKeys.all }), qc.invalidateQueries({ queryKey: ['audit'] })]);
}
