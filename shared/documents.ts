/**
 * The vocabulary of Party and State documents. Abbreviations of Party kinds
 * follow Hướng dẫn 36-HD/VPTW (2018) on the form of Party documents; State
 * kinds follow Nghị định 30/2020/NĐ-CP and Luật Ban hành văn bản quy phạm pháp luật.
 */
export const DOCUMENT_SYSTEMS = ['party', 'state', 'joint'] as const;
export type DocumentSystem = (typeof DOCUMENT_SYSTEMS)[number];

export interface DocumentKindInfo {
  /** Identifier in code and the database. */
  code: string;
  vi: string;
  en: string;
  /** Abbreviation in the symbol: 19-CT/TW (Party), 35/CT-TTg (State). */
  abbr: string | null;
  system: DocumentSystem;
  /** Default review milestones suggested for the kind: years after issue. */
  review?: { interim?: number; final?: number };
}

export const DOCUMENT_KINDS = [
  { code: 'resolution', vi: 'Nghị quyết', en: 'Resolution', abbr: 'NQ', system: 'party', review: { interim: 5, final: 10 } },
  { code: 'directive', vi: 'Chỉ thị', en: 'Directive', abbr: 'CT', system: 'party', review: { interim: 5, final: 10 } },
  { code: 'conclusion', vi: 'Kết luận', en: 'Conclusion', abbr: 'KL', system: 'party', review: { interim: 5, final: 10 } },
  { code: 'decision', vi: 'Quyết định', en: 'Decision', abbr: 'QĐ', system: 'party', review: { interim: 5, final: 10 } },
  { code: 'regulation', vi: 'Quy định', en: 'Regulation', abbr: 'QĐi', system: 'party', review: { interim: 5 } },
  { code: 'rules', vi: 'Quy chế', en: 'Rules', abbr: 'QC', system: 'party' },
  { code: 'guidance', vi: 'Hướng dẫn', en: 'Guidance', abbr: 'HD', system: 'party' },
  { code: 'plan', vi: 'Kế hoạch', en: 'Plan', abbr: 'KH', system: 'party' },
  { code: 'programme', vi: 'Chương trình', en: 'Programme', abbr: 'CTr', system: 'party' },
  { code: 'scheme', vi: 'Đề án', en: 'Scheme', abbr: 'ĐA', system: 'party', review: { interim: 3, final: 5 } },
  { code: 'notice', vi: 'Thông báo', en: 'Notice', abbr: 'TB', system: 'party' },
  { code: 'circular_party', vi: 'Thông tri', en: 'Circular (Party)', abbr: 'TT', system: 'party' },
  { code: 'official_letter', vi: 'Công văn', en: 'Official letter', abbr: 'CV', system: 'party' },
  { code: 'report', vi: 'Báo cáo', en: 'Report', abbr: 'BC', system: 'party' },
  { code: 'law', vi: 'Luật', en: 'Law', abbr: 'QH', system: 'state', review: { interim: 5, final: 10 } },
  { code: 'ordinance', vi: 'Pháp lệnh', en: 'Ordinance', abbr: 'PL', system: 'state' },
  { code: 'decree', vi: 'Nghị định', en: 'Decree', abbr: 'NĐ', system: 'state' },
  { code: 'circular', vi: 'Thông tư', en: 'Circular', abbr: 'TT', system: 'state' },
  { code: 'joint_resolution', vi: 'Nghị quyết liên tịch', en: 'Joint resolution', abbr: 'NQLT', system: 'joint' },
  { code: 'joint_circular', vi: 'Thông tư liên tịch', en: 'Joint circular', abbr: 'TTLT', system: 'joint' },
] as const satisfies readonly DocumentKindInfo[];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['code'];
export const DOCUMENT_KIND_CODES = DOCUMENT_KINDS.map((k) => k.code) as [DocumentKind, ...DocumentKind[]];
export const documentKindInfo = (code: DocumentKind): DocumentKindInfo => DOCUMENT_KINDS.find((k) => k.code === code) as DocumentKindInfo;

/** Well-known issuing bodies; a registry document may also name a unit of the tree. */
export const ISSUERS = [
  { code: 'bch_tw', vi: 'Ban Chấp hành Trung ương', en: 'Central Committee', symbol: 'TW' },
  { code: 'bo_chinh_tri', vi: 'Bộ Chính trị', en: 'Politburo', symbol: 'TW' },
  { code: 'ban_bi_thu', vi: 'Ban Bí thư', en: 'Secretariat', symbol: 'TW' },
  { code: 'ban_dan_van_tw', vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilisation Commission', symbol: 'BDVTW' },
  { code: 'ban_tg_dv_tw', vi: 'Ban Tuyên giáo và Dân vận Trung ương', en: 'Central Propaganda and Mass Mobilisation Commission', symbol: 'BTGDVTW' },
  { code: 'van_phong_tw', vi: 'Văn phòng Trung ương Đảng', en: 'Party Central Office', symbol: 'VPTW' },
  { code: 'quoc_hoi', vi: 'Quốc hội', en: 'National Assembly', symbol: 'QH' },
  { code: 'ubtv_quoc_hoi', vi: 'Ủy ban Thường vụ Quốc hội', en: 'NA Standing Committee', symbol: 'UBTVQH' },
  { code: 'chinh_phu', vi: 'Chính phủ', en: 'Government', symbol: 'CP' },
  { code: 'thu_tuong', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister', symbol: 'TTg' },
  { code: 'mttq_tw', vi: 'Ủy ban Trung ương MTTQ Việt Nam', en: 'Central Committee of the Fatherland Front', symbol: 'MTTW' },
  { code: 'tinh_uy', vi: 'Tỉnh ủy', en: 'Provincial Party Committee', symbol: 'TU' },
  { code: 'btv_tinh_uy', vi: 'Ban Thường vụ Tỉnh ủy', en: 'Provincial Standing Committee', symbol: 'TU' },
  { code: 'ban_dan_van_tinh_uy', vi: 'Ban Dân vận Tỉnh ủy', en: 'Provincial Mass Mobilisation Commission', symbol: 'BDVTU' },
  { code: 'ubnd_tinh', vi: 'Ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee', symbol: 'UBND' },
] as const;
export type IssuerCode = (typeof ISSUERS)[number]['code'];
export const ISSUER_CODES = ISSUERS.map((i) => i.code) as [IssuerCode, ...IssuerCode[]];

export const DOCUMENT_STATUSES = ['in_force', 'replaced', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_FIELDS = [
  'mass_mobilization',
  'ethnic',
  'religion',
  'grassroots_democracy',
  'front_and_organizations',
  'emulation',
  'party_building',
  'other',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export const DOCUMENT_RELATIONS = ['replaces', 'continues', 'implements', 'guides', 'amends'] as const;
export type DocumentRelation = (typeof DOCUMENT_RELATIONS)[number];

/** Party terms (khóa) as Roman numerals ↔ numbers. */
const ROMAN: [number, string][] = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) while (rest >= v) {
    out += s;
    rest -= v;
  }
  return out;
}
export function fromRoman(s: string): number | null {
  const t = s.toUpperCase();
  if (!/^[IVXL]+$/u.test(t)) return null;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const a = val[t[i] as string] as number;
    const b = val[t[i + 1] as string] ?? 0;
    n += a < b ? -a : a;
  }
  return n > 0 && toRoman(n) === t ? n : null;
}
