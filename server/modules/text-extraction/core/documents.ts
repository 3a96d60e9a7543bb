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
import { type FoundCitation, parseCitations } from '../../documents/core/index.ts';
import type { ExtractedDocument } from './types.ts';
import { type Analysed, foldWord, T_WORD } from './text.ts';
import type { UnitSpan } from './units.ts';

const ISSUE_VERBS = [['ban', 'hanh'], ['ky', 'ban', 'hanh'], ['ra'], ['co']];
const BEFORE_VERB = new Set(['da', 'vua', 'moi', 'cung']);

const issuerByName = new Map<string, IssuerCode>(ISSUERS.map((i) => [fold(i.vi), i.code]));
function fold(s: string): string {
  return foldWord(s.toLowerCase()).replace(/\s+/gu, ' ').trim();
}
const ISSUER_ALIASES = new Map<string, IssuerCode>([
  ['ubnd tinh', 'ubnd_tinh'],
  ['uy ban nhan dan tinh', 'ubnd_tinh'],
  ['ban thuong vu tinh uy', 'btv_tinh_uy'],
  ['ban dan van tinh uy', 'ban_dan_van_tinh_uy'],
  ['tinh uy', 'tinh_uy'],
  ['bo chinh tri', 'bo_chinh_tri'],
  ['ban bi thu', 'ban_bi_thu'],
]);

/** The issuer named right before "(đã) ban hành" in front of citation start token `at`. */
function issuerBefore(a: Analysed, at: number, unitEnds: Map<number, UnitSpan>): { code: IssuerCode | null; name: string } | null {
  const tk = a.tk;
  const prevs: number[] = []; // the words before the citation, nearest first
  for (let j = a.prev(at); j >= 0 && tk.t(j) === T_WORD && prevs.length < 3; j = a.prev(j)) prevs.push(j);
  for (const verb of ISSUE_VERBS) {
    if (prevs.length < verb.length) continue;
    if (!verb.every((w, k) => a.fold(prevs[verb.length - 1 - k] as number) === w)) continue;
    let k = a.prev(prevs[verb.length - 1] as number);
    if (k >= 0 && BEFORE_VERB.has(a.fold(k))) k = a.prev(k);
    const u = unitEnds.get(k + 1);
    if (!u || u.kind === 'place') return null;
    const code = issuerByName.get(fold(u.name)) ?? ISSUER_ALIASES.get(fold(u.name)) ?? null;
    return { code, name: u.name };
  }
  return null;
}

function compatible(x: ExtractedDocument, y: FoundCitation): boolean {
  if (x.kind !== y.kind || x.number !== y.number) return false;
  if (x.symbol && y.symbol && x.symbol !== y.symbol) return false;
  if (x.date && y.date && !(x.date.startsWith(y.date) || y.date.startsWith(x.date))) return false;
  if (x.issuer && y.issuer && x.issuer !== y.issuer) return false;
  if (!x.issuer && !y.issuer && x.issuerName && y.issuerName && fold(x.issuerName) !== fold(y.issuerName)) return false;
  if (x.term !== null && y.term !== null && x.term !== y.term) return false;
  return true;
}

export function findDocuments(a: Analysed, units: UnitSpan[]): { documents: ExtractedDocument[]; citations: FoundCitation[] } {
  const citations = parseCitations(a.joined).filter((c) => c.kind !== null && c.number !== null);
  const unitEnds = new Map<number, UnitSpan>();
  for (const u of units) unitEnds.set(u.end, u);
  const docs: ExtractedDocument[] = [];
  for (const c of citations) {
    if (!c.issuer && !c.issuerName) {
      const before = issuerBefore(a, a.tokenAtOriginal(c.start), unitEnds);
      if (before) {
        c.issuer = before.code;
        c.issuerName = before.name;
      }
    }
    const same = docs.find((d) => compatible(d, c));
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
    docs.push({
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
    });
  }
  return { documents: docs, citations };
}
