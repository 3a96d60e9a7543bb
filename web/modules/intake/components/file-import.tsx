import { Alert, Badge, Button, FileButton, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AnchorLink } from '../../../ui/links.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { createBatch, type UploadItem, uploadIntakeFile, useInvalidateIntake } from '../intake.queries.ts';

/** The server refuses larger uploads (ADR 009's attachment limit); checked here too, to say so at once. */
const MAX_BYTES = 20 * 1024 * 1024;
export const INTAKE_ACCEPT = '.txt,.docx,.pdf,.zip,text/plain,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Result {
  name: string;
  outcome: UploadItem['outcome'];
  message: string | null;
  textId: string | null;
}

interface Run {
  batchId: string | null;
  total: number;
  done: number;
  current: string | null;
  percent: number;
  results: Result[];
  finished: boolean;
}

const OUTCOME_COLORS = { new: 'blue', duplicate: 'gray', error: 'red' } as const;

/**
 * "Tải tệp": many files at once (or a zip of many) as one batch — one upload
 * per file, a progress bar over the whole batch, then each file's outcome.
 */
export function FileImport({ onShowBatch }: { onShowBatch: (batchId: string) => void }) {
  const { tr, lang } = useI18n();
  const invalidate = useInvalidateIntake();
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const resetRef = useRef<() => void>(null);
  const busy = !!run && !run.finished;

  const toResult = (i: UploadItem): Result => ({ name: i.name, outcome: i.outcome, message: i.message ? i.message[lang] : null, textId: i.text?.id ?? null });

  const start = async (files: File[]) => {
    resetRef.current?.();
    if (files.length === 0 || busy) return;
    setError(null);
    const results: Result[] = [];
    setRun({ batchId: null, total: files.length, done: 0, current: null, percent: 0, results, finished: false });
    let batchId: string;
    try {
      batchId = (await createBatch(files.length)).id;
    } catch (e) {
      setError(e);
      setRun(null);
      return;
    }
    for (const [n, file] of files.entries()) {
      setRun((r) => r && { ...r, batchId, current: file.name, percent: 0 });
      if (file.size > MAX_BYTES) {
        results.push({
          name: file.name,
          outcome: 'error',
          message: tr(`Tệp quá lớn (${(file.size / 1048576).toFixed(1)} MB); tối đa 20 MB.`, `The file is too large (${(file.size / 1048576).toFixed(1)} MB); the limit is 20 MB.`),
          textId: null,
        });
      } else {
        try {
          const items = await uploadIntakeFile(file, batchId, (percent) => setRun((r) => r && { ...r, percent }));
          results.push(...items.map(toResult));
        } catch (e) {
          const entries = e instanceof ApiError && Array.isArray(e.data?.items) ? (e.data.items as { name: string; message: { vi: string; en: string } | null }[]) : null;
          if (entries && entries.length > 1) results.push(...entries.map((x) => ({ name: x.name, outcome: 'error' as const, message: x.message ? x.message[lang] : null, textId: null })));
          else results.push({ name: file.name, outcome: 'error', message: e instanceof Error ? e.message : String(e), textId: null });
        }
      }
      setRun((r) => r && { ...r, done: n + 1, percent: 0, results: [...results] });
    }
    setRun((r) => r && { ...r, current: null, finished: true });
    void invalidate();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void start(Array.from(e.dataTransfer.files));
  };

  const count = (o: Result['outcome']) => run?.results.filter((r) => r.outcome === o).length ?? 0;
  const value = run ? Math.round(((run.done + (run.finished ? 0 : run.percent / 100)) / run.total) * 100) : 0;

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        p="lg"
        radius="md"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-blue-0)' : undefined, textAlign: 'center' }}
        data-testid="intake-dropzone"
      >
        <Stack align="center" gap="xs">
          <IconFileUpload size={36} color="var(--mantine-color-gray-6)" />
          <Text fw={500}>{tr('Kéo thả tệp vào đây, hoặc chọn tệp', 'Drop files here, or choose them')}</Text>
          <Text size="sm" c="dimmed">
            {tr(
              'Tệp .txt, .docx, .pdf (có lớp chữ) hoặc .zip chứa nhiều tệp; tối đa 20 MB mỗi tệp. Văn bản đã nhập trước đây sẽ không bị nhập lại.',
              '.txt, .docx, .pdf (with a text layer) or a .zip of many; up to 20 MB each. Texts imported before are not imported again.',
            )}
          </Text>
          <FileButton resetRef={resetRef} onChange={(files) => void start(files)} accept={INTAKE_ACCEPT} multiple disabled={busy} inputProps={{ 'data-testid': 'intake-file-input' } as never}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={busy}>
                {tr('Chọn tệp', 'Choose files')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>

      <ErrorAlert error={error} />

      {run && (
        <Stack gap={4} data-testid="intake-progress">
          <Progress value={value} size="lg" striped={!run.finished} animated={!run.finished} aria-label={tr('Tiến độ nhập tệp', 'Import progress')} />
          <Text size="sm" c="dimmed">
            {run.finished
              ? tr(`Đã xử lý ${run.done}/${run.total} tệp.`, `Processed ${run.done}/${run.total} files.`)
              : tr(`Đang xử lý ${run.done + 1}/${run.total} tệp… ${run.current ?? ''}`, `Processing file ${run.done + 1}/${run.total}… ${run.current ?? ''}`)}
          </Text>
        </Stack>
      )}

      {run?.finished && (
        <Stack gap="xs" data-testid="intake-batch-result">
          <Alert color={count('error') > 0 ? 'orange' : 'green'} variant="light" p="sm">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" fw={500} data-testid="intake-batch-summary">
                {tr(`${count('new')} mới, ${count('duplicate')} đã có`, `${count('new')} new, ${count('duplicate')} already there`)}
                {count('error') > 0 ? tr(`, ${count('error')} lỗi`, `, ${count('error')} failed`) : ''}
              </Text>
              {run.batchId && count('new') + count('duplicate') > 0 && (
                <Button size="xs" variant="light" onClick={() => onShowBatch(run.batchId as string)}>
                  {tr('Xem các văn bản của lô này', 'Show this batch’s texts')}
                </Button>
              )}
            </Group>
          </Alert>
          <Table striped withTableBorder verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tr('Tệp', 'File')}</Table.Th>
                <Table.Th>{tr('Kết quả', 'Result')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.results.map((r, i) => (
                <Table.Tr key={`${r.name}-${i}`} data-outcome={r.outcome}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{r.name}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" tt="none" color={OUTCOME_COLORS[r.outcome]}>
                      {r.outcome === 'new' ? tr('Mới', 'New') : r.outcome === 'duplicate' ? tr('Đã có', 'Already there') : tr('Lỗi', 'Failed')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.textId ? (
                      <AnchorLink to="/intake/$id" params={{ id: r.textId }} size="sm">
                        {tr('Xem và duyệt', 'Review')}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" c="red">
                        {r.message}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
