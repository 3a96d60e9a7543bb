import { Badge, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { FilterBar, ListResults, ResultsTable } from '../../../ui/list.tsx';
import { AddButton, PageHeader } from '../../../ui/page.tsx';
import { useCan } from '../../auth/auth.queries.ts';
import { ProgrammeTransferActions } from '../components/programme-transfer.tsx';
import { TaskFormModal } from '../components/task-form-modal.tsx';
import { isPeriodType, PERIOD_TYPE_LABELS, TaskCard, TaskTableHead, TaskTableRow } from '../components/task-bits.tsx';
import { type ProgrammeDetail, type ProgrammeTask, useProgramme } from '../tasks.queries.ts';

interface Node {
  task: ProgrammeTask;
  depth: number;
}

/** The tasks in tree order (parent, then its children), each with its depth; with `keyOnly`, key tasks and the tasks above them. */
export function taskTree(tasks: ProgrammeTask[], keyOnly: boolean): Node[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, ProgrammeTask[]>();
  for (const t of tasks) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const keep = new Map<string, boolean>();
  const kept = (t: ProgrammeTask): boolean => {
    const known = keep.get(t.id);
    if (known !== undefined) return known;
    const k = t.isKey || (children.get(t.id) ?? []).some(kept);
    keep.set(t.id, k);
    return k;
  };
  const out: Node[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of children.get(parent) ?? []) {
      if (keyOnly && !kept(t)) continue;
      out.push({ task: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function ProgrammeView({ programme }: { programme: ProgrammeDetail }) {
  const { tr, label } = useI18n();
  const can = useCan();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [keyOnly, setKeyOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const today = todayInVietnam(new Date());
  const nodes = taskTree(programme.tasks, keyOnly);
  const keyCount = programme.tasks.filter((t) => t.isKey).length;
  const period = `${isPeriodType(programme.periodType) ? label(PERIOD_TYPE_LABELS[programme.periodType]) : programme.periodType}${programme.periodNo ? ` ${programme.periodNo}` : ''} · ${programme.year}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={programme.title}
        subtitle={period}
        crumbs={[{ label: tr('Chương trình công tác', 'Work programmes'), to: '/programmes' }, { label: programme.title }]}
        actions={can('task.write') && <AddButton onClick={() => setAdding(true)}>{tr('Thêm nhiệm vụ', 'Add a task')}</AddButton>}
      />
      {programme.note && <Text size="sm">{programme.note}</Text>}
      <ProgrammeTransferActions id={programme.id} canWrite={can('task.write')} />
      <FilterBar>
        <Checkbox label={tr('Nhiệm vụ trọng tâm', 'Key tasks')} checked={keyOnly} onChange={(e) => setKeyOnly(e.currentTarget.checked)} />
        <Group gap="xs">
          <Badge variant="light" style={{ textTransform: 'none' }}>
            {tr(`${programme.tasks.length} nhiệm vụ`, `${programme.tasks.length} tasks`)}
          </Badge>
          <Badge variant="light" color="yellow" style={{ textTransform: 'none' }}>
            {tr(`${keyCount} trọng tâm`, `${keyCount} key`)}
          </Badge>
        </Group>
      </FilterBar>
      <ListResults
        loading={false}
        empty={nodes.length === 0}
        emptyText={keyOnly ? tr('Không có nhiệm vụ trọng tâm.', 'No key tasks.') : tr('Chương trình chưa có nhiệm vụ nào.', 'The programme has no tasks yet.')}
      >
        {isPhone ? (
          <Stack gap="xs" data-testid="programme-tasks">
            {nodes.map((n) => (
              <TaskCard key={n.task.id} t={n.task} today={today} indent={n.depth} />
            ))}
          </Stack>
        ) : (
          <ResultsTable minWidth={820} fetching={false} striped={false} data-testid="programme-tasks">
            <TaskTableHead />
            <Table.Tbody>
              {nodes.map((n) => (
                <TaskTableRow key={n.task.id} t={n.task} today={today} indent={n.depth} />
              ))}
            </Table.Tbody>
          </ResultsTable>
        )}
      </ListResults>
      <TaskFormModal opened={adding} programmeId={programme.id} defaultUnitId={programme.ownerUnitId} onClose={() => setAdding(false)} />
    </Stack>
  );
}

export function ProgrammeDetailPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useProgramme(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/programmes', label: tr('Chương trình công tác', 'Work programmes'), back: tr('Về danh sách chương trình', 'Back to programmes') },
        message: tr('Chương trình không tồn tại hoặc ngoài phạm vi của bạn.', 'The programme does not exist or is outside your scope.'),
      }}
    >
      {(p) => <ProgrammeView programme={p} />}
    </DetailPage>
  );
}
