import { ActionIcon, Anchor, Button, Card, FileButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatInstant } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { type Attachment, attachmentUrl, type DocumentDetail, useRemoveAttachment, useUploadAttachment } from '../documents.queries.ts';

const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 12 345 bytes → "12,1 KB"; 2 500 000 → "2,4 MB". */
export function formatSize(bytes: number, lang: 'vi' | 'en') {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${nf.format(Math.max(bytes / 1024, 0.1))} KB`;
  return `${nf.format(bytes / (1024 * 1024))} MB`;
}

export function DocumentAttachments({ doc }: { doc: DocumentDetail }) {
  const { tr, lang } = useI18n();
  const upload = useUploadAttachment(doc.id);
  const remove = useRemoveAttachment(doc.id);
  const canAttach = doc.abilities.attach;
  const [confirming, setConfirming] = useState<Attachment | null>(null);
  const onFile = (file: File | null) => {
    if (!file) return;
    remove.reset();
    upload.mutate(file, {
      onSuccess: (a) => notifications.show({ color: 'green', message: tr(`Đã tải lên “${a.fileName}”.`, `“${a.fileName}” uploaded.`) }),
    });
  };
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Title order={4}>{tr('Tệp đính kèm', 'Attachments')}</Title>
        {canAttach && (
          <FileButton onChange={onFile} accept={ACCEPT} inputProps={{ 'data-testid': 'attachment-input' } as never}>
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} loading={upload.isPending}>
                {tr('Tải lên PDF, DOCX', 'Upload PDF, DOCX')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      <ErrorAlert error={upload.error ?? remove.error} />
      {doc.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tr('Chưa có tệp đính kèm.', 'No attachments yet.')}
        </Text>
      ) : (
        <Stack gap={8} data-testid="attachments">
          {doc.attachments.map((a) => (
            <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
              {a.mediaType === 'application/pdf' ? (
                <IconFileTypePdf size={20} color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
              ) : (
                <IconFileTypeDocx size={20} color="var(--mantine-color-blue-7)" style={{ flexShrink: 0 }} />
              )}
              <div style={{ flex: 1, minWidth: 0 }}>
                <Anchor href={attachmentUrl(doc.id, a.id)} download={a.fileName} size="sm" style={{ wordBreak: 'break-word' }}>
                  {a.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatSize(a.size, lang)} · {formatInstant(a.createdAt)}
                </Text>
              </div>
              {canAttach && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={tr(`Xóa tệp ${a.fileName}`, `Remove ${a.fileName}`)}
                  loading={remove.isPending && remove.variables === a.id}
                  onClick={() => {
                    upload.reset();
                    setConfirming(a);
                  }}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={!!confirming} onClose={() => setConfirming(null)} title={tr('Xóa tệp đính kèm', 'Remove attachment')}>
        <Text size="sm">{tr(`Xóa tệp “${confirming?.fileName ?? ''}” khỏi văn bản này?`, `Remove “${confirming?.fileName ?? ''}” from this document?`)}</Text>
        <FormActions
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            if (confirming) remove.mutate(confirming.id, { onSettled: () => setConfirming(null) });
          }}
          busy={remove.isPending}
          color="red"
          submitLabel={tr('Xóa', 'Remove')}
        />
      </Modal>
    </Card>
  );
}
