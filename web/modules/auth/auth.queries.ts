import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '../../../shared/access.ts';
import { api, ApiError, unwrap } from '../../api/client.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        return await unwrap(api.auth.me.$get());
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}
export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

export function useCan() {
  const { data } = useMe();
  return (permission: Permission) => !!data?.permissions.includes(permission);
}

export function useSignOut() {
  const qc = useQueryClient();
  return async () => {
    await api.auth.logout.$post();
    qc.clear();
    qc.setQueryData(meQueryKey, null);
  };
}
