import { ActionIcon, Button, Card, ColorSwatch, Grid, Group, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { todayInVietnam } from '../../../../server/lib/dates.ts';
import { REVIEW_STATE_LABELS, type ReviewState } from '../../../../shared/labels.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { ListResults } from '../../../ui/list.tsx';
import { ErrorAlert, PageHeader } from '../../../ui/page.tsx';
import { useUrlSearch } from '../../../ui/url-search.ts';
import { useCan, useMe } from '../../auth/auth.queries.ts';
import { UnitSelect } from '../../units/index.ts';
import { DocumentLink, REVIEW_STATE_COLORS, ReviewStateBadge, useMilestoneLabel } from '../components/document-bits.tsx';
import { type CompleteTarget, CompleteMilestoneModal } from '../components/review-modals.tsx';
import { type CalendarItem, useReopenMilestone, useReviewCalendar } from '../documents.queries.ts';

const STATES: ReviewState[] = ['done', 'overdue', 'due'];

function StateChart({ items }: { items: CalendarItem[] }) {
  const { tr, label, lang } = useI18n();
  const total = items.length;
  const count = (s: ReviewState) => items.filter((i) => i.state === s).length;
  return (
    <Card withBorder padding="md" data-testid="review-summary">
      <Group gap="lg" wrap="nowrap" align="center">
        <RingProgress
          size={110}
          thickness={14}
          roundCaps={false}
          sections={total === 0 ? [] : STATES.map((s) => ({ value: (count(s) / total) * 100, color: REVIEW_STATE_COLORS[s], tooltip: `${label(REVIEW_STATE_LABELS[s])}: ${count(s)}` }))}
          label={
            <Stack gap={0} align="center">
              <Text fw={700} size="xl" lh={1}>
                {formatNumber(total, lang)}
              </Text>
              <Text size="xs" c="dimmed">
                {tr('mốc', 'reviews')}
              </Text>
            </Stack>
          }
          aria-label={tr('Tỷ lệ theo tình trạng', 'Share by state')}
        />
        <Stack gap={6} style={{ flex: 1 }}>
          {STATES.map((s) => (
            <Group key={s} gap="xs" wrap="nowrap" data-state={s}>
              <ColorSwatch color={`var(--mantine-color-${REVIEW_STATE_COLORS[s]}-6)`} size={12} withShadow={false} />
              <Text size="sm" style={{ flex: 1 }}>
                {label(REVIEW_STATE_LABELS[s])}
              </Text>
              <Text size="sm" fw={700}>
                {formatNumber(count(s), lang)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </Card>
  );
}

function monthTitle(key: string, lang: 'vi' | 'en') {
  const [y, m] = key.split('-');
  if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)));
  return `Tháng ${Number(m)}/${y}`;
}

export function ReviewsPage() {
  const { tr, lang } = useI18n();
  const can = useCan();
  const { data: me } = useMe();
  const milestoneLabel = useMilestoneLabel();
  const reopen = useReopenMilestone();
  const search = useUrlSearch('/reviews');
  const thisYear = Number(todayInVietnam(new Date()).slice(0, 4));
  const yearText = search.get('year');
  const year = yearText && /^\d{4}$/u.test(yearText) && Number(yearText) >= 1930 && Number(yearText) <= 2100 ? Number(yearText) : thisYear;
  const unitId = search.get('unitId') ?? me?.scopeRootId ?? null;
  const [completing, setCompleting] = useState<CompleteTarget | null>(null);
  const { data, error, isLoading, isFetching } = useReviewCalendar(year, unitId);
  const setYear = (y: number) => void search.set({ year: y === thisYear ? undefined : y });
  const canReview = can('review.write');

  const months: [string, CalendarItem[]][] = [];
  for (const item of data?.items ?? []) {
    const key = item.milestone.dueDate.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last[0] === key) last[1].push(item);
    else months.push([key, [item]]);
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={tr('Lịch sơ kết, tổng kết', 'Review calendar')}
        subtitle={tr('Các mốc sơ kết, tổng kết văn bản đến hạn trong năm, theo đơn vị thực hiện.', 'Reviews of documents falling due in the year, for one implementing unit.')}
      />
      <Card withBorder padding="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {tr('Năm', 'Year')}
            </Text>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="default" size="lg" onClick={() => setYear(year - 1)} aria-label={tr('Năm trước', 'Previous year')} disabled={year <= 1930}>
                <IconChevronLeft size={18} />
              </ActionIcon>
              <Text fw={700} size="lg" w={64} ta="center" data-testid="review-year" aria-live="polite">
                {year}
              </Text>
              <ActionIcon variant="default" size="lg" onClick={() => setYear(year + 1)} aria-label={tr('Năm sau', 'Next year')} disabled={year >= 2100}>
                <IconChevronRight size={18} />
              </ActionIcon>
              {year !== thisYear && (
                <Button variant="subtle" size="xs" onClick={() => setYear(thisYear)}>
                  {tr('Năm nay', 'This year')}
                </Button>
              )}
            </Group>
          </Stack>
          <div style={{ flex: '1 1 260px' }}>
            <UnitSelect
              label={tr('Đơn vị thực hiện', 'Implementing unit')}
              value={unitId}
              onChange={(id) => void search.set({ unitId: id && id !== me?.scopeRootId ? id : undefined })}
              clearable={false}
            />
          </div>
        </Group>
      </Card>

      <ErrorAlert error={error ?? reopen.error} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>{data && <StateChart items={data.items} />}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} data-testid="review-calendar">
          <ListResults loading={isLoading} empty={data?.items.length === 0} emptyText={tr(`Không có mốc sơ kết, tổng kết nào đến hạn trong năm ${year}.`, `No reviews fall due in ${year}.`)}>
            <Stack gap="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
              {months.map(([key, items]) => (
                <div key={key}>
                  <Title order={5} mb={6} c="dimmed" tt="uppercase" fz="sm">
                    {monthTitle(key, lang)}
                  </Title>
                  <Stack gap="xs">
                    {items.map((item) => {
                      const m = item.milestone;
                      const title = `${milestoneLabel(m)} — ${item.document.citation}`;
                      return (
                        <Paper key={m.id} withBorder px="sm" py={10} radius="sm" data-state={item.state}>
                          <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                            <Group gap="xs" wrap="wrap">
                              <Text fw={600} size="sm">
                                {milestoneLabel(m)}
                              </Text>
                              <ReviewStateBadge state={item.state} />
                            </Group>
                            <Text size="sm" c={item.state === 'overdue' ? 'red.8' : 'dimmed'} fw={500}>
                              {tr(`Hạn ${formatDate(m.dueDate)}`, `Due ${formatDate(m.dueDate)}`)}
                            </Text>
                          </Group>
                          <DocumentLink id={item.document.id} size="sm" display="block" mt={4} style={{ lineHeight: 1.45 }}>
                            {item.document.citation}
                          </DocumentLink>
                          {item.completion && (
                            <Text size="xs" c="dimmed" mt={4}>
                              {tr(`Đã thực hiện ngày ${formatDate(item.completion.doneDate)}`, `Held on ${formatDate(item.completion.doneDate)}`)}
                              {item.completion.reportRef ? ` · ${item.completion.reportRef}` : ''}
                            </Text>
                          )}
                          {canReview && data && (
                            <Group gap="xs" mt={6}>
                              {item.state === 'done' ? (
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  color="gray"
                                  leftSection={<IconArrowBackUp size={14} />}
                                  loading={reopen.isPending && reopen.variables?.milestoneId === m.id}
                                  onClick={() => reopen.mutate({ milestoneId: m.id, unitId: data.unit.id })}
                                >
                                  {tr('Mở lại', 'Reopen')}
                                </Button>
                              ) : (
                                <Button
                                  size="compact-xs"
                                  variant="light"
                                  color="green"
                                  leftSection={<IconCheck size={14} />}
                                  onClick={() => setCompleting({ milestoneId: m.id, title, documentId: item.document.id, unitId: data.unit.id, unitName: data.unit.name })}
                                >
                                  {tr('Ghi nhận đã thực hiện', 'Record as done')}
                                </Button>
                              )}
                            </Group>
                          )}
                        </Paper>
                      );
                    })}
                  </Stack>
                </div>
              ))}
            </Stack>
          </ListResults>
        </Grid.Col>
      </Grid>
      <CompleteMilestoneModal target={completing} onClose={() => setCompleting(null)} />
    </Stack>
  );
}
