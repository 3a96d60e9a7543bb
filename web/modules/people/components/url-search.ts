import { useNavigate, useSearch } from '@tanstack/react-router';

type SearchValue = string | number | boolean | null | undefined;

/**
 * Filters kept in the address (so Back and shared links keep them). Routes
 * have no search schema, so values are read back as strings.
 */
export function useUrlSearch(to: '/people' | '/users' | '/audit') {
  const raw = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const get = (key: string): string | undefined => {
    const v = raw[key];
    return v === undefined || v === null || v === '' ? undefined : String(v);
  };
  const set = (patch: Record<string, SearchValue>) =>
    navigate({
      to,
      replace: true,
      search: ((prev: Record<string, unknown>) => {
        const next: Record<string, unknown> = { ...prev, ...patch };
        for (const [k, v] of Object.entries(next)) if (v === undefined || v === null || v === '') delete next[k];
        return next;
      }) as never,
    });
  return { get, set };
}
