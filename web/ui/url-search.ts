import { useDebouncedCallback } from '@mantine/hooks';
import { type LinkProps, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';

type SearchValue = string | number | boolean | null | undefined;

/**
 * Filters kept in the address (so Back and shared links keep them). Routes
 * have no search schema, so values are read back as strings.
 */
export function useUrlSearch(to: NonNullable<LinkProps['to']>) {
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
  /** The list page in `page` (1 when absent); page 1 leaves the address. */
  const page = Math.max(1, Number(get('page') ?? 1) || 1);
  const setPage = (p: number) => set({ page: p === 1 ? undefined : p });
  return { get, set, page, setPage };
}

export type UrlSearch = ReturnType<typeof useUrlSearch>;

/**
 * The text of a search box kept in the address under `key` (debounced; a new
 * search goes back to page 1). Returns the text to show and its change handler.
 */
export function useUrlSearchText(search: UrlSearch, key = 'q') {
  const q = search.get(key) ?? '';
  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  const push = useDebouncedCallback((value: string) => void search.set({ [key]: value.trim(), page: undefined }), 300);
  if (q !== seenQ) {
    // The address changed (Back, a link): show its search unless the user is still typing.
    setSeenQ(q);
    if (text.trim() !== q && !push.isPending()) setText(q);
  }
  const onChange = (value: string) => {
    setText(value);
    push(value);
  };
  return [text, onChange] as const;
}
