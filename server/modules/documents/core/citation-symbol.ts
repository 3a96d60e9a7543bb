/**
 * Document symbols (số và ký hiệu), read segment by segment from tokens.
 *
 * Party form  N-ABBR/ISSUER[-ISSUER…]     19-CT/TW · 01-NQ/TU · 79-CTr/BDVTW-BCSĐCP · 36-HD/VPTW
 * State form  N/ABBR-ISSUER[-ISSUER…]     35/CT-TTg · 17/NQ-CP
 *             N/YYYY/ABBR-ISSUER[-…]      13/2023/NĐ-CP · 01/2024/TT-BNV
 *             N/YYYY/QHnn                 10/2022/QH15 (laws and resolutions of the National Assembly)
 *
 * Loose writing accepted: spaces around the separators ("19 - CT/TW",
 * "19-CT / TW", "1206 /QĐ-HVTC"), any dash, any letter case, "TƯ" for "TW",
 * a space instead of the hyphen before a known abbreviation ("84 QĐ/TWĐTN"),
 * abbreviations typed without diacritics (QD, ND, DA).
 *
 * Normalised output: no spaces, codes upper case except the canonical mixed
 * ones (CTr, QĐi, TTg), "TƯ" → "TW", number and year digits as written.
 */
import type { DocumentKind, IssuerCode } from '../../../../shared/documents.ts';
import * as ct from './citation-text.ts';
import type { Tokens } from './citation-text.ts';

const { T_NUM, T_PUNCT, T_SPACE, T_WORD } = ct;

export type SymbolForm = 'party' | 'state' | 'assembly';

export interface SymbolMatch {
  number: string;
  symbol: string;
  form: SymbolForm;
  /** Canonical abbreviation of the kind, when the form has one ("CT", "NĐ", "QĐi"). */
  abbr: string | null;
  /** Kind implied by the abbreviation (form-aware: Party TT → circular_party, State TT → circular). */
  kind: DocumentKind | null;
  /** Issuer implied by the issuer part, only when unambiguous. */
  issuer: IssuerCode | null;
  /** Term implied by QH15 / UBTVQH14. */
  term: number | null;
  /** The issuer part as normalised ("TW", "BDVTW-BCSĐCP", "TTg"), for comparisons. */
  issuerPart: string;
  /** Token index just after the symbol. */
  end: number;
}

/** Canonical spellings of abbreviations, keyed by their upper-case form. */
const CANONICAL_ABBR: Record<string, string> = {
  CTR: 'CTr',
  QĐI: 'QĐi',
  QDI: 'QĐi',
  QD: 'QĐ',
  ND: 'NĐ',
  DA: 'ĐA',
};
const CANONICAL_ISSUER: Record<string, string> = { TTG: 'TTg', TƯ: 'TW' };

const PARTY_KINDS: Record<string, DocumentKind> = {
  NQ: 'resolution',
  CT: 'directive',
  KL: 'conclusion',
  QĐ: 'decision',
  QĐi: 'regulation',
  QC: 'rules',
  HD: 'guidance',
  KH: 'plan',
  CTr: 'programme',
  ĐA: 'scheme',
  TB: 'notice',
  TT: 'circular_party',
  CV: 'official_letter',
  BC: 'report',
  NQLT: 'joint_resolution',
  TTLT: 'joint_circular',
};
const STATE_KINDS: Record<string, DocumentKind> = {
  NQ: 'resolution',
  CT: 'directive',
  KL: 'conclusion',
  QĐ: 'decision',
  QC: 'rules',
  HD: 'guidance',
  KH: 'plan',
  CTr: 'programme',
  ĐA: 'scheme',
  TB: 'notice',
  TT: 'circular',
  BC: 'report',
  NĐ: 'decree',
  PL: 'ordinance',
  NQLT: 'joint_resolution',
  TTLT: 'joint_circular',
};
/** Abbreviations that identify a kind in either form (lower-case keys for loose input). */
const KNOWN_ABBR_LOWER = new Set([...Object.keys(PARTY_KINDS), ...Object.keys(STATE_KINDS), 'QD', 'ND', 'DA', 'QDi'].map((a) => a.toLowerCase()));
/** Issuer codes recognised in lower case ("35/ct-ttg"). */
const KNOWN_ISSUER_LOWER = new Set(['tw', 'tư', 'tu', 'ttg', 'cp', 'bdvtw', 'vptw', 'bdvtu', 'ubnd', 'btgdvtw', 'mttw', 'hu', 'đu', 'du']);

const SINGLE_ISSUER: Record<string, IssuerCode> = {
  TTg: 'thu_tuong',
  CP: 'chinh_phu',
  TU: 'tinh_uy',
  BDVTW: 'ban_dan_van_tw',
  BTGDVTW: 'ban_tg_dv_tw',
  VPTW: 'van_phong_tw',
  BDVTU: 'ban_dan_van_tinh_uy',
  MTTW: 'mttq_tw',
};

function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "QH15" → 15, "UBTVQH14" → 14, else null. */
function assemblyTerm(code: string): { body: 'QH' | 'UBTVQH'; term: number | null } | null {
  const u = code.toUpperCase();
  for (const body of ['UBTVQH', 'QH'] as const) {
    if (!u.startsWith(body)) continue;
    const rest = u.slice(body.length);
    if (rest === '') return { body, term: null };
    if (rest.length <= 2 && isAllDigits(rest)) return { body, term: Number(rest) };
  }
  return null;
}

export function canonicalAbbr(raw: string): string {
  const u = raw.toUpperCase();
  return CANONICAL_ABBR[u] ?? u;
}
function canonicalIssuerSeg(raw: string): string {
  const u = raw.toUpperCase();
  const c = CANONICAL_ISSUER[u];
  if (c) return c;
  if (u.length > 2 && u.endsWith('TƯ')) return `${u.slice(0, -2)}TW`;
  return u;
}

function isCodeLike(raw: string): boolean {
  if (raw.length > 14) return false;
  const l = raw.toLowerCase();
  if (KNOWN_ABBR_LOWER.has(l) || KNOWN_ISSUER_LOWER.has(l)) return true;
  if (assemblyTerm(raw)) return true;
  // Upper case codes, allowing the canonical lower-case tails (CTr, QĐi, TTg).
  const c = canonicalAbbr(raw);
  if (c === 'CTr' || c === 'QĐi' || canonicalIssuerSeg(raw) === 'TTg') return true;
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
export function isKnownAbbr(raw: string): boolean {
  return KNOWN_ABBR_LOWER.has(raw.toLowerCase());
}

interface Seg {
  text: string;
  letters: boolean;
  spaced: boolean;
  end: number;
}

/** One segment at token i: digits, or letters possibly glued to digits (QH15). */
function readSeg(tk: Tokens, i: number): Seg | null {
  const t = tk.t(i);
  if (t === T_NUM) {
    const s = tk.str(i);
    if (s.length > 6) return null;
    return { text: s, letters: false, spaced: false, end: i + 1 };
  }
  if (t !== T_WORD) return null;
  let text = tk.str(i);
  let j = i + 1;
  // QH15, UBTVQH14: letters directly followed by digits.
  if (tk.t(j) === T_NUM && tk.e(j) - tk.s(j) <= 2) {
    text += tk.str(j);
    j++;
  }
  if (text.length > 16) return null;
  return { text, letters: true, spaced: false, end: j };
}

const MAX_SEGS = 7;

/**
 * Read a symbol starting at the number token i. Returns null when what
 * follows the number is not a symbol (then the caller may still use the bare number).
 */
export function matchSymbol(tk: Tokens, i: number): SymbolMatch | null {
  if (tk.t(i) !== T_NUM) return null;
  const first = tk.str(i);
  if (first.length > 6) return null;
  const segs: Seg[] = [{ text: first, letters: false, spaced: false, end: i + 1 }];
  const seps: string[] = [];
  let j = i + 1;
  while (segs.length < MAX_SEGS) {
    tk.steps++;
    const a = tk.skipSpace(j);
    let sep: string | null = null;
    let b: number;
    if (tk.t(a) === T_PUNCT && (tk.str(a) === '-' || tk.str(a) === '/')) {
      sep = tk.str(a);
      b = tk.skipSpace(a + 1);
    } else if (segs.length === 1 && a > j && tk.t(a) === T_WORD && isKnownAbbr(tk.str(a))) {
      // "84 QĐ/TWĐTN": a space where the hyphen belongs, before a known abbreviation and a slash.
      const after = tk.skipSpace(a + 1);
      if (!(tk.t(after) === T_PUNCT && tk.str(after) === '/')) break;
      sep = '-';
      b = a;
    } else break;
    const seg = readSeg(tk, b);
    if (!seg) break;
    const spaced = a > j || b > a + 1 || tk.t(b - 1) === T_SPACE;
    if (seg.letters) {
      if (spaced ? !isCodeLike(seg.text) : seg.text.length > 14) break;
    } else if (seg.text.length > 4 || spaced) break;
    seg.spaced = spaced;
    segs.push(seg);
    seps.push(sep);
    j = seg.end;
  }
  return interpret(segs, seps);
}

function interpret(segs: Seg[], seps: string[]): SymbolMatch | null {
  // Try the longest prefix that forms a valid symbol.
  for (let m = segs.length; m >= 3; m--) {
    const r = interpretExact(segs.slice(0, m), seps.slice(0, m - 1));
    if (r) return r;
  }
  return null;
}

function interpretExact(segs: Seg[], seps: string[]): SymbolMatch | null {
  const num = segs[0];
  if (!num || num.letters) return null;
  const last = segs[segs.length - 1];
  if (!last) return null;
  const end = last.end;
  const s1 = segs[1];
  const s2 = segs[2];
  if (!s1 || !s2) return null;
  // Party: N - A / I (- I)*
  if (seps[0] === '-' && s1.letters && seps[1] === '/' && s2.letters && seps.slice(2).every((s) => s === '-') && segs.slice(3).every((s) => s.letters)) {
    const abbr = canonicalAbbr(s1.text);
    const issuers = segs.slice(2).map((s) => canonicalIssuerSeg(s.text));
    return build(num.text, `${num.text}-${abbr}/${issuers.join('-')}`, 'party', abbr, PARTY_KINDS[abbr] ?? null, issuers, null, end);
  }
  if (seps[0] !== '/') return null;
  // State: N / A - I (- I)*
  if (s1.letters && seps[1] === '-' && s2.letters && seps.slice(2).every((s) => s === '-') && segs.slice(3).every((s) => s.letters)) {
    const abbr = canonicalAbbr(s1.text);
    const issuers = segs.slice(2).map((s) => canonicalIssuerSeg(s.text));
    return build(num.text, `${num.text}/${abbr}-${issuers.join('-')}`, 'state', abbr, STATE_KINDS[abbr] ?? null, issuers, null, end);
  }
  if (s1.letters || seps[1] !== '/' || s1.text.length !== 4) return null;
  const year = s1.text;
  // N / YYYY / QHnn
  if (segs.length === 3 && s2.letters) {
    const qh = assemblyTerm(s2.text);
    if (!qh) return null;
    const code = s2.text.toUpperCase();
    return build(num.text, `${num.text}/${year}/${code}`, 'assembly', null, qh.body === 'QH' ? 'law' : null, [code], qh.term, end);
  }
  // N / YYYY / A - I (- I)*
  const s3 = segs[3];
  if (s2.letters && s3 && s3.letters && seps[2] === '-' && seps.slice(3).every((s) => s === '-') && segs.slice(4).every((s) => s.letters)) {
    const abbr = canonicalAbbr(s2.text);
    const issuers = segs.slice(3).map((s) => canonicalIssuerSeg(s.text));
    return build(num.text, `${num.text}/${year}/${abbr}-${issuers.join('-')}`, 'state', abbr, STATE_KINDS[abbr] ?? null, issuers, null, end);
  }
  return null;
}

function build(
  number: string,
  symbol: string,
  form: SymbolForm,
  abbr: string | null,
  kind: DocumentKind | null,
  issuers: string[],
  term: number | null,
  end: number,
): SymbolMatch {
  let issuer: IssuerCode | null = null;
  let t = term;
  if (issuers.length === 1) {
    const only = issuers[0] as string;
    issuer = SINGLE_ISSUER[only] ?? null;
    const qh = assemblyTerm(only);
    if (qh) {
      issuer = qh.body === 'QH' ? 'quoc_hoi' : 'ubtv_quoc_hoi';
      t = t ?? qh.term;
    }
  }
  return { number, symbol, form, abbr, kind, issuer, term: t, issuerPart: issuers.join('-'), end };
}
