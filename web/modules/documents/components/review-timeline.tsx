import { ActionIcon, Button, Card, Group, Modal, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCalendarPlus, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReviewKind } from '../../../../shared/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { useMe } from '../../auth/auth.queries.ts';
import { type DocumentDetail, type Milestone, milestoneState, useAddMilestone, useRemoveMilestone, useReopenMilestone } from '../documents.queries.ts';
import { DocumentLink, REVIEW_STATE_COLORS, ReviewStateBadge, useMilestoneLabel } from './document-bits.tsx';
import { AddMilestoneModal, type CompleteTarget, CompleteMilestoneModal } from './review-modals.tsx';

/** The review milestones of a document: suggested ones to add, the timeline, and recording each as done for the user's unit. */
export function ReviewTimeline({ doc }: { doc: DocumentDetail }) {
  const { tr } = useI18n();
  const { data: me } = useMe();
  const milestoneLabel = useMilestoneLabel();
  const add = useAddMilestone(doc.id);
  const remove = useRemoveMilestone();
  const reopen = useReopenMilestone();
  const [completing, setCompleting] = useState<CompleteTarget | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Milestone | null>(null);
  const ownUnitId = me?.scopeRootId ?? null;
  const canReview = doc.abilities.review;
  // A document-wide milestone needs the right to edit the document; otherwise it is the user's unit's own.
  const wideOk = doc.abilities.edit;
  const canDelete = (m: Milestone) => canReview && (m.unitId !== null || wideOk);
  const suggestions = doc.suggestions.filter((s) => !doc.milestones.some((m) => m.kind === s.kind && m.yearsAfter === s.yearsAfter));
  const titleOf = (m: Milestone) => `${milestoneLabel(m)} — ${doc.citation}`;

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Title order={4}>{tr('Lịch sơ kết, tổng kết', 'Review timeline')}</Title>
        {canReview && (wideOk || ownUnitId) && (
          <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={14} />} onClick={() => setAdding(true)}>
            {tr('Thêm mốc', 'Add milestone')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={add.error ?? remove.error ?? reopen.error} />
      {canReview && (wideOk || ownUnitId) && suggestions.length > 0 && (
        <Group gap="xs" mb="sm" wrap="wrap">
          {suggestions.map((s) => (
            <Button
              key={`${s.kind}-${s.yearsAfter}`}
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} />}
              maw="100%"
              h="auto"
              mih={30}
              py={4}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              loading={add.isPending && add.variables?.kind === s.kind && add.variables.yearsAfter === s.yearsAfter}
              onClick={() =>
                add.mutate(
                  { kind: s.kind, yearsAfter: s.yearsAfter, dueDate: null, label: null, unitId: wideOk ? null : ownUnitId },
                  { onSuccess: () => notifications.show({ color: 'green', message: tr(`Đã thêm mốc ngày ${formatDate(s.dueDate)}.`, `Milestone added for ${formatDate(s.dueDate)}.`) }) },
                )
              }
            >
              {tr(
                `Thêm theo gợi ý: ${milestoneLabel({ kind: s.kind as ReviewKind, yearsAfter: s.yearsAfter })} (${formatDate(s.dueDate)})`,
                `Add suggested: ${milestoneLabel({ kind: s.kind as ReviewKind, yearsAfter: s.yearsAfter })} (${formatDate(s.dueDate)})`,
              )}
            </Button>
          ))}
        </Group>
      )}
      {doc.milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          {doc.issueDate
            ? tr('Chưa có mốc sơ kết, tổng kết.', 'No review milestones yet.')
            : tr('Chưa có mốc sơ kết, tổng kết. Văn bản chưa có ngày ban hành nên chỉ thêm được mốc theo ngày cụ thể.', 'No review milestones yet. The document has no issue date, so milestones need an explicit date.')}
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} data-testid="review-timeline" mt="xs">
          {doc.milestones.map((m) => {
            const state = milestoneState(m);
            return (
              <Timeline.Item
                key={m.id}
                color={REVIEW_STATE_COLORS[state]}
                bullet={state === 'done' ? <IconCheck size={13} /> : null}
                title={
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} size="sm">
                      {milestoneLabel(m)}
                    </Text>
                    <ReviewStateBadge state={state} />
                    {m.unitId && (
                      <Text size="xs" c="dimmed">
                        {tr('(mốc riêng của đơn vị)', '(a unit’s own milestone)')}
                      </Text>
                    )}
                  </Group>
                }
              >
                <Text size="sm" c="dimmed">
                  {m.yearsAfter
                    ? tr(`Đến hạn ${formatDate(m.dueDate)} · ${m.yearsAfter} năm sau ngày ban hành`, `Due ${formatDate(m.dueDate)} · ${m.yearsAfter} years after issue`)
                    : tr(`Đến hạn ${formatDate(m.dueDate)}`, `Due ${formatDate(m.dueDate)}`)}
                </Text>
                {m.completion && (
                  <Text size="sm" mt={2}>
                    {tr(`Đã thực hiện ngày ${formatDate(m.completion.doneDate)}`, `Held on ${formatDate(m.completion.doneDate)}`)}
                    {m.completion.reportRef && ` · ${tr('Báo cáo', 'Report')}: ${m.completion.reportRef}`}
                    {m.completion.reportDocumentId && (
                      <>
                        {' · '}
                        <DocumentLink id={m.completion.reportDocumentId} size="sm">
                          {tr('văn bản báo cáo', 'report document')}
                        </DocumentLink>
                      </>
                    )}
                  </Text>
                )}
                {m.completion?.note && (
                  <Text size="xs" c="dimmed">
                    {m.completion.note}
                  </Text>
                )}
                {canReview && ownUnitId && (
                  <Group gap="xs" mt={6}>
                    {m.completion ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        leftSection={<IconArrowBackUp size={14} />}
                        loading={reopen.isPending && reopen.variables?.milestoneId === m.id}
                        onClick={() => reopen.mutate({ milestoneId: m.id, unitId: ownUnitId })}
                      >
                        {tr('Mở lại', 'Reopen')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="green"
                        leftSection={<IconCheck size={14} />}
                        onClick={() => setCompleting({ milestoneId: m.id, title: titleOf(m), documentId: doc.id, unitId: ownUnitId, unitName: me?.unit?.name })}
                      >
                        {tr('Ghi nhận đã thực hiện', 'Record as done')}
                      </Button>
                    )}
                    {canDelete(m) && (
                      <ActionIcon size="sm" variant="subtle" color="red" aria-label={tr('Xóa mốc', 'Delete milestone')} onClick={() => setDeleting(m)}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <CompleteMilestoneModal target={completing} onClose={() => setCompleting(null)} />
      <AddMilestoneModal opened={adding} onClose={() => setAdding(false)} documentId={doc.id} issueDate={doc.issueDate} canDocumentWide={wideOk} ownUnitId={ownUnitId} />
      <Modal opened={!!deleting} onClose={() => setDeleting(null)} title={tr('Xóa mốc sơ kết, tổng kết', 'Delete review milestone')}>
        <Text size="sm">
          {deleting &&
            tr(
              `Xóa mốc “${milestoneLabel(deleting)}” (đến hạn ${formatDate(deleting.dueDate)})? Kết quả đã ghi nhận của các đơn vị cũng bị xóa.`,
              `Delete “${milestoneLabel(deleting)}” (due ${formatDate(deleting.dueDate)})? What units recorded for it goes too.`,
            )}
        </Text>
        <FormActions
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            if (deleting) remove.mutate(deleting.id, { onSettled: () => setDeleting(null) });
          }}
          busy={remove.isPending}
          color="red"
          submitLabel={tr('Xóa', 'Delete')}
        />
      </Modal>
    </Card>
  );
}
