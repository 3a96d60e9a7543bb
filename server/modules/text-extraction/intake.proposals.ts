/**
 * What a text proposes to record, computed from its extraction and from what
 * the registry already holds (ADR 011). Pure: the service looks the matches up
 * and passes them in. Each proposal carries the values the accept form starts
 * from, what is still missing before it can be accepted, and whether it is
 * suggested (checked by default).
 */
import { ISSUERS } from '../../../shared/documents.ts';
import { foldVietnamese } from '../../lib/vi-text.ts';
import { type CreateDocumentInput } from '../documents/index.ts';
import { AWARD_KINDS, type AwardKind, type Extraction, type Span } from './core/types.ts';

export type ProposalStatus = 'new' | 'exists';

export interface DocumentProposal {
  index: number;
  span: Span;
  status: ProposalStatus;
  /** The registry record this citation is, when there is one. */
  existing: { id: string; citation: string } | null;
  /** The registry fields, prefilled from the text (possibly edited before accepting). */
  values: CreateDocumentInput;
  /** The date as precise as the text gave it (`YYYY-MM` when the text names only the month). */
  citedDate: string | null;
  missing: string[];
  suggested: boolean;
}

export interface PersonProposal {
  index: number;
  span: Span;
  name: string;
  titles: string[];
  honorific: string | null;
  byline: boolean;
  status: ProposalStatus;
  existing: { id: string; fullName: string; unitId: string; unitName: string; titles: string[] } | null;
  values: { personId: string | null; fullName: string; unitId: string; positions: { title: string; unitId: string; startDate: string | null }[] };
  missing: string[];
  suggested: boolean;
}

export interface AwardProposal {
  index: number;
  span: Span;
  status: ProposalStatus;
  existingId: string | null;
  values: { giver: string; kind: AwardKind | null; collectives: number | null; individuals: number | null; reason: string | null; awardDate: string | null };
  missing: string[];
  suggested: boolean;
}

export interface EventProposal {
  span: Span;
  status: ProposalStatus;
  existingId: string | null;
  values: { eventDate: string | null; title: string };
  missing: string[];
  suggested: boolean;
}

export interface Proposals {
  documents: DocumentProposal[];
  persons: PersonProposal[];
  awards: AwardProposal[];
  event: EventProposal | null;
}

/** What the service found in the registry for each fact, by the fact's index. */
export interface Matches {
  documents: ({ id: string; citation: string } | null)[];
  persons: ({ id: string; fullName: string; unitId: string; unitName: string; titles: string[] } | null)[];
  awards: (string | null)[];
  event: string | null;
}

export interface ProposalDefaults {
  /** The actor's unit: owner of new unit documents, unit of new people and positions. */
  unitId: string;
  /** Whether the actor registers central documents (then a central issuer's document is proposed as central). */
  central: boolean;
  isLocalIssuer: (code: string | null) => boolean;
  /** The text's title, the event's default title. */
  title: string;
}

const isFullDate = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/u.test(d);

function precisionNote(date: string | null): string | null {
  if (!date || date.length === 10) return null;
  const [y, m] = date.split('-');
  return m ? `Văn bản nguồn chỉ ghi tháng ban hành: tháng ${m}/${y}.` : `Văn bản nguồn chỉ ghi năm ban hành: năm ${y}.`;
}

function documentProposals(ex: Extraction, matches: Matches, d: ProposalDefaults): DocumentProposal[] {
  return ex.documents.map((doc, index) => {
    const existing = matches.documents[index] ?? null;
    const central = doc.issuer !== null && !d.isLocalIssuer(doc.issuer) && d.central;
    const issuerName = doc.issuerName ?? ISSUERS.find((i) => i.code === doc.issuer)?.vi ?? '';
    const values: CreateDocumentInput = {
      ownerUnitId: central ? null : d.unitId,
      kind: doc.kind,
      number: doc.number,
      symbol: doc.symbol,
      // Only a full date goes to the registry's issue date; a month or a year stays in the note.
      issueDate: isFullDate(doc.date) ? doc.date : null,
      issuerCode: doc.issuer,
      issuerName,
      issuerUnitId: null,
      term: doc.term,
      subject: doc.subject ?? '',
      fields: [],
      status: 'in_force',
      note: precisionNote(doc.date),
    };
    const missing: string[] = [];
    if (values.issueDate === null && values.term === null) missing.push('issueDate');
    if (!values.issuerName.trim()) missing.push('issuerName');
    if (!values.subject.trim()) missing.push('subject');
    const status: ProposalStatus = existing ? 'exists' : 'new';
    return { index, span: { start: doc.start, end: doc.end }, status, existing, values, citedDate: doc.date, missing, suggested: status === 'new' && missing.length === 0 };
  });
}

const sameTitle = (a: string, b: string) => foldVietnamese(a) === foldVietnamese(b);

function personProposals(ex: Extraction, matches: Matches, d: ProposalDefaults): PersonProposal[] {
  return ex.people.map((p, index) => {
    const existing = matches.persons[index] ?? null;
    const unitId = existing?.unitId ?? d.unitId;
    const titles = p.titles.filter((t, i) => p.titles.findIndex((u) => sameTitle(u, t)) === i);
    const toAdd = existing ? titles.filter((t) => !existing.titles.some((h) => sameTitle(h, t))) : titles;
    const values = { personId: existing?.id ?? null, fullName: existing?.fullName ?? p.name, unitId, positions: toAdd.map((title) => ({ title: title.slice(0, 160), unitId, startDate: null })) };
    const status: ProposalStatus = existing ? 'exists' : 'new';
    // A byline is the article's author, rarely a person of the unit tree: offered, not suggested.
    const somethingNew = status === 'new' || values.positions.length > 0;
    return {
      index,
      span: { start: p.start, end: p.end },
      name: p.name,
      titles,
      honorific: p.honorific,
      byline: p.byline,
      status,
      existing,
      values,
      missing: [],
      suggested: somethingNew && !p.byline,
    };
  });
}

function awardProposals(ex: Extraction, matches: Matches, eventDate: string | null): AwardProposal[] {
  return ex.awards.map((a, index) => {
    const existingId = matches.awards[index] ?? null;
    const values = {
      giver: a.giver ?? '',
      kind: a.kind ?? null,
      collectives: a.collectives,
      individuals: a.individuals,
      reason: a.reason,
      awardDate: isFullDate(eventDate) ? eventDate : null,
    };
    const missing: string[] = [];
    if (!values.giver.trim()) missing.push('giver');
    if (!values.kind || !AWARD_KINDS.some((k) => k.code === values.kind)) missing.push('kind');
    if ((values.collectives ?? 0) + (values.individuals ?? 0) <= 0) missing.push('collectives');
    const status: ProposalStatus = existingId ? 'exists' : 'new';
    return { index, span: { start: a.start, end: a.end }, status, existingId, values, missing, suggested: status === 'new' && missing.length === 0 };
  });
}

function eventProposal(ex: Extraction, matches: Matches, d: ProposalDefaults): EventProposal | null {
  const e = ex.eventDate;
  if (!e) return null;
  const values = { eventDate: isFullDate(e.date) ? e.date : null, title: d.title.slice(0, 300) };
  const missing = values.eventDate ? [] : ['eventDate'];
  const status: ProposalStatus = matches.event ? 'exists' : 'new';
  return { span: { start: e.start, end: e.end }, status, existingId: matches.event, values, missing, suggested: status === 'new' && missing.length === 0 };
}

export function buildProposals(ex: Extraction, matches: Matches, defaults: ProposalDefaults): Proposals {
  return {
    documents: documentProposals(ex, matches, defaults),
    persons: personProposals(ex, matches, defaults),
    awards: awardProposals(ex, matches, ex.eventDate?.date ?? null),
    event: eventProposal(ex, matches, defaults),
  };
}
