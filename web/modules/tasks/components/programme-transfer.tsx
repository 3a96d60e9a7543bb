import { Alert, Button, FileButton, Group, List, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { programmeExportUrl, useImportProgramme } from '../tasks.queries.ts';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Xuất Excel" link of a programme. */
export function ProgrammeExportButton({ id }: { id: string }) {
  const { tr } = useI18n();
  return (
    <Button component="a" href={programmeExportUrl(id)} download variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
      {tr('Xuất Excel', 'Export to Excel')}
    </Button>
  );
}

/** "Nhập từ Excel": the button; the progress and the outcome are shown by `ProgrammeImportStatus` from the same state. */
export function useProgrammeImport(id: string) {
  const { tr } = useI18n();
  const m = useImportProgramme(id);
  const [percent, setPercent] = useState<number | null>(null);
  const resetRef = useRef<() => void>(null);
  const start = (file: File | null) => {
    // Clear the input so that picking the same file again (after fixing it) fires again.
    resetRef.current?.();
    if (!file) return;
    setPercent(0);
    m.mutate(
      { file, onProgress: setPercent },
      {
        onSuccess: (s) =>
          notifications.show({
            color: 'green',
            title: tr('Đã nhập từ Excel', 'Imported from Excel'),
            message: tr(`Thêm mới ${s.created}, cập nhật ${s.updated}, không đổi ${s.unchanged} nhiệm vụ.`, `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged.`),
          }),
      },
    );
  };
  const button = (
    <FileButton resetRef={resetRef} onChange={start} accept={XLSX_ACCEPT} disabled={m.isPending} inputProps={{ 'data-testid': 'programme-import-input' } as never}>
      {(props) => (
        <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={m.isPending}>
          {tr('Nhập từ Excel', 'Import from Excel')}
        </Button>
      )}
    </FileButton>
  );
  const status = <ImportStatus pending={m.isPending} percent={percent} error={m.error} onDismiss={() => m.reset()} />;
  return { button, status };
}

function ImportStatus({ pending, percent, error, onDismiss }: { pending: boolean; percent: number | null; error: unknown; onDismiss: () => void }) {
  const { tr } = useI18n();
  if (pending) {
    return percent === null ? (
      <Stack gap={4} data-testid="programme-import-progress">
        <Progress value={100} striped animated aria-label={tr('Đang kiểm tra và lưu…', 'Checking and saving…')} />
        <Text size="sm" c="dimmed">
          {tr('Đang kiểm tra và lưu…', 'Checking and saving…')}
        </Text>
      </Stack>
    ) : (
      <Stack gap={4} data-testid="programme-import-progress">
        <Progress value={percent} aria-label={tr('Đang tải tệp lên', 'Uploading the file')} />
        <Text size="sm" c="dimmed">
          {tr(`Đang tải tệp lên… ${percent}%`, `Uploading… ${percent}%`)}
        </Text>
      </Stack>
    );
  }
  if (!error) return null;
  if (!(error instanceof ApiError) || error.status !== 422) return <ErrorAlert error={error} />;
  // A whole-file error repeats its message under `file`: show it once.
  const fields = Object.entries(error.fields).filter(([k, v]) => !(k === 'file' && v === error.message));
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      title={tr('Không nhập được — chưa có gì được lưu', 'Import refused — nothing was saved')}
      role="alert"
      withCloseButton
      onClose={onDismiss}
      data-testid="programme-import-errors"
    >
      <Text size="sm">{error.message}</Text>
      {fields.length > 0 && (
        <ScrollArea.Autosize mah={240} mt="xs" type="auto">
          <List size="sm" spacing={2}>
            {fields.map(([where, message]) => (
              <List.Item key={where}>
                <Text span size="sm" fw={500}>
                  {where}
                </Text>
                : {message}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
    </Alert>
  );
}

export function ProgrammeTransferActions({ id, canWrite }: { id: string; canWrite: boolean }) {
  const imp = useProgrammeImport(id);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <ProgrammeExportButton id={id} />
        {canWrite && imp.button}
      </Group>
      {imp.status}
    </Stack>
  );
}
