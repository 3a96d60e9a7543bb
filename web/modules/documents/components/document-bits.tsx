import { type AnchorProps, Badge, type BadgeProps } from '@mantine/core';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { DOCUMENT_FIELDS, DOCUMENT_KINDS, DOCUMENT_RELATIONS, DOCUMENT_STATUSES, type DocumentStatus, ISSUERS } from '../../../../shared/documents.ts';
import {
  DOCUMENT_FIELD_LABELS,
  DOCUMENT_RELATION_LABELS,
  DOCUMENT_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_STATE_LABELS,
  type ReviewKind,
  type ReviewState,
} from '../../../../shared/labels.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AnchorLink } from '../../../ui/links.tsx';

const STATUS_COLORS: Record<DocumentStatus, string> = { in_force: 'green', replaced: 'orange', expired: 'gray' };
const STATE_COLORS: Record<ReviewState, string> = { done: 'green', overdue: 'red', due: 'yellow' };
export const REVIEW_STATE_COLORS = STATE_COLORS;

export function DocumentStatusBadge({ status, ...rest }: { status: DocumentStatus } & BadgeProps) {
  const { label } = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size="sm" tt="none" {...rest}>
      {label(DOCUMENT_STATUS_LABELS[status])}
    </Badge>
  );
}

export function CatalogueBadge() {
  const { tr } = useI18n();
  return (
    <Badge variant="outline" color="indigo" size="sm" tt="none" title={tr('Văn bản Trung ương trong danh mục tham chiếu của phần mềm', 'A central document from the software’s reference catalogue')}>
      {tr('Danh mục tham chiếu', 'Reference catalogue')}
    </Badge>
  );
}

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  const { label } = useI18n();
  return (
    <Badge variant={state === 'due' ? 'light' : 'filled'} color={STATE_COLORS[state]} size="sm" tt="none" c={state === 'due' ? 'yellow.9' : undefined} data-state={state}>
      {label(REVIEW_STATE_LABELS[state])}
    </Badge>
  );
}

/** "Sơ kết 5 năm", "Tổng kết 10 năm", or the milestone's own label. */
export function useMilestoneLabel() {
  const { lang, label } = useI18n();
  return (m: { kind: ReviewKind; yearsAfter: number | null; label?: string | null }) => {
    if (m.label) return m.label;
    const kind = label(REVIEW_KIND_LABELS[m.kind]);
    if (m.yearsAfter === null || m.kind === 'other') return kind;
    return lang === 'en' ? `${m.yearsAfter}-year ${kind.toLowerCase()}` : `${kind} ${m.yearsAfter} năm`;
  };
}

type DocumentLinkProps = AnchorProps & Pick<AnchorHTMLAttributes<HTMLAnchorElement>, 'title' | 'onClick'> & { id: string; children: ReactNode };

/** Links to one document's page. */
export function DocumentLink({ id, ...rest }: DocumentLinkProps) {
  return <AnchorLink {...rest} to="/documents/$id" params={{ id }} />;
}

const SYSTEM_LABELS = {
  party: { vi: 'Văn bản của Đảng', en: 'Party documents' },
  state: { vi: 'Văn bản nhà nước', en: 'State documents' },
  joint: { vi: 'Văn bản liên tịch', en: 'Joint documents' },
} as const;

/** Options for the selects of document vocabulary, in the user's language. */
export function useDocumentOptions() {
  const { label } = useI18n();
  return {
    kinds: (['party', 'state', 'joint'] as const).map((system) => ({
      group: label(SYSTEM_LABELS[system]),
      items: DOCUMENT_KINDS.filter((k) => k.system === system).map((k) => ({ value: k.code, label: label(k) })),
    })),
    issuers: ISSUERS.map((i) => ({ value: i.code, label: label(i) })),
    statuses: DOCUMENT_STATUSES.map((s) => ({ value: s, label: label(DOCUMENT_STATUS_LABELS[s]) })),
    fields: DOCUMENT_FIELDS.map((f) => ({ value: f, label: label(DOCUMENT_FIELD_LABELS[f]) })),
    relations: DOCUMENT_RELATIONS.map((r) => ({ value: r, label: label(DOCUMENT_RELATION_LABELS[r]) })),
  };
}
