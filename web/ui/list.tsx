import { Card, Group, Loader, Pagination, Table, type TableProps, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { PageLoader } from './page.tsx';
import { type UrlSearch, useUrlSearchText } from './url-search.ts';

/** The search box of a list: a magnifier in front, a spinner behind while results load. */
export function SearchInput({
  value,
  onChange,
  fetching = false,
  ...rest
}: Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'leftSection' | 'rightSection'> & { value: string; onChange: (value: string) => void; fetching?: boolean }) {
  return (
    <TextInput
      {...rest}
      leftSection={<IconSearch size={16} />}
      rightSection={fetching ? <Loader size="xs" /> : null}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      type="search"
    />
  );
}

/** The filters above a list, in a card, side by side and wrapping on narrow screens. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {children}
      </Group>
    </Card>
  );
}

/** A SearchInput whose text is kept in the address (`q`), for list pages whose filters live there. */
export function UrlSearchInput({ search, ...rest }: Omit<Parameters<typeof SearchInput>[0], 'value' | 'onChange'> & { search: UrlSearch }) {
  const [text, setText] = useUrlSearchText(search);
  return <SearchInput {...rest} value={text} onChange={setText} />;
}

/**
 * What a list shows: a spinner while loading, `emptyText` when nothing
 * matches, else its children. `compact` for a list inside a card.
 */
export function ListResults({ loading, empty, emptyText, compact = false, children }: { loading: boolean; empty: boolean; emptyText: ReactNode; compact?: boolean; children: ReactNode }) {
  if (loading)
    return compact ? (
      <Group justify="center" py="lg">
        <Loader size="sm" />
      </Group>
    ) : (
      <PageLoader />
    );
  if (empty)
    return compact ? (
      <Text c="dimmed" size="sm" ta="center" py="md">
        {emptyText}
      </Text>
    ) : (
      <Card withBorder>
        <Text c="dimmed" ta="center" py="md">
          {emptyText}
        </Text>
      </Card>
    );
  return <>{children}</>;
}

/** The table of a list page, in a card, scrolling sideways below `minWidth`; dimmed while newer results load. */
export function ResultsTable({ minWidth, fetching, striped = true, children, ...rest }: Omit<TableProps, 'style'> & { minWidth: number; fetching: boolean; 'data-testid'?: string }) {
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table {...rest} striped={striped} highlightOnHover verticalSpacing="sm" style={{ opacity: fetching ? 0.7 : 1 }}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

interface PagerProps {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}

/** Page buttons for `total` items, `pageSize` a page (centred on a line of their own when `center`); nothing when one page holds them all. */
export function Pager({ total, pageSize, page, onChange, center = false }: PagerProps & { center?: boolean }) {
  const { tr } = useI18n();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const pagination = (
    <Pagination
      total={pages}
      value={Math.min(page, pages)}
      onChange={onChange}
      size="sm"
      siblings={isPhone ? 0 : 1}
      getControlProps={(c) => (c === 'previous' ? { 'aria-label': tr('Trang trước', 'Previous page') } : c === 'next' ? { 'aria-label': tr('Trang sau', 'Next page') } : {})}
    />
  );
  return center ? <Group justify="center">{pagination}</Group> : pagination;
}

/** Under a list: how many there are in all, and the page buttons. */
export function ListFooter({ summary, ...pager }: PagerProps & { summary: ReactNode }) {
  if (pager.total <= 0) return null;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      <Pager {...pager} />
    </Group>
  );
}
