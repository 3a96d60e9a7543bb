import { Box, Group, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import type { IntakeDetail } from '../intake.queries.ts';

export const FACT_KINDS = ['unit', 'award', 'person', 'document', 'event'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One colour per kind of fact, in the text and in the legend. */
export const FACT_COLORS: Record<FactKind, string> = {
  document: 'blue',
  person: 'grape',
  award: 'yellow',
  unit: 'teal',
  event: 'orange',
};

const FACT_LABELS: Record<FactKind, { vi: string; en: string }> = {
  document: { vi: 'Văn bản', en: 'Documents' },
  person: { vi: 'Người', en: 'People' },
  award: { vi: 'Khen thưởng', en: 'Awards' },
  unit: { vi: 'Đơn vị, địa danh', en: 'Units, places' },
  event: { vi: 'Ngày sự kiện', en: 'Event date' },
};

/** The id of the first highlight of a fact, to scroll to it from its proposal. */
export const factAnchor = (kind: FactKind, index: number) => `fact-${kind}-${index}`;

interface Segment {
  start: number;
  end: number;
  kind: FactKind | null;
  index: number;
  first: boolean;
}

/**
 * Cut the text into runs of one fact each. Facts are painted in the order of
 * FACT_KINDS, so a document's citation shows over the units named inside it;
 * a citation nested in another's subject shows over the outer one. Linear in
 * the length of the text.
 */
function segmentsOf(text: string, ex: IntakeDetail['extraction']): Segment[] {
  const n = text.length;
  const kindAt = new Int8Array(n).fill(-1);
  const indexAt = new Int32Array(n);
  const firsts = new Set<string>();
  const paint = (kind: FactKind, index: number, start: number, end: number) => {
    const k = FACT_KINDS.indexOf(kind);
    for (let i = Math.max(0, start); i < Math.min(n, end); i++) {
      kindAt[i] = k;
      indexAt[i] = index;
    }
  };
  ex.units.forEach((u, i) => u.mentions.forEach((m) => paint('unit', i, m.start, m.end)));
  ex.awards.forEach((a, i) => paint('award', i, a.start, a.end));
  ex.people.forEach((p, i) => p.mentions.forEach((m) => paint('person', i, m.start, m.end)));
  ex.documents.forEach((d, i) => d.mentions.forEach((m) => paint('document', i, m.start, m.end)));
  if (ex.eventDate) paint('event', 0, ex.eventDate.start, ex.eventDate.end);
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && kindAt[i] === kindAt[start] && indexAt[i] === indexAt[start]) continue;
    const k = kindAt[start] as number;
    const kind = k >= 0 ? (FACT_KINDS[k] ?? null) : null;
    const key = `${kind}-${indexAt[start]}`;
    const first = kind !== null && !firsts.has(key);
    if (first) firsts.add(key);
    out.push({ start, end: i, kind, index: indexAt[start] as number, first });
    start = i;
  }
  return out;
}

export function FactLegend() {
  const { label } = useI18n();
  return (
    <Group gap="xs" wrap="wrap" data-testid="fact-legend">
      {(['document', 'person', 'award', 'unit', 'event'] as const).map((k) => (
        <Text key={k} size="xs" component="span" px={6} py={1} style={{ background: `var(--mantine-color-${FACT_COLORS[k]}-2)`, borderRadius: 4 }}>
          {label(FACT_LABELS[k])}
        </Text>
      ))}
    </Group>
  );
}

/** The text as stored, with every fact the extractor read highlighted in its colour. */
export function HighlightedText({ text, extraction }: { text: string; extraction: IntakeDetail['extraction'] }) {
  const { label } = useI18n();
  const segments = useMemo(() => segmentsOf(text, extraction), [text, extraction]);
  return (
    <Box component="div" data-testid="intake-text" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7, fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>
      {segments.map((s) =>
        s.kind === null ? (
          <Fragment key={s.start}>{text.slice(s.start, s.end)}</Fragment>
        ) : (
          <mark
            key={s.start}
            id={s.first ? factAnchor(s.kind, s.index) : undefined}
            data-fact={s.kind}
            title={label(FACT_LABELS[s.kind])}
            style={{ background: `var(--mantine-color-${FACT_COLORS[s.kind]}-2)`, color: 'inherit', borderRadius: 3, padding: '0 1px', scrollMarginTop: 80 }}
          >
            {text.slice(s.start, s.end)}
          </mark>
        ),
      )}
    </Box>
  );
}
