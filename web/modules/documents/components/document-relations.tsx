import { ActionIcon, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentRelation } from '../../../../shared/documents.ts';
import { DOCUMENT_RELATION_INCOMING_LABELS, DOCUMENT_RELATION_LABELS } from '../../../../shared/labels.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert, fieldError } from '../../../ui/page.tsx';
import { type DocumentDetail, useAddRelation, useRemoveRelation } from '../documents.queries.ts';
import { DocumentLink, useDocumentOptions } from './document-bits.tsx';
import { DocumentSelect } from './document-select.tsx';

function AddRelationForm({ doc, onDone }: { doc: DocumentDetail; onDone: () => void }) {
  const { tr } = useI18n();
  const options = useDocumentOptions();
  const add = useAddRelation(doc.id);
  const [relation, setRelation] = useState<DocumentRelation>('implements');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!targetId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    add.mutate(
      { relation, targetId },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: tr('Đã thêm liên kết văn bản.', 'Relation added.') });
          onDone();
        },
      },
    );
  };
  return (
    <Stack gap="xs" mt="sm" data-testid="add-relation">
      <ErrorAlert error={add.error && !fieldError(add.error, 'targetId') ? add.error : null} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={tr('Văn bản này', 'This document')}
          data={options.relations}
          value={relation}
          onChange={(v) => v && setRelation(v as DocumentRelation)}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
          comboboxProps={{ withinPortal: true }}
        />
        <div style={{ flex: '1 1 280px' }}>
          <DocumentSelect
            label={tr('Văn bản liên quan', 'Related document')}
            value={targetId}
            onChange={setTargetId}
            exclude={[doc.id]}
            error={missing ? tr('Chọn văn bản.', 'Choose a document.') : fieldError(add.error, 'targetId')}
          />
        </div>
      </Group>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone}>
          {tr('Hủy', 'Cancel')}
        </Button>
        <Button onClick={submit} loading={add.isPending}>
          {tr('Thêm liên kết', 'Add relation')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Relations both ways: what this document replaces, implements…, and what replaces, implements… it. */
export function DocumentRelations({ doc }: { doc: DocumentDetail }) {
  const { tr, label } = useI18n();
  const [adding, setAdding] = useState(false);
  const remove = useRemoveRelation(doc.id);
  const { outgoing, incoming } = doc.relations;
  const canEdit = doc.abilities.edit;
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{tr('Văn bản liên quan', 'Related documents')}</Title>
        {canEdit && !adding && (
          <Button size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => setAdding(true)}>
            {tr('Thêm liên kết', 'Add relation')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={remove.error} />
      {outgoing.length === 0 && incoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tr('Chưa có liên kết với văn bản khác.', 'No relations to other documents yet.')}
        </Text>
      ) : (
        <Stack gap={8} data-testid="relations">
          {outgoing.map((r) => (
            <Group key={`out-${r.relation}-${r.document.id}`} gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="xs" c="dimmed" fw={500}>
                  {label(DOCUMENT_RELATION_LABELS[r.relation])}
                </Text>
                <DocumentLink id={r.document.id} size="sm">
                  {r.document.citation}
                </DocumentLink>
              </div>
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={tr('Bỏ liên kết', 'Remove relation')}
                  loading={remove.isPending && remove.variables?.targetId === r.document.id && remove.variables.relation === r.relation}
                  onClick={() => remove.mutate({ relation: r.relation, targetId: r.document.id })}
                >
                  <IconX size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {incoming.map((r) => (
            <div key={`in-${r.relation}-${r.document.id}`}>
              <Text size="xs" c="dimmed" fw={500}>
                {label(DOCUMENT_RELATION_INCOMING_LABELS[r.relation])}
              </Text>
              <DocumentLink id={r.document.id} size="sm">
                {r.document.citation}
              </DocumentLink>
            </div>
          ))}
        </Stack>
      )}
      {adding && <AddRelationForm doc={doc} onDone={() => setAdding(false)} />}
    </Card>
  );
}
