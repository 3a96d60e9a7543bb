import { Badge, Button, Card, CloseButton, Group, Paper, SegmentedControl, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardText, IconFileUpload } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { INTAKE_SOURCE_LABELS, INTAKE_STATUS_LABELS, INTAKE_STATUSES, type IntakeStatus } from '../../../../shared/intake.ts';
import { formatDate, formatInstant, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AnchorLink } from '../../../ui/links.tsx';
import { FilterBar, ListFooter, ListResults, UrlSearchInput } from '../../../ui/list.tsx';
import { ErrorAlert, fieldError, NoAccess, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan } from '../../auth/auth.queries.ts';
import { FileImport } from '../components/file-import.tsx';
import { IntakeStatusBadge } from '../components/intake-bits.tsx';
import { type IntakeListItem, useIntakeTexts, usePasteText } from '../intake.queries.ts';

const PAGE_SIZE = 20;

function PasteForm() {
  const { tr } = useI18n();
  const navigate = useNavigate();
  const paste = usePasteText();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  const submit = () => {
    if (!text.trim()) {
      setLocal(tr('Dán nội dung văn bản vào đây.', 'Paste the text here.'));
      return;
    }
    setLocal(undefined);
    paste.mutate(
      { title: title.trim() || null, text },
      {
        onSuccess: (r) => {
          if (!r.text) return;
          notifications.show(
            r.duplicate
              ? { color: 'blue', title: tr('Văn bản đã có', 'Already imported'), message: tr('Văn bản này đã được nhập trước đây: mở văn bản đã có, không tạo bản mới.', 'This text was imported before: opening it, nothing new was created.') }
              : { color: 'green', message: tr('Đã đọc văn bản; hãy xem và duyệt các đề xuất.', 'Text read; review what it proposes.') },
          );
          void navigate({ to: '/intake/$id', params: { id: r.text.id } });
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <TextInput label={tr('Tiêu đề (không bắt buộc)', 'Title (optional)')} description={tr('Để trống: lấy dòng đầu của văn bản.', 'Empty: the first line of the text.')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError(paste.error, 'title')} />
      <Textarea
        label={tr('Nội dung', 'Text')}
        placeholder={tr('Dán bài viết, báo cáo, biên bản hội nghị…', 'Paste an article, a report, conference minutes…')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={8}
        maxRows={20}
        error={local ?? fieldError(paste.error, 'text')}
        required
      />
      {paste.error && !fieldError(paste.error, 'text') ? <ErrorAlert error={paste.error} /> : null}
      <Group justify="flex-end">
        <Button onClick={submit} loading={paste.isPending}>
          {tr('Đọc văn bản', 'Read the text')}
        </Button>
      </Group>
    </Stack>
  );
}

function TextRow({ t }: { t: IntakeListItem }) {
  const { tr, label, lang } = useI18n();
  const counts = [
    t.counts.documents ? tr(`${t.counts.documents} văn bản`, `${t.counts.documents} documents`) : null,
    t.counts.people ? tr(`${t.counts.people} người`, `${t.counts.people} people`) : null,
    t.counts.awards ? tr(`${t.counts.awards} khen thưởng`, `${t.counts.awards} awards`) : null,
    t.eventDate ? tr(`sự kiện ${formatDate(t.eventDate)}`, `event ${formatDate(t.eventDate)}`) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder px="sm" py={10} radius="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <AnchorLink to="/intake/$id" params={{ id: t.id }} fw={500}>
            {t.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {t.sourceName} · {label(INTAKE_SOURCE_LABELS[t.sourceKind])} · {formatNumber(t.length, lang)} {tr('ký tự', 'characters')} · {formatInstant(t.createdAt)}
            {t.createdByName ? ` · ${t.createdByName}` : ''}
          </Text>
          <Text size="xs">{counts.length ? counts.join(' · ') : tr('Không đọc được sự kiện nào', 'No facts found')}</Text>
        </Stack>
        <IntakeStatusBadge status={t.status} />
      </Group>
    </Paper>
  );
}

export function IntakePage() {
  const { tr, label, lang } = useI18n();
  const can = useCan();
  const search = useUrlSearch('/intake');
  const q = search.get('q') ?? '';
  const statusParam = search.get('status');
  const status = (INTAKE_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as IntakeStatus) : undefined;
  const batchId = search.get('batch');
  const { data, error, isLoading, isFetching } = useIntakeTexts({ q, status, batchId, page: search.page, pageSize: PAGE_SIZE });
  if (!can('intake.read')) return <NoAccess title={tr('Nhập văn bản', 'Import texts')} message={tr('Vai trò của bạn không nhập văn bản.', 'Your role does not import texts.')} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Nhập văn bản', 'Import texts')}
        subtitle={tr(
          'Dán hoặc tải lên bài viết, báo cáo, biên bản: phần mềm đọc và đề xuất văn bản được trích dẫn, người và chức vụ, khen thưởng, sự kiện để bạn duyệt. Chưa ghi gì vào sổ cho đến khi bạn chấp nhận.',
          'Paste or upload articles, reports, minutes: the software reads them and proposes the documents cited, people and titles, awards and the event for you to review. Nothing is recorded until you accept.',
        )}
      />
      {can('intake.write') && (
        <Card withBorder padding="md">
          <Tabs defaultValue="files" keepMounted>
            <Tabs.List mb="md">
              <Tabs.Tab value="paste" leftSection={<IconClipboardText size={16} />}>
                {tr('Dán văn bản', 'Paste text')}
              </Tabs.Tab>
              <Tabs.Tab value="files" leftSection={<IconFileUpload size={16} />}>
                {tr('Tải tệp', 'Upload files')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="paste">
              <PasteForm />
            </Tabs.Panel>
            <Tabs.Panel value="files">
              <FileImport onShowBatch={(id) => void search.set({ batch: id, status: undefined, q: undefined, page: undefined })} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}

      <Text fw={600} size="lg" mt="sm">
        {tr('Văn bản đã nhập', 'Imported texts')}
      </Text>
      <FilterBar>
        <UrlSearchInput search={search} label={tr('Tìm văn bản đã nhập', 'Find imported texts')} placeholder={tr('Tiêu đề, tên tệp, nội dung — không cần dấu', 'Title, file name, content — accents optional')} fetching={isFetching} style={{ flex: '1 1 260px' }} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="intake-status-label">
            {tr('Trạng thái', 'Status')}
          </Text>
          <SegmentedControl
            aria-labelledby="intake-status-label"
            value={status ?? 'all'}
            onChange={(v) => void search.set({ status: v === 'all' ? undefined : v, page: undefined })}
            data={[{ value: 'all', label: tr('Tất cả', 'All') }, ...INTAKE_STATUSES.map((s) => ({ value: s, label: label(INTAKE_STATUS_LABELS[s]) }))]}
          />
        </Stack>
        {batchId && (
          <Badge size="lg" variant="light" tt="none" rightSection={<CloseButton size="xs" aria-label={tr('Bỏ lọc theo lô', 'Clear the batch filter')} onClick={() => void search.set({ batch: undefined, page: undefined })} />}>
            {tr('Một lô nhập', 'One batch')}
          </Badge>
        )}
      </FilterBar>
      <ErrorAlert error={error} />
      <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={q || status || batchId ? tr('Không có văn bản nào phù hợp.', 'No matching texts.') : tr('Chưa nhập văn bản nào.', 'No texts imported yet.')}>
        {data && (
          <Stack gap="xs" data-testid="intake-list" style={{ opacity: isFetching ? 0.7 : 1 }}>
            {data.items.map((t) => (
              <TextRow key={t.id} t={t} />
            ))}
          </Stack>
        )}
      </ListResults>
      {data && (
        <ListFooter
          summary={tr(`Tổng số: ${formatNumber(data.total, lang)} văn bản`, `${formatNumber(data.total, lang)} texts in total`)}
          total={data.total}
          pageSize={PAGE_SIZE}
          page={search.page}
          onChange={search.setPage}
        />
      )}
    </Stack>
  );
}
