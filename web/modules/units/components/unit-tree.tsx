import { ActionIcon, Badge, Box, Group, Loader, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { ErrorAlert } from '../../../ui/page.tsx';
import { UnitLink } from '../../../ui/links.tsx';
import { type UnitTreeItem, useUnitChildren } from '../units.queries.ts';

const INDENT = 18;

function TreeNode({ node, depth, initiallyOpen }: { node: UnitTreeItem; depth: number; initiallyOpen: boolean }) {
  const { tr } = useI18n();
  const [open, setOpen] = useState(initiallyOpen && node.childCount > 0);
  const dissolved = node.status === 'dissolved';
  const childrenId = `unit-tree-children-${node.id}`;
  return (
    <Box component="li" style={{ listStyle: 'none' }}>
      <Group gap={4} wrap="nowrap" pl={depth * INDENT} py={2} align="center">
        {node.childCount > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={open ? childrenId : undefined}
            aria-label={open ? tr('Thu gọn', 'Collapse') : tr('Mở rộng', 'Expand')}
            title={open ? tr('Thu gọn', 'Collapse') : tr('Mở rộng', 'Expand')}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        ) : (
          <Box w={22} style={{ display: 'flex', justifyContent: 'center', flexShrink: 0 }} aria-hidden>
            <IconPoint size={12} color="var(--mantine-color-gray-5)" />
          </Box>
        )}
        <UnitLink
          id={node.id}
          size="sm"
          c={dissolved ? 'dimmed' : undefined}
          style={{ minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {node.name}
        </UnitLink>
        {dissolved && (
          <Badge size="xs" color="gray" variant="light" tt="none" style={{ flexShrink: 0 }}>
            {tr('đã giải thể', 'dissolved')}
          </Badge>
        )}
        {node.childCount > 0 && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} title={tr(`${node.childCount} đơn vị trực thuộc`, `${node.childCount} sub-units`)}>
            ({node.childCount})
          </Text>
        )}
      </Group>
      {open && <TreeLevel parentId={node.id} depth={depth + 1} id={childrenId} />}
    </Box>
  );
}

function TreeLevel({ parentId, depth, id }: { parentId: string | null; depth: number; id?: string }) {
  const { tr } = useI18n();
  const { data, error, isLoading } = useUnitChildren(parentId);
  if (isLoading)
    return (
      <Group pl={depth * INDENT + 26} py={4} gap="xs">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {tr('Đang tải…', 'Loading…')}
        </Text>
      </Group>
    );
  if (error)
    return (
      <Box pl={depth * INDENT}>
        <ErrorAlert error={error} />
      </Box>
    );
  const items = data?.items ?? [];
  if (items.length === 0)
    return (
      <Text size="xs" c="dimmed" pl={depth * INDENT + 26} py={4}>
        {tr('Không có đơn vị trực thuộc.', 'No sub-units.')}
      </Text>
    );
  return (
    <Box component="ul" id={id} m={0} p={0}>
      {items.map((n, i) => (
        <TreeNode key={n.id} node={n} depth={depth} initiallyOpen={depth === 0 && i === 0} />
      ))}
    </Box>
  );
}

/** The unit tree of the user's scope, loaded level by level as nodes open. */
export function UnitTree() {
  const { tr } = useI18n();
  return (
    <Box component="nav" aria-label={tr('Cây đơn vị', 'Unit tree')} data-testid="unit-tree">
      <TreeLevel parentId={null} depth={0} />
    </Box>
  );
}
