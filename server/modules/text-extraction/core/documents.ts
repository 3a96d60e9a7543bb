/**
 * Numbered documents cited in a text, read by the registry's citation parser
 * (one parser for both), then:
 * - an issuer written before the document ("Ban Thường vụ Tỉnh ủy đã ban hành
 *   Chỉ thị số 05-CT/TU …") is taken when the citation names none;
 * - repeated and short mentions ("Chỉ thị 19" after "Chỉ thị số 19 ngày …")
 *   merge into one document when nothing they say conflicts (same kind and
 *   number; symbol, date, issuer and term equal where both give them).
 */
import { documentKindInfo, ISSUERS, type IssuerCode } from '../../../../shared/documents.ts';
import { type FoundCitation, isoDate, matchDate, parseCitation, parseCitationsPrepared } from '../../documents/core/index.ts';
import { dayMonthAt, yearFromDateLine } from './event-date.ts';
import { startsPersonName } from './names.ts';
import type { ExtractedDocument } from './types.ts';
import { type Analysed, foldWord } from './text.ts';
import * as tx from './text.ts';
import { type UnitSpan, unitAt } from './units.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_WORD } = tx;

/** Words between an issuer and the document it issues: "(đã) (ký) ban hành (kèm theo)", "vừa ra", "mới đây ký". */
const ISSUING = new Set(['ban', 'hanh', 'ky', 'ra', 'co', 'da', 'vua', 'moi', 'day', 'chinh', 'thuc', 'kem', 'theo', 'cung']);
const ISSUING_VERB = new Set(['hanh', 'ky', 'ra', 'co']);
/** Titles that issue documents themselves. */
const ISSUING_TITLES: [string[], string][] = [
  [['chu', 'tich', 'nuoc'], 'Chủ tịch nước'],
  [['thu', 'tuong', 'chinh', 'phu'], 'Thủ tướng Chính phủ'],
  [['thu', 'tuong'], 'Thủ tướng Chính phủ'],
];

function fold(s: string): string {
  return foldWord(s.toLowerCase()).replace(/\s+/gu, ' ').trim();
}

/** The issuer code of a body named in a text, read by the citation parser itself (one parser for both). */
function issuerCodeOf(name: string): IssuerCode | null {
  return parseCitation(`Quyết định số 1 của ${name}`).issuer;
}

interface Issuance {
  issuer: { code: IssuerCode | null; name: string } | null;
  date: string | null;
  /** Token range of the date phrase, to keep it from being taken as the event. */
  dateSpan: [number, number] | null;
}

/**
 * "Ngày 19.1, Chủ tịch UBND tỉnh đã ban hành Chỉ thị 114/CT-UBND",
 * "Ngày 12/12/2013, Bộ Chính trị (khóa XI) ban hành kèm theo Quyết định số 217…",
 * "thay mặt Bộ Chính trị, Tổng Bí thư … đã ký ban hành Chỉ thị số 45-CT/TW":
 * the issuer and date of the citation starting at token `at`, from its own sentence.
 */
function issuanceBefore(a: Analysed, at: number, sentenceStart: number, unitEnds: Map<number, UnitSpan>, published: string | null): Issuance | null {
  const tk = a.tk;
  let k = a.prev(at);
  let verb = false;
  for (let n = 0; n < 7 && k >= sentenceStart && tk.t(k) === T_WORD && ISSUING.has(a.fold(k)); n++) {
    if (ISSUING_VERB.has(a.fold(k))) verb = true;
    k = a.prev(k);
  }
  if (!verb || k < sentenceStart) return null;
  // "(khóa XI)" between the body and the verb
  if (a.punct(k) === ')') {
    let o = k;
    for (let n = 0; n < 10 && o > sentenceStart && a.punct(o) !== '('; n++) o--;
    if (a.punct(o) === '(') k = a.prev(o);
  }
  let issuer: Issuance['issuer'] = null;
  let subjectStart = k;
  // a person ("Thường trực Ban Bí thư Trần Cẩm Tú … ký"): the body in their title
  let nameStart = k;
  while (nameStart > sentenceStart && a.isTitleCase(nameStart) && tk.t(nameStart - 1) === tx.T_SPACE && a.isTitleCase(nameStart - 2)) nameStart -= 2;
  if (nameStart < k && startsPersonName(a, nameStart)) {
    const u = unitEnds.get(nameStart - 1);
    if (u && u.kind !== 'place') issuer = { code: issuerCodeOf(u.name), name: u.name };
    subjectStart = u ? u.start : nameStart;
  } else {
    const u = unitEnds.get(k + 1);
    if (u && u.kind !== 'place') {
      issuer = { code: issuerCodeOf(u.name), name: u.name };
      subjectStart = u.start;
      // "Chủ tịch UBND tỉnh": the chair issues, not the committee
      const t = a.prev(u.start);
      if (t >= sentenceStart && a.fold(t) === 'tich' && a.fold(a.prev(t)) === 'chu') {
        issuer = { code: null, name: a.slice(a.prev(t), u.end) };
        subjectStart = a.prev(t);
      }
    } else {
      for (const [words, name] of ISSUING_TITLES) {
        const s0 = k - (words.length - 1) * 2;
        if (s0 >= sentenceStart && a.phrase(s0, words) === k + 1) {
          issuer = { code: name.startsWith('Thủ tướng') ? 'thu_tuong' : null, name };
          subjectStart = s0;
          break;
        }
      }
    }
  }
  // "thay mặt Bộ Chính trị, …" anywhere before
  for (let i = sentenceStart; i < subjectStart; i++) {
    if (a.fold(i) === 'thay' && tk.t(i + 1) === tx.T_SPACE && a.fold(i + 2) === 'mat' && tk.t(i + 3) === tx.T_SPACE) {
      const u = unitAt(a, i + 4);
      if (u) issuer = { code: issuerCodeOf(u.name), name: u.name };
    }
  }
  // the date phrase before the subject: "Ngày 19.1,", "ngày 04/01/2021,"
  let date: string | null = null;
  let dateSpan: [number, number] | null = null;
  for (let i = sentenceStart; i < subjectStart && !date; i++) {
    if (a.fold(i) !== 'ngay') continue;
    const d = dayMonthAt(a, tk.skipSpace(i + 1));
    if (!d) continue;
    const year = d.year ?? yearFromDateLine(d.day, d.month, published);
    date = year === null ? null : isoDate(year, d.month, d.day);
    if (date) dateSpan = [i, d.end];
  }
  if (!issuer && !date) return null;
  return { issuer, date, dateSpan };
}

/** The body that "(đã) ban hành" something in tokens [from, to). */
function sentenceIssuer(a: Analysed, from: number, to: number, unitEnds: Map<number, UnitSpan>): Issuance['issuer'] {
  for (let i = from; i < to; i++) {
    if (a.fold(i) !== 'ban' || a.tk.t(i + 1) !== tx.T_SPACE || a.fold(i + 2) !== 'hanh') continue;
    let k = a.prev(i);
    if (k >= from && BEFORE_ISSUING.has(a.fold(k))) k = a.prev(k);
    const u = unitEnds.get(k + 1);
    if (u && u.kind !== 'place' && u.start >= from) return { code: issuerCodeOf(u.name), name: u.name };
  }
  return null;
}
const BEFORE_ISSUING = new Set(['da', 'vua', 'moi', 'cung']);

/** "(Quy định số 124)" after "Quy định ngày 2/2/2018 của Ban Bí thư về …": the fields of the description. */
function describedBefore(a: Analysed, c: FoundCitation, sentenceStart: number, unitEnds: Map<number, UnitSpan>): { date: string | null; issuer: Issuance['issuer'] } | null {
  const tk = a.tk;
  const at = a.tokenAtOriginal(c.start);
  const open = a.prev(at);
  if (a.punct(open) !== '(') return null;
  const label = fold(documentKindInfo(c.kind as NonNullable<FoundCitation['kind']>).vi).split(' ');
  for (let i = sentenceStart; i < open; i++) {
    if (a.phrase(i, label) < 0) continue;
    const after = a.phrase(i, label);
    let date: string | null = null;
    let issuer: Issuance['issuer'] = null;
    for (let j = after, n = 0; j < open && n < 30; j++, n++) {
      if (tk.t(j) !== T_WORD) continue;
      const f = a.fold(j);
      if (f === 've') break;
      if (f === 'ngay' && !date) date = matchDate(tk, j)?.date ?? null;
      if (f === 'cua' && !issuer) {
        const u = unitAt(a, tk.skipSpace(j + 1));
        if (u) issuer = { code: issuerCodeOf(u.name), name: u.name };
      }
    }
    if (date || issuer) return { date, issuer: issuer ?? sentenceIssuer(a, sentenceStart, open, unitEnds) };
  }
  // "Ban Bí thư … đã ban hành “Hướng dẫn …” (Quyết định số 99)": the sentence's issuer
  const issuer = sentenceIssuer(a, sentenceStart, open, unitEnds);
  return issuer ? { date: null, issuer } : null;
}

function compatible(x: ExtractedDocument, y: FoundCitation): boolean {
  // one symbol, one document ("Số: 97-QĐ/TW" under "Quy định số 97-QĐ/TW")
  if (x.symbol && y.symbol && x.symbol === y.symbol) return true;
  if (x.kind !== y.kind || x.number !== y.number) return false;
  if (x.symbol && y.symbol && x.symbol !== y.symbol) return false;
  if (x.date && y.date && !(x.date.startsWith(y.date) || y.date.startsWith(x.date))) return false;
  if (x.issuer && y.issuer && x.issuer !== y.issuer) return false;
  if (!x.issuer && !y.issuer && x.issuerName && y.issuerName && fold(x.issuerName) !== fold(y.issuerName)) return false;
  if (x.term !== null && y.term !== null && x.term !== y.term) return false;
  return true;
}

export function findDocuments(
  a: Analysed,
  units: UnitSpan[],
  sentenceEnd: Uint8Array,
  published: string | null,
): { documents: ExtractedDocument[]; citations: FoundCitation[]; issuanceDates: [number, number][] } {
  const citations = parseCitationsPrepared(a.joined, a.prepared, a.tk).filter((c) => c.kind !== null && c.number !== null);
  const unitEnds = new Map<number, UnitSpan>();
  for (const u of units) unitEnds.set(u.end, u);
  const docs: ExtractedDocument[] = [];
  const byKindNumber = new Map<string, ExtractedDocument[]>();
  const bySymbol = new Map<string, ExtractedDocument[]>();
  const issuanceDates: [number, number][] = [];
  let chain: { end: number; issuance: Issuance } | null = null;
  for (const c of citations) {
    const at = a.tokenAtOriginal(c.start);
    let sentenceStart = at;
    while (sentenceStart > 0 && !sentenceEnd[sentenceStart - 1] && at - sentenceStart < 400) sentenceStart--;
    let issuance = issuanceBefore(a, at, sentenceStart, unitEnds, published);
    // "… ban hành Quyết định số 217 “…” và Quyết định số 218 “…”": the chain shares the clause
    if (!issuance && chain && /^\s*(,|và)\s*$/u.test(a.joined.slice(chain.end, c.start))) issuance = chain.issuance;
    if (issuance) {
      chain = { end: c.end, issuance };
      if (issuance.dateSpan) issuanceDates.push(issuance.dateSpan);
      if (!c.date && issuance.date) c.date = issuance.date;
      if (!c.issuer && !c.issuerName && issuance.issuer) {
        c.issuer = issuance.issuer.code;
        c.issuerName = issuance.issuer.name;
      }
    } else chain = null;
    if (!c.date && !c.issuer && !c.issuerName) {
      const described = describedBefore(a, c, sentenceStart, unitEnds);
      if (described) {
        c.date = described.date;
        if (described.issuer) {
          c.issuer = described.issuer.code;
          c.issuerName = described.issuer.name;
        }
      }
    }
    if (!c.issuer && c.issuerName) c.issuer = issuerCodeOf(c.issuerName);
    // candidates: same symbol, or same kind and number (a handful each, so merging stays linear)
    const candidates = [...(c.symbol ? (bySymbol.get(c.symbol) ?? []) : []), ...(byKindNumber.get(`${c.kind}|${c.number}`) ?? [])];
    const same = candidates.find((d) => compatible(d, c));
    if (same) {
      same.mentions.push({ start: c.start, end: c.end });
      same.symbol ??= c.symbol;
      if (c.date && (!same.date || c.date.length > same.date.length)) same.date = c.date;
      if (!same.issuer && c.issuer) same.issuer = c.issuer;
      if (!same.issuerName && c.issuerName) same.issuerName = c.issuerName;
      same.term ??= c.term;
      same.subject ??= c.subject;
      continue;
    }
    const kind = c.kind as NonNullable<FoundCitation['kind']>;
    const doc: ExtractedDocument = {
      kind,
      kindLabel: documentKindInfo(kind).vi,
      number: c.number as string,
      symbol: c.symbol,
      date: c.date,
      issuer: c.issuer,
      issuerName: c.issuerName ?? (c.issuer ? (ISSUERS.find((i) => i.code === c.issuer)?.vi ?? null) : null),
      term: c.term,
      subject: c.subject,
      start: c.start,
      end: c.end,
      mentions: [{ start: c.start, end: c.end }],
    };
    docs.push(doc);
    const key = `${doc.kind}|${doc.number}`;
    byKindNumber.set(key, [...(byKindNumber.get(key) ?? []), doc]);
    if (doc.symbol) bySymbol.set(doc.symbol, [...(bySymbol.get(doc.symbol) ?? []), doc]);
  }
  return { documents: docs, citations, issuanceDates };
}
