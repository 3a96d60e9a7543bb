/**
 * What the extractor finds in a Vietnamese text. Every fact carries the
 * character offsets (UTF-16, into the caller's string as given, before any
 * normalisation) of the mention it was read from: `start` inclusive, `end`
 * exclusive. Dates are ISO and only as precise as the text: `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY`. Absent values are `null`.
 */
import type { DocumentKind, IssuerCode } from '../../../../shared/documents.ts';

export interface Span {
  start: number;
  end: number;
}

/** A numbered Party or State document cited in the text; repeated and short mentions merged into one. */
export interface ExtractedDocument extends Span {
  kind: DocumentKind;
  /** Vietnamese name of the kind: "Kết luận", "Chỉ thị", … */
  kindLabel: string;
  number: string;
  /** Full symbol when the text gives one ("19-CT/TW"), else null. */
  symbol: string | null;
  date: string | null;
  /** Canonical issuer code when known ("ban_bi_thu"), else null. */
  issuer: IssuerCode | null;
  /** The issuer as named ("Ban Bí thư", "Ban Thường vụ Tỉnh ủy"), else null. */
  issuerName: string | null;
  /** Party congress term (khóa) as a number: 11 for "khóa XI". */
  term: number | null;
  subject: string | null;
  /** Every mention of this document, the first one being [start, end). */
  mentions: Span[];
}

/** A person named in the text with the titles given to them. */
export interface ExtractedPerson extends Span {
  /** Full name, NFC, each word capitalised: "Lê Minh Thế". */
  name: string;
  /** Titles as written (NFC, modern tone placement), in order, without duplicates: ["Trưởng Ban Dân vận Tỉnh ủy"]. */
  titles: string[];
  /** "ông" | "bà" | "đồng chí" | … when the text gives one. */
  honorific: string | null;
  /** True when the name is the article's byline (author) rather than a person in the story. */
  byline: boolean;
  mentions: Span[];
}

export const AWARD_KINDS = [
  { code: 'huan_chuong', label: 'Huân chương' },
  { code: 'huy_chuong', label: 'Huy chương' },
  { code: 'co_thi_dua', label: 'Cờ thi đua' },
  { code: 'bang_khen', label: 'Bằng khen' },
  { code: 'giay_khen', label: 'Giấy khen' },
  { code: 'ky_niem_chuong', label: 'Kỷ niệm chương' },
  { code: 'chien_si_thi_dua', label: 'Chiến sĩ thi đua' },
  { code: 'giay_chung_nhan', label: 'Giấy chứng nhận' },
  { code: 'giai_thuong', label: 'Giải thưởng' },
] as const;
export type AwardKind = (typeof AWARD_KINDS)[number]['code'];

/** An award given: who gave it, what, to how many collectives and individuals, for what. */
export interface ExtractedAward extends Span {
  /** The giver as named ("UBND tỉnh", "Ban Dân vận Tỉnh ủy"), else null. */
  giver: string | null;
  kind: AwardKind | null;
  kindLabel: string | null;
  collectives: number | null;
  individuals: number | null;
  reason: string | null;
}

export type UnitKind = 'party' | 'commission' | 'state' | 'front' | 'organisation' | 'armed' | 'place';

/** A unit, agency or place named in the text (each distinct name once). */
export interface ExtractedUnit extends Span {
  /** The name as written, NFC, modern tone placement: "Ban Dân vận Tỉnh ủy", "Huyện ủy Bến Cầu", "huyện Tiên Yên". */
  name: string;
  kind: UnitKind;
  mentions: Span[];
}

/** The date the reported event happened, resolved against the text's own date line. */
export interface ExtractedEventDate extends Span {
  date: string;
  /** The date line the partial date was completed from ("Cập nhật ngày: 19/01/2021"), if any. */
  publishedDate: string | null;
}

export interface Extraction {
  documents: ExtractedDocument[];
  people: ExtractedPerson[];
  awards: ExtractedAward[];
  units: ExtractedUnit[];
  eventDate: ExtractedEventDate | null;
  /** The publication / update date line of the text, if any. */
  publishedDate: string | null;
}
