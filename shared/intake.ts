/**
 * The vocabulary of text intake (nhập văn bản): where a text came from, where
 * its review stands, and what a file in a batch came to.
 */
import type { Label } from './labels.ts';

export const INTAKE_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const INTAKE_SOURCE_KINDS = ['paste', 'txt', 'docx', 'pdf'] as const;
export type IntakeSourceKind = (typeof INTAKE_SOURCE_KINDS)[number];

/** What one uploaded file (or zip entry) came to. */
export const INTAKE_OUTCOMES = ['new', 'duplicate', 'error'] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

export const INTAKE_STATUS_LABELS: Record<IntakeStatus, Label> = {
  pending: { vi: 'Chờ duyệt', en: 'To review' },
  accepted: { vi: 'Đã chấp nhận', en: 'Accepted' },
  rejected: { vi: 'Đã bỏ qua', en: 'Set aside' },
};

export const INTAKE_SOURCE_LABELS: Record<IntakeSourceKind, Label> = {
  paste: { vi: 'Văn bản dán', en: 'Pasted text' },
  txt: { vi: 'Tệp .txt', en: '.txt file' },
  docx: { vi: 'Tệp Word (.docx)', en: 'Word file (.docx)' },
  pdf: { vi: 'Tệp PDF', en: 'PDF file' },
};

/** The source name of a pasted text. */
export const PASTED_SOURCE_NAME = 'Văn bản dán';
