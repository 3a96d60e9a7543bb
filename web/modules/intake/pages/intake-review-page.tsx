import { Alert, Badge, Button, Card, Checkbox, Grid, Group, Paper, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconChecks, IconEye, IconPencil, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { AWARD_KINDS } from '../../../../server/modules/text-extraction/core/types.ts';
import { formatCitation } from '../../../../server/modules/documents/core/citation.ts';
import { INTAKE_SOURCE_LABELS } from '../../../../shared/intake.ts';
import { ApiError } from '../../../api/client.ts';
import { formatDate, formatInstant, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { DetailPage, useRecordId } from '../../../ui/detail-page.tsx';
import { PersonLink } from '../../../ui/links.tsx';
import { MutationError } from '../../../ui/mutation-error.tsx';
import { PageHeader } from '../../../ui/page.tsx';
import { useMe } from '../../auth/auth.queries.ts';
import { DocumentLink } from '../../documents/components/document-bits.tsx';
import { FactLegend, factAnchor, HighlightedText } from '../components/highlighted-text.tsx';
import { IntakeStatusBadge } from '../components/intake-bits.tsx';
import {
  type AwardDraft,
  AwardFields,
  awardDraftOf,
  type DocDraft,
  DocumentFields,
  docDraftOf,
  type Errors,
  type EventDraft,
  EventFields,
  eventDraftOf,
  PersonFields,
  type PersonDraft,
  personDraftOf,
  useDraftChecks,
} from '../components/proposal-forms.tsx';
import { type AcceptBody, type IntakeDetail, useAcceptText, useIntakeText, useRejectText } from '../intake.queries.ts';

interface Item<D> {
  checked: boolean;
  editing: boolean;
  draft: D;
}

interface Drafts {
  documents: Item<DocDraft>[];
  persons: Item<PersonDraft>[];
  awards: Item<AwardDraft>[];
  event: Item<EventDraft> | null;
}

const item = <D,>(draft: D, checked: boolean): Item<D> => ({ checked, editing: false, draft });

function draftsOf(p: IntakeDetail['proposals']): Drafts {
  return {
    documents: p.documents.map((d) => item(docDraftOf(d), d.suggested)),
    persons: p.persons.map((x) => item(personDraftOf(x), x.suggested)),
    awards: p.awards.map((x) => item(awardDraftOf(x), x.suggested)),
    event: p.event ? item(eventDraftOf(p.event), p.event.suggested) : null,
  };
}

/** Which proposals a request carried, in order: a server error on `documents.2.x` belongs to the third one sent. */
interface Sent {
  documents: number[];
  persons: number[];
  awards: number[];
}

/** The server's field errors of one proposal, keyed by its own field names. */
function errorsFor(error: unknown, sent: Sent | null, group: keyof Sent | 'event', index: number): Errors {
  if (!(error instanceof ApiError) || !sent) return {};
  const prefix = group === 'event' ? 'event' : `${group}.${sent[group].indexOf(index)}`;
  if (group !== 'event' && sent[group].indexOf(index) < 0) return {};
  const out: Errors = {};
  for (const [k, v] of Object.entries(error.fields)) {
    if (k === prefix) out._ = v;
    else if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  }
  return out;
}

const scrollToFact = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'center' });

function ProposalCard({
  testId,
  checked,
  onCheck,
  canCheck,
  title,
  badges,
  details,
  editing,
  onEdit,
  anchor,
  errors,
  children,
}: {
  testId: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  canCheck: boolean;
  title: ReactNode;
  badges?: ReactNode;
  details?: ReactNode;
  editing: boolean;
  onEdit?: () => void;
  anchor: string;
  errors: Errors;
  children?: ReactNode;
}) {
  const { tr } = useI18n();
  const messages = Object.entries(errors).filter(([k]) => k === '_' || !editing);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={testId} style={{ borderColor: Object.keys(errors).length ? 'var(--mantine-color-red-5)' : undefined }}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Checkbox mt={3} checked={checked && canCheck} disabled={!canCheck} onChange={(e) => onCheck(e.currentTarget.checked)} aria-label={tr('Chọn để chấp nhận', 'Select to accept')} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ lineHeight: 1.4 }}>
            {title}
          </Text>
          {badges && (
            <Group gap={6} wrap="wrap">
              {badges}
            </Group>
          )}
          {details}
          {messages.map(([k, v]) => (
            <Text key={k} size="xs" c="red">
              {v}
            </Text>
          ))}
          {editing && children}
        </Stack>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={tr('Xem trong văn bản', 'Show in the text')}>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => scrollToFact(anchor)} aria-label={tr('Xem trong văn bản', 'Show in the text')}>
              <IconEye size={14} />
            </Button>
          </Tooltip>
          {onEdit && (
            <Button size="compact-xs" variant={editing ? 'light' : 'subtle'} leftSection={<IconPencil size={12} />} onClick={onEdit}>
              {editing ? tr('Xong', 'Done') : tr('Sửa', 'Edit')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

const NewBadge = () => {
  const { tr } = useI18n();
  return (
    <Badge size="xs" variant="light" color="blue" tt="none">
      {tr('Mới', 'New')}
    </Badge>
  );
};

function Missing({ errors }: { errors: Errors }) {
  const { tr } = useI18n();
  const n = Object.keys(errors).length;
  if (n === 0) return null;
  return (
    <Badge size="xs" variant="light" color="orange" tt="none" leftSection={<IconAlertTriangle size={10} />}>
      {tr(`Cần bổ sung ${n} mục`, `${n} field(s) to complete`)}
    </Badge>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { tr } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={4}>
        {title}{' '}
        <Text span c="dimmed" size="sm">
          ({count})
        </Text>
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {tr('Không có đề xuất.', 'Nothing proposed.')}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

function Review({ detail }: { detail: IntakeDetail }) {
  const { tr, lang } = useI18n();
  const { data: me } = useMe();
  const checks = useDraftChecks();
  const accept = useAcceptText(detail.id);
  const reject = useRejectText(detail.id);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(detail.proposals));
  const [seenVersion, setSeenVersion] = useState(detail.version);
  const [sent, setSent] = useState<Sent | null>(null);
  if (seenVersion !== detail.version) {
    // Accepted or set aside meanwhile: start again from the fresh proposals.
    setSeenVersion(detail.version);
    setDrafts(draftsOf(detail.proposals));
  }
  const p = detail.proposals;
  const { abilities } = detail;
  const unitName = (id: string | null) => (id && me?.unit?.id === id ? me.unit.name : null);

  const update = <K extends keyof Drafts>(group: K, i: number, patch: Partial<Item<unknown>>) =>
    setDrafts((d) => {
      if (group === 'event') return { ...d, event: d.event ? ({ ...d.event, ...patch } as Item<EventDraft>) : null };
      const list = (d[group] as Item<unknown>[]).map((x, k) => (k === i ? { ...x, ...patch } : x));
      return { ...d, [group]: list };
    });

  // What can be accepted at all: new documents, people with something new, new awards, a new event.
  const docOpen = p.documents.map((x) => x.status === 'new' && abilities.acceptDocuments);
  const personOpen = p.persons.map((x, i) => abilities.acceptPeople && (x.status === 'new' || (drafts.persons[i]?.draft.positions.length ?? 0) > 0));
  const awardOpen = p.awards.map((x) => x.status === 'new' && abilities.accept);
  const eventOpen = !!p.event && p.event.status === 'new' && abilities.accept;

  const docErrors = drafts.documents.map((x) => checks.document(x.draft, x.draft.ownerUnitId === null));
  const personErrors = drafts.persons.map((x) => checks.person(x.draft));
  const awardErrors = drafts.awards.map((x) => checks.award(x.draft));
  const eventErrors = drafts.event ? checks.event(drafts.event.draft) : {};

  const build = (select: 'checked' | 'all') => {
    const take = (open: boolean, it: Item<unknown> | undefined, errors: Errors, byline = false) =>
      open && !!it && (select === 'checked' ? it.checked : Object.keys(errors).length === 0 && !byline);
    const documents = drafts.documents.flatMap((x, i) => (take(docOpen[i] ?? false, x, docErrors[i] ?? {}) ? [i] : []));
    const persons = drafts.persons.flatMap((x, i) => (take(personOpen[i] ?? false, x, personErrors[i] ?? {}, p.persons[i]?.byline) ? [i] : []));
    const awards = drafts.awards.flatMap((x, i) => (take(awardOpen[i] ?? false, x, awardErrors[i] ?? {}) ? [i] : []));
    const event = drafts.event && take(eventOpen, drafts.event, eventErrors) ? drafts.event.draft : null;
    return { documents, persons, awards, event };
  };

  const submit = (select: 'checked' | 'all') => {
    const chosen = build(select);
    const blocked: { group: keyof Drafts; i: number }[] = [
      ...chosen.documents.filter((i) => Object.keys(docErrors[i] ?? {}).length).map((i) => ({ group: 'documents' as const, i })),
      ...chosen.persons.filter((i) => Object.keys(personErrors[i] ?? {}).length).map((i) => ({ group: 'persons' as const, i })),
      ...chosen.awards.filter((i) => Object.keys(awardErrors[i] ?? {}).length).map((i) => ({ group: 'awards' as const, i })),
    ];
    if (chosen.event && Object.keys(eventErrors).length) blocked.push({ group: 'event', i: 0 });
    if (blocked.length > 0) {
      // Open the incomplete ones so their fields show what is missing.
      for (const b of blocked) update(b.group, b.i, { editing: true });
      notifications.show({ color: 'orange', title: tr('Còn đề xuất thiếu thông tin', 'Some proposals are incomplete'), message: tr('Bổ sung các mục được đánh dấu, hoặc bỏ chọn chúng.', 'Complete the marked fields, or unselect them.') });
      return;
    }
    const body: AcceptBody = {
      version: detail.version,
      documents: chosen.documents.map((i) => {
        const d = (drafts.documents[i] as Item<DocDraft>).draft;
        const index = (p.documents[i] as (typeof p.documents)[number]).index;
        return {
          index,
          ownerUnitId: d.ownerUnitId || null,
          kind: d.kind,
          number: d.number.trim(),
          symbol: d.symbol.trim() || null,
          issueDate: d.issueDate,
          issuerCode: d.issuerCode,
          issuerName: d.issuerName,
          issuerUnitId: null,
          term: d.term,
          subject: d.subject,
          fields: [],
          status: 'in_force',
          note: d.note.trim() || null,
        };
      }),
      persons: chosen.persons.map((i) => {
        const x = (drafts.persons[i] as Item<PersonDraft>).draft;
        return {
          index: (p.persons[i] as (typeof p.persons)[number]).index,
          personId: x.personId,
          fullName: x.fullName,
          unitId: x.unitId as string,
          positions: x.positions.map((pos) => ({ title: pos.title, unitId: pos.unitId as string, startDate: pos.startDate })),
        };
      }),
      awards: chosen.awards.map((i) => {
        const a = (drafts.awards[i] as Item<AwardDraft>).draft;
        return { index: (p.awards[i] as (typeof p.awards)[number]).index, giver: a.giver, kind: a.kind as NonNullable<AwardDraft['kind']>, collectives: a.collectives, individuals: a.individuals, reason: a.reason.trim() || null, awardDate: a.awardDate };
      }),
      event: chosen.event ? { eventDate: chosen.event.eventDate as string, title: chosen.event.title } : null,
    };
    setSent({ documents: chosen.documents, persons: chosen.persons, awards: chosen.awards });
    accept.mutate(body, {
      onSuccess: (r) => {
        const c = r.created;
        notifications.show({
          color: 'green',
          title: tr('Đã chấp nhận', 'Accepted'),
          message: tr(
            `Đã ghi ${c.documents} văn bản, ${c.persons} người, ${c.positions} chức vụ, ${c.awards} khen thưởng, ${c.events} sự kiện.`,
            `Recorded ${c.documents} documents, ${c.persons} people, ${c.positions} titles, ${c.awards} awards, ${c.events} events.`,
          ),
        });
        setSent(null);
      },
    });
  };

  const serverErrors = (group: keyof Sent | 'event', i: number) => errorsFor(accept.error, sent, group, i);
  const selectedCount =
    drafts.documents.filter((x, i) => x.checked && docOpen[i]).length +
    drafts.persons.filter((x, i) => x.checked && personOpen[i]).length +
    drafts.awards.filter((x, i) => x.checked && awardOpen[i]).length +
    (drafts.event?.checked && eventOpen ? 1 : 0);
  const openCount = docOpen.filter(Boolean).length + personOpen.filter(Boolean).length + awardOpen.filter(Boolean).length + (eventOpen ? 1 : 0);

  return (
    <Stack gap="md">
      <PageHeader
        title={detail.title}
        crumbs={[{ label: tr('Nhập văn bản', 'Import texts'), to: '/intake' }, { label: detail.sourceName }]}
        subtitle={
          <Group gap="xs" component="span" wrap="wrap">
            <IntakeStatusBadge status={detail.status} />
            <span>
              {lang === 'en' ? INTAKE_SOURCE_LABELS[detail.sourceKind].en : INTAKE_SOURCE_LABELS[detail.sourceKind].vi}
              {detail.sourceKind === 'paste' ? '' : ` · ${detail.sourceName}`} · {tr('nhập lúc', 'imported')} {formatInstant(detail.createdAt)} ·{' '}
              {formatNumber(detail.text.length, lang)} {tr('ký tự', 'characters')}
            </span>
          </Group>
        }
        actions={
          abilities.accept && (
            <>
              <Button leftSection={<IconChecks size={16} />} onClick={() => submit('all')} loading={accept.isPending} disabled={openCount === 0} data-testid="accept-all">
                {tr('Chấp nhận tất cả', 'Accept all')}
              </Button>
              <Button variant="light" leftSection={<IconCheck size={16} />} onClick={() => submit('checked')} loading={accept.isPending} disabled={selectedCount === 0}>
                {tr(`Chấp nhận đã chọn (${selectedCount})`, `Accept selected (${selectedCount})`)}
              </Button>
              {abilities.reject && (
                <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={() => reject.mutate(detail.version)} loading={reject.isPending}>
                  {tr('Bỏ qua văn bản', 'Set the text aside')}
                </Button>
              )}
            </>
          )
        }
      />
      <MutationError error={accept.error ?? reject.error} />
      {detail.status === 'accepted' && (
        <Alert color="green" variant="light" icon={<IconCheck size={18} />}>
          {openCount === 0
            ? tr('Văn bản đã được chấp nhận; mọi đề xuất đã có trong sổ.', 'The text was accepted; everything it proposes is on record.')
            : tr('Văn bản đã được chấp nhận; các đề xuất còn lại vẫn có thể chấp nhận thêm.', 'The text was accepted; the remaining proposals may still be accepted.')}
        </Alert>
      )}
      {detail.status === 'rejected' && (
        <Alert color="gray" variant="light">
          {tr('Văn bản đã được bỏ qua: chưa ghi gì vào sổ. Vẫn có thể chấp nhận nếu cần.', 'The text was set aside: nothing was recorded. It may still be accepted.')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="sm" style={{ position: 'sticky', top: 70 }}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>{tr('Nội dung', 'Text')}</Text>
                <FactLegend />
              </Group>
              <ScrollArea.Autosize mah="70vh" type="auto">
                <HighlightedText text={detail.text} extraction={detail.extraction} />
              </ScrollArea.Autosize>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg" data-testid="proposals">
            <Section title={tr('Văn bản', 'Documents')} count={p.documents.length}>
              {p.documents.map((d, i) => {
                const it = drafts.documents[i] as Item<DocDraft>;
                const server = serverErrors('documents', i);
                const errors = { ...(docOpen[i] && (it.checked || it.editing) ? docErrors[i] : {}), ...server };
                const citation = formatCitation({ kind: it.draft.kind, number: it.draft.number, symbol: it.draft.symbol || null, date: it.draft.issueDate ?? d.citedDate, issuer: it.draft.issuerCode, issuerName: it.draft.issuerName || null, term: it.draft.term }, { withSubject: false });
                return (
                  <ProposalCard
                    key={d.index}
                    testId={`proposal-document-${i}`}
                    checked={it.checked}
                    canCheck={docOpen[i] ?? false}
                    onCheck={(checked) => update('documents', i, { checked })}
                    title={citation}
                    anchor={factAnchor('document', d.index)}
                    editing={it.editing}
                    onEdit={docOpen[i] ? () => update('documents', i, { editing: !it.editing }) : undefined}
                    errors={errors}
                    badges={
                      d.status === 'exists' && d.existing ? (
                        <>
                          <Badge size="xs" variant="light" color="green" tt="none">
                            {tr('Đã có trong sổ', 'Already registered')}
                          </Badge>
                          <DocumentLink id={d.existing.id} size="xs">
                            {tr('Mở văn bản đã có', 'Open the registered document')}
                          </DocumentLink>
                        </>
                      ) : (
                        <>
                          <NewBadge />
                          <Missing errors={docErrors[i] ?? {}} />
                        </>
                      )
                    }
                    details={
                      <Text size="xs" c="dimmed" lineClamp={it.editing ? undefined : 2}>
                        {d.status === 'exists' && d.existing ? d.existing.citation : it.draft.subject}
                      </Text>
                    }
                  >
                    <DocumentFields value={it.draft} onChange={(draft) => update('documents', i, { draft, checked: true })} errors={errors} />
                  </ProposalCard>
                );
              })}
            </Section>

            <Section title={tr('Người và chức vụ', 'People and titles')} count={p.persons.length}>
              {p.persons.map((x, i) => {
                const it = drafts.persons[i] as Item<PersonDraft>;
                const server = serverErrors('persons', i);
                const errors = { ...(personOpen[i] && (it.checked || it.editing) ? personErrors[i] : {}), ...server };
                const unit = x.existing?.unitName ?? unitName(it.draft.unitId);
                return (
                  <ProposalCard
                    key={x.index}
                    testId={`proposal-person-${i}`}
                    checked={it.checked}
                    canCheck={personOpen[i] ?? false}
                    onCheck={(checked) => update('persons', i, { checked })}
                    title={x.existing ? <PersonLink id={x.existing.id}>{x.existing.fullName}</PersonLink> : it.draft.fullName}
                    anchor={factAnchor('person', x.index)}
                    editing={it.editing}
                    onEdit={abilities.acceptPeople ? () => update('persons', i, { editing: !it.editing, checked: true }) : undefined}
                    errors={errors}
                    badges={
                      <>
                        {x.status === 'exists' ? (
                          <Badge size="xs" variant="light" color="green" tt="none">
                            {it.draft.positions.length > 0 ? tr('Đã có — thêm chức vụ', 'On record — add titles') : tr('Đã có', 'On record')}
                          </Badge>
                        ) : (
                          <NewBadge />
                        )}
                        {x.byline && (
                          <Badge size="xs" variant="outline" color="gray" tt="none">
                            {tr('Tác giả bài viết', 'Author of the article')}
                          </Badge>
                        )}
                        {unit && (
                          <Text size="xs" c="dimmed">
                            {unit}
                          </Text>
                        )}
                      </>
                    }
                    details={
                      <Text size="xs" c="dimmed">
                        {it.draft.positions.length > 0
                          ? it.draft.positions.map((pos) => pos.title).join('; ')
                          : x.existing && x.existing.titles.length > 0
                            ? x.existing.titles.join('; ')
                            : tr('Không nêu chức vụ', 'No title given')}
                      </Text>
                    }
                  >
                    <PersonFields value={it.draft} onChange={(draft) => update('persons', i, { draft })} errors={errors} />
                  </ProposalCard>
                );
              })}
            </Section>

            <Section title={tr('Khen thưởng', 'Awards')} count={p.awards.length}>
              {p.awards.map((a, i) => {
                const it = drafts.awards[i] as Item<AwardDraft>;
                const errors = { ...(awardOpen[i] && (it.checked || it.editing) ? awardErrors[i] : {}), ...serverErrors('awards', i) };
                const kind = AWARD_KINDS.find((k) => k.code === it.draft.kind)?.label ?? tr('(chưa rõ hình thức)', '(kind unknown)');
                const counts = [
                  it.draft.collectives ? tr(`${it.draft.collectives} tập thể`, `${it.draft.collectives} collectives`) : null,
                  it.draft.individuals ? tr(`${it.draft.individuals} cá nhân`, `${it.draft.individuals} individuals`) : null,
                ]
                  .filter(Boolean)
                  .join(tr(' và ', ' and '));
                return (
                  <ProposalCard
                    key={a.index}
                    testId={`proposal-award-${i}`}
                    checked={it.checked}
                    canCheck={awardOpen[i] ?? false}
                    onCheck={(checked) => update('awards', i, { checked })}
                    title={`${kind} — ${it.draft.giver || tr('(chưa rõ cơ quan)', '(giver unknown)')}`}
                    anchor={factAnchor('award', a.index)}
                    editing={it.editing}
                    onEdit={awardOpen[i] ? () => update('awards', i, { editing: !it.editing, checked: true }) : undefined}
                    errors={errors}
                    badges={
                      a.status === 'exists' ? (
                        <Badge size="xs" variant="light" color="green" tt="none">
                          {tr('Đã ghi nhận', 'Recorded')}
                        </Badge>
                      ) : (
                        <>
                          <NewBadge />
                          <Missing errors={awardErrors[i] ?? {}} />
                        </>
                      )
                    }
                    details={
                      <Text size="xs" c="dimmed">
                        {[counts, it.draft.awardDate ? formatDate(it.draft.awardDate) : null, it.draft.reason || null].filter(Boolean).join(' · ')}
                      </Text>
                    }
                  >
                    <AwardFields value={it.draft} onChange={(draft) => update('awards', i, { draft })} errors={errors} />
                  </ProposalCard>
                );
              })}
            </Section>

            <Section title={tr('Sự kiện', 'Event')} count={p.event ? 1 : 0}>
              {p.event && drafts.event && (
                <ProposalCard
                  testId="proposal-event"
                  checked={drafts.event.checked}
                  canCheck={eventOpen}
                  onCheck={(checked) => update('event', 0, { checked })}
                  title={drafts.event.draft.title}
                  anchor={factAnchor('event', 0)}
                  editing={drafts.event.editing}
                  onEdit={eventOpen ? () => update('event', 0, { editing: !drafts.event?.editing, checked: true }) : undefined}
                  errors={{ ...(eventOpen && drafts.event.checked ? eventErrors : {}), ...serverErrors('event', 0) }}
                  badges={
                    p.event.status === 'exists' ? (
                      <Badge size="xs" variant="light" color="green" tt="none">
                        {tr('Đã ghi nhận', 'Recorded')}
                      </Badge>
                    ) : (
                      <>
                        <NewBadge />
                        <Missing errors={eventErrors} />
                      </>
                    )
                  }
                  details={
                    <Text size="xs" c="dimmed">
                      {drafts.event.draft.eventDate ? formatDate(drafts.event.draft.eventDate) : tr('Chưa rõ ngày', 'Date unknown')}
                    </Text>
                  }
                >
                  <EventFields value={drafts.event.draft} onChange={(draft) => update('event', 0, { draft })} errors={{ ...eventErrors, ...serverErrors('event', 0) }} />
                </ProposalCard>
              )}
            </Section>
            {abilities.accept && openCount > 0 && (
              <Text size="xs" c="dimmed">
                {tr(
                  '“Chấp nhận tất cả” ghi mọi đề xuất mới đủ thông tin (trừ tác giả bài viết) trong một lần: có lỗi thì không ghi gì.',
                  '“Accept all” records every new proposal that is complete (authors of the article aside) at once: on any error nothing is recorded.',
                )}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function IntakeReviewPage() {
  const { tr } = useI18n();
  const id = useRecordId();
  const query = useIntakeText(id);
  return (
    <DetailPage
      id={id}
      query={query}
      notFound={{
        list: { to: '/intake', label: tr('Nhập văn bản', 'Import texts'), back: tr('Về danh sách văn bản đã nhập', 'Back to imported texts') },
        message: tr('Văn bản không tồn tại hoặc thuộc đơn vị ngoài phạm vi của bạn.', 'The text does not exist or belongs to a unit outside your scope.'),
      }}
    >
      {(detail) => <Review detail={detail} />}
    </DetailPage>
  );
}
