/**
 * The citation parser and formatter of Party and State documents: the one
 * place that reads "Chỉ thị số 19-CT/TW, ngày 10/01/2018 của Ban Bí thư (khóa XII)
 * về …" into fields and writes fields back the official way. Pure: no I/O.
 *
 * How a text is read (all hand-written scanning over a flat token array, so
 * the work is linear in the input and nothing can backtrack):
 *
 * 1. `prepare` (citation-text.ts) NFC-normalises, moves old-style tones
 *    (uỷ → ủy, khoá → khóa, hoà → hòa), unifies dashes and spaces, and keeps a
 *    map back to the caller's offsets.
 * 2. A citation starts at
 *    - a kind word ("Chỉ thị", "Nghị quyết", "Luật", …; with or without
 *      diacritics) followed by ["số"] a number or a symbol. A few words may
 *      stand between the kind and "số" ("Chương trình phối hợp số 79-CTr/…",
 *      "Quyết định của Bộ Chính trị số 31-QĐ/TW", "Luật Thực hiện dân chủ ở cơ
 *      sở số 10/2022/QH15", whose title becomes the subject). A bare number
 *      without "số" is refused when a unit follows ("Báo cáo 6 tháng");
 *    - "số" followed by a full symbol ("số 19-CT/TW"): the kind comes from the symbol;
 *    - a full symbol with a known kind abbreviation ("36-HD/VPTW", "35/CT-TTg").
 * 3. The head that closely follows — in any order, each at most once,
 *    optionally after a comma — : a date ("ngày 10/01/2018", "10.1.2018",
 *    "ngày 10 tháng 01 năm 2018", "tháng 7/2015", "năm 2013"); "của <issuer>"
 *    (also "do <issuer> ban hành", "giữa <A> và <B>"); a term ("khóa XII",
 *    "(khoá XI)", ", Khóa 12"); an alias in brackets ("(Kết luận 12)"); a
 *    quoted title; and finally "về <subject>". Anything else ends the head, so
 *    a date or issuer is never borrowed from another clause.
 * 4. An unquoted subject runs to the end of its clause: ";", ":", "!", "?", a
 *    sentence-ending ".", "…", a line break, an unmatched closing bracket or
 *    quote, a ", <next citation>" / " và <next citation>", or 400 characters.
 *    Scanning resumes at the subject start, so documents cited inside a subject
 *    ("… về tiếp tục thực hiện Quyết định số 290 của Bộ Chính trị …") are found
 *    as well; their spans then lie inside the outer one.
 * 5. Citations joined by "," / "và" where the earlier ones have no head of
 *    their own ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày
 *    12/12/2013 của Bộ Chính trị", "Quyết định 217, 218-QĐ/TW") share the last
 *    one's date, issuer and term — only between documents of the same kind and
 *    the same issuer part of the symbol; a bare number also takes the symbol
 *    pattern ("217" → "217-QĐ/TW"). The subject is never shared.
 *
 * Field rules: a written issuer wins over the symbol; a symbol names the issuer
 * only when unambiguous (TTg, CP, QHnn, TU, BDVTW, VPTW…; never TW or UBND), and
 * then `issuerName` is the canonical name of shared/documents.ts; when the written
 * issuer is unknown but the symbol is unambiguous, the code comes from the symbol
 * and the name stays as written. QH15 / UBTVQH14 give the term. A kind word wins
 * over the symbol's abbreviation ("Quy định số 97-QĐ/TW" is a regulation), except
 * for the joint variants (NQLT, TTLT). A State symbol N/YYYY/QHnn without a kind
 * word is a law. The date is never taken from the year inside a symbol.
 */
import { ISSUERS, documentKindInfo, fromRoman, toRoman, type DocumentKind, type IssuerCode } from '../../../../shared/documents.ts';
import { formatDatePhrase, matchDate } from './citation-dates.ts';
import { matchIssuer, type IssuerMatch } from './citation-issuers.ts';
import { matchSymbol, type SymbolMatch } from './citation-symbol.ts';
import * as ct from './citation-text.ts';
import { foldWord, prepare, type Prepared, Tokens } from './citation-text.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_BREAK, T_NUM, T_PUNCT, T_SPACE, T_WORD } = ct;

export interface CitationFields {
  kind: DocumentKind | null;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuer: IssuerCode | null;
  issuerName: string | null;
  term: number | null;
  subject: string | null;
}
export type FoundCitation = CitationFields & { start: number; end: number };

export interface CitationDoc {
  kind: DocumentKind;
  number: string;
  symbol: string | null;
  date: string | null;
  issuer: IssuerCode | null;
  issuerName?: string | null;
  term: number | null;
  subject?: string | null;
}

const EMPTY: CitationFields = { kind: null, number: null, symbol: null, date: null, issuer: null, issuerName: null, term: null, subject: null };

// ─── vocabulary ────────────────────────────────────────────────────────────

const KIND_PHRASES: [string, DocumentKind][] = [
  ['nghị quyết liên tịch', 'joint_resolution'],
  ['thông tư liên tịch', 'joint_circular'],
  ['nghị quyết', 'resolution'],
  ['chỉ thị', 'directive'],
  ['kết luận', 'conclusion'],
  ['quyết định', 'decision'],
  ['quy định', 'regulation'],
  ['quy chế', 'rules'],
  ['hướng dẫn', 'guidance'],
  ['kế hoạch', 'plan'],
  ['chương trình', 'programme'],
  ['đề án', 'scheme'],
  ['thông báo', 'notice'],
  ['thông tri', 'circular_party'],
  ['công văn', 'official_letter'],
  ['báo cáo', 'report'],
  ['bộ luật', 'law'],
  ['luật', 'law'],
  ['pháp lệnh', 'ordinance'],
  ['nghị định', 'decree'],
  ['thông tư', 'circular'],
];
interface KindPhrase {
  kind: DocumentKind;
  words: string[];
  folded: string[];
}
const KIND_BY_FIRST = new Map<string, KindPhrase[]>();
for (const [phrase, kind] of KIND_PHRASES) {
  const words = phrase.split(' ');
  const entry = { kind, words, folded: words.map(foldWord) };
  for (const key of new Set([words[0] as string, entry.folded[0] as string])) {
    const list = KIND_BY_FIRST.get(key) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    KIND_BY_FIRST.set(key, list);
  }
}
/** Kinds whose title may stand between the kind word and the number ("Luật An ninh mạng số …"). */
const TITLED = new Set<DocumentKind>(['law', 'ordinance']);
const JOINT_OF: Partial<Record<DocumentKind, DocumentKind>> = { joint_resolution: 'resolution', joint_circular: 'circular' };

/** Words after a bare number that make it a quantity, not a document number. */
const UNITS = new Set(
  [
    'quý', 'tuần', 'giờ', 'phút', 'lần', 'đợt', 'người', 'hộ', 'xã', 'phường', 'huyện', 'tỉnh', 'điểm', 'nội', 'nhiệm', 'giải', 'mục',
    'điều', 'khoản', 'trang', 'tập', 'cuộc', 'mô', 'chỉ', 'tiêu', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'trăm', 'đồng', 'km', 'ha', 'văn',
    'bài', 'chương', 'phần', 'loại', 'cá', 'đơn', 'cơ', 'nhóm', 'thôn', 'bản', 'ấp', 'tổ', 'đảng', 'đại', 'học', 'vấn', 'lĩnh',
  ].flatMap((w) => [w, foldWord(w)]),
);

const OPEN_QUOTES = new Map<string, string>([
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '”'],
]);
const SUBJECT_CAP = 400;
/** Words that continue a title after a quoted part: về “Dân vận khéo” giai đoạn 2021 - 2025. */
const RUN_ON = ['giai', 'trong', 'trên', 'ở', 'tại', 'đến', 'thời', 'nhiệm', 'gắn', 'đối'];
/** Words that start the main clause again after an unquoted subject ("… ở Trung ương đã đề cập"). */
const SUBJECT_STOP = ['đã', 'sẽ', 'đang', 'vừa', 'nêu'];
/** After a comma, words that start a new clause ("…, để triển khai", "…, đồng thời"). */
const SUBJECT_STOP_AFTER_COMMA = ['để', 'nhằm', 'đồng', 'theo', 'góp', 'qua', 'sau', 'khi'];

// ─── scanner ───────────────────────────────────────────────────────────────

interface NumberRef {
  number: string;
  sym: SymbolMatch | null;
  hasSo: boolean;
  end: number;
}

interface Core {
  start: number; // token
  kind: DocumentKind | null;
  ref: NumberRef;
  end: number; // token after the number / symbol / bracketed number
  preIssuer: IssuerMatch | null;
  title: string | null;
}

interface Head {
  date: string | null;
  issuer: IssuerMatch | null;
  term: number | null;
  subject: string | null;
  /** First token of the subject (quoted or not), or -1. */
  subjectStart: number;
  /** End of the head as a token index and as a character offset in the normalised text. */
  end: number;
  endChar: number;
  empty: boolean;
}

interface Cand {
  fields: CitationFields;
  core: Core;
  head: Head;
  resume: number;
  startChar: number;
  endChar: number;
}

class Scanner {
  readonly tk: Tokens;
  private readonly aliasStarts = new Set<number>();

  constructor(text: string | Tokens) {
    this.tk = typeof text === 'string' ? new Tokens(text) : text;
  }

  private readonly isKindStartFn = (i: number): boolean => this.matchKind(i) !== null;

  matchKind(i: number): { kind: DocumentKind; end: number } | null {
    const tk = this.tk;
    if (tk.t(i) !== T_WORD) return null;
    const list = KIND_BY_FIRST.get(tk.lower(i));
    if (!list) return null;
    for (const p of list) {
      let j = i;
      let ok = true;
      for (let w = 0; w < p.words.length; w++) {
        tk.steps++;
        if (w > 0) {
          if (tk.t(j) !== T_SPACE || tk.e(j) - tk.s(j) > 3) {
            ok = false;
            break;
          }
          j++;
        }
        if (!tk.is(j, p.words[w] as string, p.folded[w])) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) return { kind: p.kind, end: j };
    }
    return null;
  }

  private isSo(i: number): boolean {
    return this.tk.is(i, 'số', 'so');
  }

  /** After a bare number (no "số", no symbol): is what follows compatible with a document number? */
  private followerOk(k: number): boolean {
    const tk = this.tk;
    const a = tk.skipSpace(k);
    const t = tk.t(a);
    if (t === 0 || t === T_BREAK) return true;
    if (t === T_NUM) return false;
    if (t === T_PUNCT) {
      const c = tk.str(a);
      if (c === '%') return false;
      if ((c === '.' || c === ',' || c === '/' || c === '-') && a === k && tk.t(a + 1) === T_NUM) return false;
      return true;
    }
    if (tk.is(a, 'ngày') || tk.is(a, 'tháng') || tk.is(a, 'năm')) return matchDate(tk, a) !== null;
    return !UNITS.has(tk.lower(a));
  }

  /** ["số"[":"]] number-or-symbol at token j. */
  private numberRef(j: number, requireSo: boolean): NumberRef | null {
    const tk = this.tk;
    let k = j;
    let hasSo = false;
    if (this.isSo(k)) {
      hasSo = true;
      k = tk.skipSpace(k + 1);
      if (tk.isPunct(k, ':')) k = tk.skipSpace(k + 1);
    } else if (requireSo) return null;
    if (tk.t(k) !== T_NUM) return null;
    const digits = tk.str(k);
    if (digits.length > 6) return null;
    const sym = matchSymbol(tk, k);
    if (sym) return { number: sym.number, sym, hasSo, end: sym.end };
    if (!hasSo && !this.followerOk(k + 1)) return null;
    return { number: digits, sym: null, hasSo, end: k + 1 };
  }

  /** The kind word, number and symbol of a citation starting at token i. */
  core(i: number): Core | null {
    const tk = this.tk;
    const t = tk.t(i);
    if (t === T_WORD) {
      const km = this.matchKind(i);
      if (km) return this.afterKind(i, km.kind, km.end);
      if (this.isSo(i)) {
        const ref = this.numberRef(i, true);
        if (ref?.sym) return { start: i, kind: ref.sym.kind, ref, end: ref.end, preIssuer: null, title: null };
      }
      return null;
    }
    if (t === T_NUM) {
      // A bare symbol, not in the middle of another one or of a date.
      const prev = i - 1;
      const pt = tk.t(prev);
      if (prev >= 0 && (pt === T_WORD || pt === T_NUM)) return null;
      if (pt === T_PUNCT && '/-.'.includes(tk.str(prev))) return null;
      const sym = matchSymbol(tk, i);
      if (!sym || (sym.kind === null && sym.form !== 'assembly')) return null;
      return { start: i, kind: sym.kind, ref: { number: sym.number, sym, hasSo: false, end: sym.end }, end: sym.end, preIssuer: null, title: null };
    }
    return null;
  }

  private afterKind(i: number, wordKind: DocumentKind, kindEnd: number): Core | null {
    const tk = this.tk;
    const j = tk.skipSpace(kindEnd);
    let ref = this.numberRef(j, false);
    let end = ref?.end ?? -1;
    let preIssuer: IssuerMatch | null = null;
    let title: string | null = null;
    if (!ref) {
      // Words between the kind and "số": a title, "của <issuer>", "phối hợp"…
      const limit = TITLED.has(wordKind) ? 12 : 6;
      let k = j;
      let count = 0;
      let lastEnd = -1;
      while (count < limit && tk.t(k) === T_WORD) {
        tk.steps++;
        if (this.isSo(k) && tk.t(tk.skipSpace(k + 1)) === T_NUM) break;
        if (this.matchKind(k)) break;
        count++;
        lastEnd = k + 1;
        if (tk.t(k + 1) !== T_SPACE) break;
        k += 2;
      }
      if (count === 0) return null;
      const m = tk.skipSpace(lastEnd);
      ref = this.numberRef(m, true);
      end = ref?.end ?? -1;
      if (!ref && TITLED.has(wordKind) && tk.isPunct(m, '(')) {
        // "Luật An ninh mạng (Luật số 24/2018/QH14)"
        let p = tk.skipSpace(m + 1);
        const inner = this.matchKind(p);
        if (inner) p = tk.skipSpace(inner.end);
        const r = this.numberRef(p, false);
        if (r) {
          const q = tk.skipSpace(r.end);
          if (tk.isPunct(q, ')')) {
            ref = r;
            end = q + 1;
          }
        }
      }
      if (!ref) return null;
      if (tk.is(j, 'của')) preIssuer = matchIssuer(tk, tk.skipSpace(j + 1), this.isKindStartFn);
      else if (TITLED.has(wordKind)) title = lowerFirst(tk.text.slice(tk.s(j), tk.e(lastEnd - 1)));
    }
    let kind: DocumentKind = wordKind;
    const symKind = ref.sym?.kind ?? null;
    if (symKind && JOINT_OF[symKind] === wordKind) kind = symKind;
    return { start: i, kind, ref, end, preIssuer, title };
  }

  /** A number continuing a list: "Quyết định 217, 218-QĐ/TW", "Chỉ thị số 05 và 06". */
  private chainCore(i: number, prevKind: DocumentKind | null): Core | null {
    if (!prevKind) return null;
    const ref = this.numberRef(i, false);
    if (!ref) return null;
    return { start: i, kind: ref.sym?.kind ?? prevKind, ref, end: ref.end, preIssuer: null, title: null };
  }

  // ─── head ──────────────────────────────────────────────────────────────

  private term(i: number): { term: number; end: number } | null {
    const tk = this.tk;
    if (!tk.is(i, 'khóa')) return null;
    const j = tk.skipSpace(i + 1);
    let n: number | null = null;
    if (tk.t(j) === T_WORD) n = fromRoman(tk.str(j));
    else if (tk.t(j) === T_NUM && tk.e(j) - tk.s(j) <= 2) n = Number(tk.str(j));
    if (n === null || n < 1 || n > 30) return null;
    if (tk.t(j + 1) === T_WORD || tk.t(j + 1) === T_NUM) return null;
    return { term: n, end: j + 1 };
  }

  private quoted(i: number): { text: string; start: number; end: number; endChar: number } | null {
    const tk = this.tk;
    if (tk.t(i) !== T_PUNCT) return null;
    const close = OPEN_QUOTES.get(tk.str(i));
    if (!close) return null;
    const cap = tk.s(i) + SUBJECT_CAP;
    let k = i + 1;
    while (k < tk.count && tk.s(k) < cap && tk.t(k) !== T_BREAK) {
      tk.steps++;
      if (tk.t(k) === T_PUNCT && tk.str(k) === close) {
        let a = tk.s(i + 1);
        const b = tk.s(k);
        // A quoted subject may carry its "về": “Về tăng cường …”.
        const first = tk.skipSpace(i + 1);
        if (tk.is(first, 'về') && tk.t(first + 1) === T_SPACE) a = tk.s(tk.skipSpace(first + 1));
        const text = trimSubject(tk.text, a, b);
        if (!text) return null;
        return { text, start: i + 1, end: k + 1, endChar: tk.e(k) };
      }
      k++;
    }
    return null;
  }

  /** Is a citation starting at token k (after spaces)? Used to end a subject before the next one. */
  private startsCitation(k: number): boolean {
    return this.core(this.tk.skipSpace(k)) !== null;
  }

  private unquotedSubject(s0: number): { text: string; end: number; endChar: number } | null {
    const tk = this.tk;
    const cap = tk.s(s0) + SUBJECT_CAP;
    let k = s0;
    let curly = 0;
    let straight = false;
    let paren = 0;
    let last = s0;
    while (k < tk.count) {
      tk.steps++;
      const t = tk.t(k);
      if (t === T_BREAK || tk.s(k) >= cap) break;
      if (t === T_PUNCT) {
        const c = tk.str(k);
        const nested = curly > 0 || straight || paren > 0;
        if (c === '“' || c === '«' || c === '„') curly++;
        else if (c === '”' || c === '»') {
          if (curly === 0) break;
          curly--;
        } else if (c === '"') straight = !straight;
        else if (c === '(') paren++;
        else if (c === ')') {
          if (paren === 0) break;
          paren--;
        } else if (!nested) {
          if (c === ';' || c === '!' || c === '?' || c === ':' || c === '…') break;
          if (c === '.') {
            const nt = tk.t(k + 1);
            if (nt === 0 || nt === T_SPACE || nt === T_BREAK || tk.isPunct(k + 1, '.')) break;
          }
          if (c === ',') {
            const w = tk.skipSpace(k + 1);
            if (SUBJECT_STOP_AFTER_COMMA.some((x) => tk.is(w, x)) || this.startsCitation(w)) break;
          }
        }
      } else if (t === T_WORD && curly === 0 && !straight && paren === 0 && k > s0) {
        if (SUBJECT_STOP.some((x) => tk.is(k, x))) break;
        if (tk.is(k, 'và') && this.startsCitation(k + 1)) break;
      }
      k++;
      if (t !== T_SPACE) last = k;
    }
    if (last === s0) return null;
    const r = trimSubjectRange(tk.text, tk.s(s0), tk.e(last - 1));
    if (!r.text) return null;
    return { text: r.text, end: last, endChar: r.endChar };
  }

  private head(from: number, number: string): Head {
    const tk = this.tk;
    const h: Head = { date: null, issuer: null, term: null, subject: null, subjectStart: -1, end: from, endChar: tk.e(from - 1), empty: true };
    let p = from;
    for (let iter = 0; iter < 12; iter++) {
      tk.steps++;
      let q = tk.skipSpace(p);
      if (tk.isPunct(q, ',')) q = tk.skipSpace(q + 1);
      let next = -1;
      let endChar = -1;
      let stop = false;
      const date = matchDate(tk, q);
      if (date) {
        if (h.date) break;
        h.date = date.date;
        next = date.end;
      } else if (tk.is(q, 'của') || tk.is(q, 'do') || tk.is(q, 'giữa')) {
        if (h.issuer) break;
        const giua = tk.is(q, 'giữa');
        const iss = matchIssuer(tk, tk.skipSpace(q + 1), this.isKindStartFn);
        if (!iss) break;
        next = iss.end;
        h.issuer = iss;
        if (giua) {
          const v = tk.skipSpace(iss.end);
          if (tk.is(v, 'và') || tk.is(v, 'với')) {
            const other = matchIssuer(tk, tk.skipSpace(v + 1), this.isKindStartFn);
            if (other) {
              h.issuer = { code: null, name: `${iss.name} và ${other.name}`, end: other.end };
              next = other.end;
            }
          }
        } else if (tk.is(q, 'do')) {
          const b = tk.skipSpace(next);
          if (tk.is(b, 'ban') && tk.t(b + 1) === T_SPACE && tk.is(b + 2, 'hành')) next = b + 3;
        }
      } else if (tk.is(q, 'khóa')) {
        const t = this.term(q);
        if (!t || h.term !== null) break;
        h.term = t.term;
        next = t.end;
      } else if (tk.isPunct(q, '(')) {
        const inner = tk.skipSpace(q + 1);
        const t = this.term(inner);
        if (t) {
          if (h.term !== null) break;
          // "(khóa XII)", "(khóa XII, nhiệm kỳ 2015 - 2020)"
          let c = tk.skipSpace(t.end);
          for (let n = 0; n < 12 && !tk.isPunct(c, ')') && tk.t(c) !== T_BREAK && c < tk.count; n++) c++;
          if (!tk.isPunct(c, ')')) break;
          h.term = t.term;
          next = c + 1;
        } else {
          // An alias of the same document: "(Kết luận 12)", "(gọi tắt là Nghị quyết 25)".
          const alias = this.alias(inner, number);
          if (alias < 0) break;
          next = alias;
        }
      } else if (tk.t(q) === T_PUNCT && OPEN_QUOTES.has(tk.str(q))) {
        if (h.subject) break;
        const qs = this.quoted(q);
        if (!qs) break;
        h.subject = qs.text;
        h.subjectStart = qs.start;
        next = qs.end;
        endChar = qs.endChar;
      } else if (tk.is(q, 'về')) {
        if (h.subject) break;
        const s0 = tk.skipSpace(q + 1);
        if (s0 === q + 1) break;
        const qs = this.quoted(s0);
        if (qs && !this.runsOn(qs.end)) {
          h.subject = qs.text;
          h.subjectStart = qs.start;
          next = qs.end;
          endChar = qs.endChar;
        } else {
          const us = this.unquotedSubject(s0);
          if (!us) break;
          h.subject = us.text;
          h.subjectStart = s0;
          next = us.end;
          endChar = us.endChar;
          stop = true;
        }
      } else break;
      p = next;
      h.end = next;
      h.endChar = endChar >= 0 ? endChar : tk.e(next - 1);
      h.empty = false;
      if (stop) break;
    }
    return h;
  }

  /** After a quoted subject, does the title go on (về “Dân vận khéo” giai đoạn 2021 - 2025)? */
  private runsOn(k: number): boolean {
    const tk = this.tk;
    const a = tk.skipSpace(k);
    return a > k && RUN_ON.some((w) => tk.is(a, w));
  }

  /** "(Kết luận 12)" after citation number 12: returns the token after ")" or -1. */
  private alias(i: number, number: string): number {
    const tk = this.tk;
    let k = i;
    for (let n = 0; n < 4 && tk.t(k) === T_WORD && !this.matchKind(k); n++) k = tk.skipSpace(k + 1); // "gọi tắt là"
    const aliasStart = k;
    const km = this.matchKind(k);
    if (km) k = tk.skipSpace(km.end);
    const ref = this.numberRef(k, false);
    if (!ref || ref.number !== number) return -1;
    const c = tk.skipSpace(ref.end);
    if (!tk.isPunct(c, ')')) return -1;
    this.aliasStarts.add(aliasStart);
    this.aliasStarts.add(k);
    return c + 1;
  }

  // ─── citations ─────────────────────────────────────────────────────────

  private build(core: Core): Cand {
    const tk = this.tk;
    const startChar = tk.s(core.start);
    const head = this.head(core.end, core.ref.number);
    const sym = core.ref.sym;
    const written = head.issuer ?? core.preIssuer;
    let issuer: IssuerCode | null = written?.code ?? null;
    let issuerName: string | null = written?.name ?? null;
    if (!written && sym?.issuer) {
      issuer = sym.issuer;
      issuerName = ISSUERS.find((x) => x.code === sym.issuer)?.vi ?? null;
    } else if (written && !issuer && sym?.issuer) issuer = sym.issuer;
    const fields: CitationFields = {
      kind: core.kind,
      number: core.ref.number,
      symbol: sym?.symbol ?? null,
      date: head.date,
      issuer,
      issuerName,
      term: head.term ?? sym?.term ?? null,
      subject: head.subject ?? core.title,
    };
    const resume = head.subjectStart >= 0 ? Math.min(head.subjectStart, head.end) : Math.max(head.end, core.end);
    const endChar = head.empty ? tk.e(core.end - 1) : head.endChar;
    return { fields, core, head, resume, startChar, endChar };
  }

  /** After a citation with no head: ", " / " và " / ", và " before the next one. */
  private connector(k: number): number {
    const tk = this.tk;
    const a = tk.skipSpace(k);
    let b = a;
    if (tk.isPunct(b, ',')) b = tk.skipSpace(b + 1);
    if ((tk.is(b, 'và') || tk.is(b, 'cùng')) && tk.t(b + 1) === T_SPACE) b = tk.skipSpace(b + 1);
    return b === a ? -1 : b;
  }

  scan(limit: number): Cand[] {
    const tk = this.tk;
    const out: Cand[] = [];
    let i = 0;
    while (i < tk.count) {
      tk.steps++;
      if (this.aliasStarts.has(i)) {
        i++;
        continue;
      }
      const core = this.core(i);
      if (!core) {
        i++;
        continue;
      }
      const group = [this.build(core)];
      for (let n = 0; n < 50; n++) {
        const last = group[group.length - 1] as Cand;
        if (!last.head.empty) break;
        const nx = this.connector(last.core.end);
        if (nx < 0) break;
        const nextCore = this.core(nx) ?? this.chainCore(nx, last.fields.kind);
        if (!nextCore) break;
        group.push(this.build(nextCore));
      }
      shareGroup(group);
      out.push(...group);
      const last = group[group.length - 1] as Cand;
      i = Math.max(last.resume, i + 1);
      if (out.length >= limit) break;
    }
    return out;
  }
}

function shareGroup(group: Cand[]): void {
  const last = group[group.length - 1];
  if (!last || group.length < 2) return;
  const lf = last.fields;
  const lsym = last.core.ref.sym;
  for (const m of group.slice(0, -1)) {
    const f = m.fields;
    if (f.kind !== lf.kind) continue;
    const msym = m.core.ref.sym;
    if (!f.symbol && lsym && lf.symbol && f.number && lf.symbol.startsWith(lsym.number)) {
      f.symbol = f.number + lf.symbol.slice(lsym.number.length);
      if (!f.issuer && lsym.issuer) {
        f.issuer = lsym.issuer;
        f.issuerName = lf.issuerName;
      }
    } else if (msym && lsym && msym.issuerPart !== lsym.issuerPart) continue;
    f.date ??= lf.date;
    if (!f.issuerName && !f.issuer) {
      f.issuer = lf.issuer;
      f.issuerName = lf.issuerName;
    }
    f.term ??= lf.term;
  }
}

const TRAILING = new Set([' ', '\t', '\n', ',', ';', ':', '.', '…', '!', '?', '-']);

/** Trim trailing punctuation and unmatched closing quotes or brackets from text[a, b). */
function trimSubject(text: string, a: number, b: number): string {
  let s = text.slice(a, b).trim();
  for (let guard = 0; guard < 50; guard++) {
    const before = s;
    let e = s.length;
    while (e > 0 && TRAILING.has(s.charAt(e - 1))) e--;
    s = s.slice(0, e);
    const lastCh = s.charAt(s.length - 1);
    if (
      (lastCh === '”' && count(s, '“') < count(s, '”')) ||
      (lastCh === '"' && count(s, '"') % 2 === 1) ||
      (lastCh === ')' && count(s, '(') < count(s, ')')) ||
      (lastCh === '»' && count(s, '«') < count(s, '»'))
    ) {
      s = s.slice(0, -1);
    }
    const firstCh = s.charAt(0);
    if ((firstCh === '“' && count(s, '“') > count(s, '”')) || (firstCh === '"' && count(s, '"') % 2 === 1) || (firstCh === '(' && count(s, '(') > count(s, ')'))) {
      s = s.slice(1).trimStart();
    }
    if (s === before) break;
  }
  return s;
}
/** Like trimSubject, and also where the kept text ends in `text`; a wholly quoted subject loses its quotes. */
function trimSubjectRange(text: string, a: number, b: number): { text: string; endChar: number } {
  const s = trimSubject(text, a, b);
  const at = s ? text.slice(a, b).indexOf(s) : -1;
  const endChar = at >= 0 ? a + at + s.length : a;
  if (s.length >= 2 && ((s.startsWith('“') && s.endsWith('”') && count(s, '“') === 1) || (s.startsWith('"') && s.endsWith('"') && count(s, '"') === 2))) {
    return { text: s.slice(1, -1).trim(), endChar };
  }
  return { text: s, endChar };
}
function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
function lowerFirst(s: string): string {
  const a = s.charAt(0);
  const b = s.charAt(1);
  if (b && b === b.toUpperCase() && b !== b.toLowerCase()) return s; // an acronym: "MTTQ"
  return a.toLowerCase() + s.slice(1);
}

// ─── public API ────────────────────────────────────────────────────────────

function run(text: string, limit: number, given?: { prepared: Prepared; tokens: Tokens }): { found: FoundCitation[]; steps: number } {
  if (typeof text !== 'string' || text.length === 0) return { found: [], steps: 0 };
  const prepared = given?.prepared ?? prepare(text);
  const scanner = new Scanner(given?.tokens ?? prepared.text);
  const cands = scanner.scan(limit);
  const found = cands.map((c) => {
    const start = prepared.origStart[c.startChar] ?? 0;
    const endIdx = Math.max(c.endChar - 1, c.startChar);
    const end = prepared.origEnd[endIdx] ?? text.length;
    return { ...c.fields, start, end: Math.max(end, start) };
  });
  return { found, steps: scanner.tk.steps + prepared.text.length };
}

/** Every citation in a longer text, with offsets into the original string. Never throws. */
export function parseCitations(text: string): FoundCitation[] {
  try {
    return run(text, Number.POSITIVE_INFINITY).found;
  } catch {
    return [];
  }
}

/**
 * parseCitations over a text the caller has already prepared and tokenised
 * (`prepare(text)` and `new Tokens(prepared.text)`), so that a larger reader
 * does not normalise the same text twice. Never throws.
 */
export function parseCitationsPrepared(text: string, prepared: Prepared, tokens: Tokens): FoundCitation[] {
  try {
    return run(text, Number.POSITIVE_INFINITY, { prepared, tokens }).found;
  } catch {
    return [];
  }
}

/** The first citation in `text` (with the fields it shares with a list it heads); all-null fields when none. */
export function parseCitation(text: string): CitationFields {
  try {
    const first = run(text, 1).found[0];
    if (!first) return { ...EMPTY };
    const { start: _s, end: _e, ...fields } = first;
    return fields;
  } catch {
    return { ...EMPTY };
  }
}

/**
 * Work done by the scanner on `text` (token visits plus characters normalised):
 * lets tests check that the cost grows linearly with the input.
 */
export function citationScanSteps(text: string): number {
  return run(text, Number.POSITIVE_INFINITY).steps;
}

/**
 * Normalise a symbol as written: '19 - CT/TƯ' → '19-CT/TW'; '35/ct-ttg' → '35/CT-TTg'.
 * Text that is not a recognisable symbol comes back NFC-normalised, with
 * spaces around "-" and "/" removed and inner spaces collapsed.
 */
export function normaliseSymbol(raw: string): string {
  try {
    const prepared = prepare(String(raw));
    const tk = new Tokens(prepared.text);
    for (let i = 0; i < tk.count && i < 8; i++) {
      if (tk.t(i) === T_NUM) {
        const sym = matchSymbol(tk, i);
        if (sym) return sym.symbol;
        break;
      }
    }
    return prepared.text
      .split(/\s+/u)
      .filter((w) => w !== '')
      .join(' ')
      .split(' - ')
      .join('-')
      .split(' / ')
      .join('/')
      .replace(/ ([-/])|([-/]) /gu, '$1$2');
  } catch {
    return String(raw);
  }
}

/**
 * The official form of a citation:
 *   "Chỉ thị số 19-CT/TW, ngày 10/01/2018 của Ban Bí thư (khóa XII) về tăng cường …"
 *   "Nghị định số 13/2023/NĐ-CP, ngày 17/04/2023 của Chính phủ về bảo vệ dữ liệu cá nhân"
 *   "Luật số 10/2022/QH15, ngày 10/11/2022 của Quốc hội (khóa XV) về thực hiện dân chủ ở cơ sở"
 * Kind label, "số" and the symbol (or the bare number); ", ngày dd/mm/yyyy"
 * (", tháng mm/yyyy", ", năm yyyy" for less precise dates); " của <issuer>"
 * (the written name, else the canonical name of the code); " (khóa <Roman>)";
 * " về <subject>" unless withSubject is false. Laws follow the same rule: the
 * title goes into the "về" part.
 */
export function formatCitation(doc: CitationDoc, options?: { withSubject?: boolean }): string {
  const withSubject = options?.withSubject ?? true;
  let out = `${documentKindInfo(doc.kind)?.vi ?? doc.kind} số ${(doc.symbol ?? '').trim() || doc.number}`;
  const date = formatDatePhrase(doc.date);
  if (date) out += `, ${date}`;
  const issuerName = doc.issuerName?.trim() || (doc.issuer ? (ISSUERS.find((x) => x.code === doc.issuer)?.vi ?? null) : null);
  if (issuerName) out += ` của ${issuerName}`;
  if (doc.term !== null && Number.isInteger(doc.term) && doc.term > 0 && doc.term < 90) out += ` (khóa ${toRoman(doc.term)})`;
  // Subjects are stored without their leading "về"; tolerate one typed in anyway.
  const subject = doc.subject?.trim().replace(/^về\s+/iu, '');
  if (withSubject && subject) out += ` về ${subject}`;
  return out;
}
