import { Alert, Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconEdit, IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { documentKindInfo, ISSUERS, toRoman } from '../../../../shared/documents.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { Field } from '../../../ui/field.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { UnitLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useUnit } from '../../units/index.ts';
import { DocumentAttachments } from '../components/document-attachments.tsx';
import { CatalogueBadge, DocumentStatusBadge } from '../components/document-bits.tsx';
import { DocumentFormModal } from '../components/document-form-modal.tsx';
import { DocumentRelations } from '../components/document-relations.tsx';
import { ReviewTimeline } from '../components/review-timeline.tsx';
import { type DocumentDetail, documentKeys, useDeleteDocument, useDocument } from '../documents.queries.ts';

/** The owner's name: the detail answer carries only its id. */
function OwnerName({ id }: { id: string | null }) {
  const { tr } = useI18n();
  const { data } = useUnit(id);
  if (!id) return <>{tr('Văn bản Trung ương', 'Central document')}</>;
  return (
    <UnitLink id={id} size="sm">
      {data?.name ?? '…'}
    </UnitLink>
  );
}

function DeleteModal({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose: () => void }) {
  const { tr } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const del = useDeleteDocument(doc.id);
  const confirm = () =>
    del.mutate(doc.version, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: tr(`Đã xóa: ${doc.citation}`, `Deleted: ${doc.citation}`) });
        onClose();
        void navigate({ to: '/documents' }).then(() => qc.removeQueries({ queryKey: documentKeys.detail(doc.id) }));
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={tr('Xóa văn bản', 'Delete document')}>
      <Stack gap="sm">
        <MutationError
          error={del.error}
          onReload={() => {
            del.reset();
            void qc.invalidateQueries({ queryKey: documentKeys.detail(doc.id) });
          }}
        />
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {tr(
            `Xóa “${doc.citation}” khỏi sổ văn bản? Tệp đính kèm, liên kết và mốc sơ kết, tổng kết của văn bản cũng bị xóa; thao tác được ghi vào nhật ký thay đổi.`,
            `Delete “${doc.citation}” from the registry? Its attachments, relations and review milestones go too; the change is recorded in the audit log.`,
          )}
        </Alert>
        <FormActions onCancel={onClose} onConfirm={confirm} submitLabel={tr('Xóa', 'Delete')} color="red" busy={del.isPending} mt={0} />
      </Stack>
    </Modal>
  );
}

function Sources({ doc }: { doc: DocumentDetail }) {
  const { tr } = useI18n();
  if (doc.sources.length === 0) return null;
  return (
    <Card withBorder padding="md">
      <Title order={4} mb="xs">
        {tr('Nguồn tham chiếu', 'Sources')}
      </Title>
      <Stack gap="sm" data-testid="sources">
        {doc.sources.map((s, i) => (
          <div key={`${s.url}-${i}`}>
            {/^https?:\/\//u.test(s.url) ? (
              <Anchor href={s.url} target="_blank" rel="noopener noreferrer" size="sm" fw={500}>
                {s.title} <IconExternalLink size={12} style={{ verticalAlign: 'middle' }} />
              </Anchor>
            ) : (
              <Text size="sm" fw={500}>
                {s.title}
              </Text>
            )}
            {s.checked && (
              <Text size="xs" c="dimmed">
                {tr(`Đối chiếu ngày ${formatDate(s.checked)}`, `Checked on ${formatDate(s.checked)}`)}
              </Text>
            )}
            {s.facts && (
              <Text size="sm" c="dimmed" mt={2}>
                {s.facts}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function DocumentView({ doc }: { doc: DocumentDetail }) {
  const { tr, label } = useI18n();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const kind = documentKindInfo(doc.kind);
  const issuer = doc.issuerCode ? ISSUERS.find((i) => i.code === doc.issuerCode) : undefined;
  const short = `${kind.vi} ${doc.symbol ?? doc.number}`;
  return (
    <Stack gap="md">
      <PageHeader
        crumbs={[{ label: tr('Văn bản', 'Documents'), to: '/documents' }, { label: short }]}
        title={
          <Text component="span" inherit fz={{ base: 20, sm: 26 }} style={{ lineHeight: 1.3 }} data-testid="document-citation">
            {doc.citation}
          </Text>
        }
        actions={
          (doc.abilities.edit || doc.abilities.delete) && (
            <>
              {doc.abilities.edit && (
                <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
                  {tr('Sửa', 'Edit')}
                </Button>
              )}
              {doc.abilities.delete && (
                <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                  {tr('Xóa', 'Delete')}
                </Button>
              )}
            </>
          )
        }
      />
      <Group gap={6} mt={-8}>
        <DocumentStatusBadge status={doc.status} />
        {doc.fromCatalogue && <CatalogueBadge />}
        {doc.ownerUnitId === null && (
          <Badge variant="light" color="red" size="sm" tt="none">
            {tr('Văn bản Trung ương', 'Central document')}
          </Badge>
        )}
      </Group>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Field label={tr('Loại văn bản', 'Kind')}>{label(kind)}</Field>
          <Field label={tr('Số', 'Number')}>{doc.number}</Field>
          <Field label={tr('Ký hiệu', 'Symbol')}>{doc.symbol}</Field>
          <Field label={tr('Ngày ban hành', 'Issue date')}>{formatDate(doc.issueDate)}</Field>
          <Field label={tr('Cơ quan ban hành', 'Issuing body')}>
            {doc.issuerName}
            {issuer && issuer.vi !== doc.issuerName ? ` (${label(issuer)})` : null}
          </Field>
          <Field label={tr('Khóa', 'Term')}>{doc.term ? `${toRoman(doc.term)} (${doc.term})` : null}</Field>
          <Field label={tr('Tình trạng hiệu lực', 'Status')}>
            <DocumentStatusBadge status={doc.status} />
          </Field>
          <Field label={tr('Đơn vị quản lý', 'Owner unit')}>
            <OwnerName id={doc.ownerUnitId} />
          </Field>
        </SimpleGrid>
        <Stack gap="sm" mt="sm">
          <Field label={tr('Trích yếu', 'Subject')}>{doc.subject}</Field>
          <Field label={tr('Lĩnh vực', 'Fields')}>{doc.fields.map((f) => label(DOCUMENT_FIELD_LABELS[f])).join(', ')}</Field>
          {doc.note && (
            <Field label={tr('Ghi chú', 'Note')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {doc.note}
              </Text>
            </Field>
          )}
        </Stack>
      </Card>
      <ReviewTimeline doc={doc} />
      <DocumentRelations doc={doc} />
      <DocumentAttachments doc={doc} />
      <Sources doc={doc} />
      <DocumentFormModal opened={dialog === 'edit'} onClose={() => setDialog(null)} doc={doc} />
      <DeleteModal doc={doc} opened={dialog === 'delete'} onClose={() => setDialog(null)} />
    </Stack>
  );
}

export function DocumentDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useDocument(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/documents', label: tr('Văn bản', 'Documents'), back: tr('Về danh sách văn bản', 'Back to documents') },
        message: tr('Văn bản không tồn tại, đã bị xóa hoặc nằm ngoài phạm vi của bạn.', 'It does not exist, was deleted, or is outside your scope.'),
      }}
    >
      {(doc) => <DocumentView doc={doc} />}
    </DetailPage>
  );
}
