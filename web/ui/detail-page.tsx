import { Button, Group, Stack, Text } from '@mantine/core';
import { Link, type LinkProps, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorAlert, PageHeader, PageLoader } from './page.tsx';

/** The `$id` of a detail page's address. */
export const useRecordId = (): string | undefined => (useParams({ strict: false }) as { id?: string }).id;

export interface NotFoundProps {
  /** The list the record belongs to: its address, its name in the breadcrumbs, the text of the way back. */
  list: { to: NonNullable<LinkProps['to']>; label: string; back: string };
  /** "Không tìm thấy" unless more precise. */
  title?: string;
  /** Why it may be missing. */
  message: string;
}

/** A record that does not exist, was deleted or is outside the user's scope (a 404 never tells which). */
export function NotFound({ list, title, message }: NotFoundProps) {
  const { tr } = useI18n();
  return (
    <Stack>
      <PageHeader title={title ?? tr('Không tìm thấy', 'Not found')} crumbs={[{ label: list.label, to: list.to }]} />
      <Text c="dimmed">{message}</Text>
      <Group>
        <Button component={Link} to={list.to} variant="light">
          {list.back}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The frame of a detail page: a spinner while the record loads, NotFound for
 * a missing id or a 404, an error alert for anything else, else the record
 * (with `refetch`, which resolves with the record as the server has it now).
 */
export function DetailPage<T>({
  id,
  query,
  notFound,
  children,
}: {
  id: string | undefined;
  query: { data: T | undefined; error: unknown; isLoading: boolean; refetch: () => Promise<{ data: T | undefined }> };
  notFound: NotFoundProps;
  children: (record: T, refetch: () => Promise<T | undefined>) => ReactNode;
}) {
  const { tr } = useI18n();
  const { data, error, isLoading } = query;
  const refetch = async () => (await query.refetch()).data;
  if (isLoading) return <PageLoader />;
  if (!id || (error instanceof ApiError && error.status === 404)) return <NotFound {...notFound} />;
  if (data === undefined) return <ErrorAlert error={error ?? new Error(tr('Không tải được dữ liệu.', 'Could not load the record.'))} />;
  return <>{children(data, refetch)}</>;
}
