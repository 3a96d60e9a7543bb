/**
 * People and their titles:
 *   "Ông Lê Minh Thế - Trưởng Ban Dân vận Tỉnh uỷ"        name, separator, titles
 *   "đồng chí Phạm Thái Hanh, Trưởng Ban…"                 comma separator
 *   "đồng chí Trưởng Ban Dân vận Tỉnh ủy Phạm Thái Hanh"   title before the name
 *   "các ông: A - X, Y; B - Z"                             a list
 *   "Chủ tịch UBND tỉnh Nguyễn Văn A"                       no honorific: a known family name is required
 * and the byline: a name alone on one of the last lines ("Quang Hưng (Đài
 * Tiên Yên)"); initials ("N.D", "PV") are not people. Titles run through
 * capitalised words and a closed list of lower-case words ("Phó Bí thư
 * Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh") and stop at anything else
 * ("… Tỉnh ủy chủ trì hội nghị"). Linear: every loop advances.
 */
import { capitaliseName, readName, SURNAMES, startsPersonName, titleCaseRun, wordCount } from './names.ts';
import type { ExtractedPerson, Span } from './types.ts';
import { type Analysed, foldWord, PhraseSet, wordSet } from './text.ts';
import * as tx from './text.ts';
import { AFTER_CAP_STOPS } from './units.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_BREAK, T_NUM, T_PUNCT, T_SPACE, T_WORD } = tx;

const HONORIFICS = new PhraseSet<string>(
  [
    ['ông', 'ông'], ['bà', 'bà'], ['đồng chí', 'đồng chí'], ['đ/c', 'đồng chí'], ['anh', 'anh'], ['chị', 'chị'],
    ['các ông', 'ông'], ['các bà', 'bà'], ['các đồng chí', 'đồng chí'], ['các vị', 'vị'],
    ['thượng tướng', 'thượng tướng'], ['trung tướng', 'trung tướng'], ['thiếu tướng', 'thiếu tướng'], ['đại tá', 'đại tá'], ['thượng tá', 'thượng tá'],
    ['trung tá', 'trung tá'], ['thiếu tá', 'thiếu tá'], ['đại úy', 'đại úy'], ['hòa thượng', 'hòa thượng'], ['thượng tọa', 'thượng tọa'],
    ['đại đức', 'đại đức'], ['ni sư', 'ni sư'], ['linh mục', 'linh mục'], ['mục sư', 'mục sư'], ['giám mục', 'giám mục'], ['già làng', 'già làng'],
    ['nghệ nhân', 'nghệ nhân'], ['tiến sĩ', 'tiến sĩ'], ['ts', 'tiến sĩ'], ['ths', 'thạc sĩ'], ['pgs', 'phó giáo sư'], ['gs', 'giáo sư'],
    ['bác sĩ', 'bác sĩ'], ['nhà báo', 'nhà báo'], ['cô', 'cô'], ['thầy', 'thầy'], ['em', 'em'], ['cụ', 'cụ'],
  ].map(([k, v]) => [k as string, v as string]),
);
/** Honorifics after which a name needs no known family name. */
const LOOSE_HONORIFICS = new Set(['ông', 'bà', 'đồng chí', 'vị', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy']);

const TITLE_HEADS = new PhraseSet<true>(
  [
    'ủy viên', 'bí thư', 'phó bí thư', 'trưởng', 'phó', 'chủ tịch', 'giám đốc', 'chủ nhiệm', 'tổng bí thư', 'thủ tướng', 'bộ trưởng', 'thứ trưởng',
    'chánh', 'viện trưởng', 'đại biểu', 'tỉnh ủy viên', 'huyện ủy viên', 'thành ủy viên', 'thị ủy viên', 'đảng ủy viên', 'thường trực', 'chỉ huy trưởng',
    'hiệu trưởng', 'nguyên', 'quyền', 'chuyên viên', 'tổ trưởng', 'người phát ngôn', 'tổng biên tập', 'chính ủy', 'tư lệnh', 'cục trưởng',
    'vụ trưởng', 'trưởng phòng', 'hội trưởng', 'chi hội trưởng', 'già làng', 'người có uy tín', 'phụ trách', 'thành viên', 'đảng viên',
    'chủ nhiệm ủy ban', 'kiểm sát viên', 'thẩm phán', 'công chức', 'cán bộ', 'trưởng ấp', 'trưởng thôn', 'trưởng bản', 'trưởng khu phố',
  ].map((h): [string, true] => [h, true]),
);
/** Heads that are titles only when more follows ("Phó Chủ tịch", not "Phó" alone; "Trưởng Ban…"). */
const BARE_NOT_TITLE = new Set(['phó', 'trưởng', 'nguyên', 'quyền', 'thường trực', 'thành viên', 'đảng viên', 'cán bộ', 'công chức', 'phụ trách']);

/** Lower-case words that continue a title after a lower-case word ("Phó Bí thư thường trực", "Trưởng ban dân vận tỉnh ủy"). */
const TITLE_LOWER = wordSet([
  'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'thành', 'phố', 'trấn', 'ấp', 'thôn', 'bản', 'ủy', 'ban', 'dân', 'vận', 'thường', 'trực',
  'vụ', 'viên', 'đảng', 'bộ', 'nhân', 'tộc', 'giáo', 'kiêm', 'trưởng', 'phó', 'đoàn', 'đại', 'biểu', 'quốc', 'hội', 'mặt', 'trận', 'tổ',
  'trung', 'ương', 'khóa', 'nước', 'tuyên', 'chính', 'trị', 'liên', 'hiệp', 'phụ', 'nữ', 'nông', 'cựu', 'chiến', 'binh', 'thanh', 'niên', 'lao',
]);
const NUMBERED_LEVELS = wordSet(['phường', 'quận', 'khu', 'tổ', 'ấp', 'khóm']);
/** Capitalised words that end a title. */
const TITLE_CAP_STOPS = wordSet(['về', 'ngày', 'năm', 'tháng', 'số', 'tại', 'theo', 'trong', 'sáng', 'chiều', 'tối', 'đồng', 'ông', 'bà', 'các', 'cùng', 'dự', 'và', 'với', 'phát', 'thay', 'nhân', 'đây', 'hội', 'tham', 'chủ']);

const ENDS_SENTENCE = new Set(['.', '!', '?', '…', ':', '”', '"']);

/** Words of the last lines that are site furniture, not a byline. */
const CHROME = wordSet([
  'thống', 'truy', 'đăng', 'chia', 'bình', 'tin', 'in', 'gửi', 'quay', 'xem', 'bản', 'liên', 'trang', 'tags', 'từ', 'chuyên', 'mục', 'nguồn', 'theo',
  'ảnh', 'video', 'bài', 'hội', 'ban', 'ủy', 'tỉnh', 'huyện', 'báo', 'đài', 'cổng', 'tổng', 'đang', 'lượt', 'phản', 'ý', 'kiến',
]);

interface Found {
  name: string;
  honorific: string | null;
  titles: string[];
  span: Span;
  byline: boolean;
}

/** Read one title starting at token i; returns its end (exclusive) or -1. Stops before a person's name when `beforeName`. */
function readTitle(a: Analysed, i: number): number {
  const tk = a.tk;
  const head = TITLE_HEADS.match(a, i);
  if (!head) return -1;
  let end = head.end;
  let j = head.end;
  for (let n = 0; n < 16; n++) {
    // glued abbreviation: "UB.MTTQVN", "HĐND-UBND"
    if ((a.punct(j) === '.' || a.punct(j) === '-') && tk.t(j + 1) === T_WORD && a.isCap(j + 1) && a.isCap(j - 1)) {
      end = j + 2;
      j = end;
      continue;
    }
    if (tk.t(j) !== T_SPACE || tk.e(j) - tk.s(j) > 2) break;
    const k = j + 1;
    if (tk.t(k) === T_NUM) break;
    if (tk.t(k) !== T_WORD) break;
    if (a.isCap(k)) {
      if (TITLE_CAP_STOPS.has(a, k) && !(a.fold(k) === 'hoi' && a.isCap(a.next(k)))) break;
      if (startsPersonName(a, k)) break;
    } else {
      if (a.fold(k) === 'va' && a.isCap(a.next(k)) && !startsPersonName(a, a.next(k)) && !TITLE_CAP_STOPS.has(a, a.next(k))) {
        // "Tuyên giáo và Dân vận"
        end = k + 1;
        j = end;
        continue;
      }
      // the second syllable of a capitalised word ("Trung tâm"), or a title word after a lower-case one
      if (a.isCap(a.prev(k)) ? AFTER_CAP_STOPS.has(a, k) && !TITLE_LOWER.has(a, k) : !TITLE_LOWER.has(a, k)) break;
      // "phường 13", "quận 5"
      if (NUMBERED_LEVELS.has(a, k) && tk.t(k + 1) === T_SPACE && tk.t(k + 2) === T_NUM) {
        end = k + 3;
        j = end;
        continue;
      }
    }
    end = k + 1;
    j = k + 1;
  }
  // A bare head ("Phó", "Trưởng") is no title.
  if (end === head.end && BARE_NOT_TITLE.has(a.slice(i, head.end).toLowerCase())) return -1;
  return end;
}

/** Titles after a name: "- X, Y", ", X", "(X)", ": X"; returns the titles and the end token. */
function readTitlesAfter(a: Analysed, i: number): { titles: string[]; end: number } {
  const tk = a.tk;
  const titles: string[] = [];
  const j = i;
  // separator
  let k = tk.skipSpace(j);
  const p = a.punct(k);
  let closing = '';
  if (p === '-' || p === ',' || p === ':' || p === '(') {
    if (p === '(') closing = ')';
    k = tk.skipSpace(k + 1);
  } else if (!(tk.t(k) === T_WORD && a.fold(k) === 'kiem')) {
    return { titles, end: i };
  }
  let end = i;
  for (let n = 0; n < 6; n++) {
    if (tk.t(k) === T_WORD && a.fold(k) === 'kiem') k = tk.skipSpace(k + 1);
    const t = readTitle(a, k);
    if (t < 0) break;
    titles.push(cleanTitle(a.slice(k, t)));
    end = t;
    // more titles: ", X" / " kiêm X" / " và X"
    const after = tk.skipSpace(t);
    if (a.punct(after) === ',' || (tk.t(after) === T_WORD && (a.fold(after) === 'kiem' || a.fold(after) === 'va'))) {
      const nxt = tk.skipSpace(after + 1);
      if (TITLE_HEADS.match(a, nxt) && readTitle(a, nxt) > 0) {
        k = nxt;
        continue;
      }
    }
    break;
  }
  if (closing) {
    const c = tk.skipSpace(end);
    if (a.punct(c) === ')') end = c + 1;
  }
  return { titles, end: titles.length ? end : i };
}

function cleanTitle(t: string): string {
  return t.replace(/[\s,;:.-]+$/u, '').trim();
}

function honorificAt(a: Analysed, i: number): { end: number; value: string; plural: boolean } | null {
  const h = HONORIFICS.match(a, i);
  if (!h) return null;
  // "ông" etc. must be a word on its own, followed by space (or ":" for lists)
  const plural = a.fold(i) === 'cac';
  return { end: h.end, value: h.value, plural };
}

/** Every person in the text; `blocked` marks tokens inside document citations. */
export function findPeople(a: Analysed, blocked?: Uint8Array): ExtractedPerson[] {
  const tk = a.tk;
  const found: Found[] = [];
  let i = 0;
  while (i < tk.count) {
    if (tk.t(i) !== T_WORD || blocked?.[i] || (i > 0 && tk.t(i - 1) === T_WORD)) {
      i++;
      continue;
    }
    const next = readPersonAt(a, i, found);
    i = next > i ? next : i + 1;
  }
  for (const b of findBylines(a)) found.push(b);
  return merge(found);
}

/** Try every person pattern at token i; pushes what it finds and returns the token to continue from. */
function readPersonAt(a: Analysed, i: number, out: Found[]): number {
  const tk = a.tk;
  const hon = honorificAt(a, i);
  if (hon) {
    let k = tk.skipSpace(hon.end);
    if (hon.plural && a.punct(k) === ':') k = tk.skipSpace(k + 1);
    if (tk.t(k) !== T_WORD) return hon.end;
    // title before the name: "đồng chí Trưởng Ban Dân vận Tỉnh ủy Phạm Thái Hanh"
    if (TITLE_HEADS.match(a, k) && a.isCap(k)) {
      const before = titlesBeforeName(a, k);
      if (before) {
        const after = readTitlesAfter(a, before.nameEnd);
        out.push(person(a, before.nameStart, before.nameEnd, hon.value, [...before.titles, ...after.titles]));
        return Math.max(before.nameEnd, after.end);
      }
    }
    const loose = LOOSE_HONORIFICS.has(hon.value);
    const nameEnd = readName(a, k, !loose);
    if (nameEnd < 0) return hon.end;
    const after = readTitlesAfter(a, nameEnd);
    out.push(person(a, k, nameEnd, hon.value, after.titles));
    let end = Math.max(nameEnd, after.end);
    if (hon.plural) end = readList(a, end, hon.value, out);
    return end;
  }
  // titles before the name without an honorific: "Chủ tịch UBND tỉnh Nguyễn Văn A", "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng"
  if (a.isCap(i) && TITLE_HEADS.match(a, i)) {
    const before = titlesBeforeName(a, i);
    if (before) {
      const after = readTitlesAfter(a, before.nameEnd);
      out.push(person(a, before.nameStart, before.nameEnd, null, [...before.titles, ...after.titles]));
      return Math.max(before.nameEnd, after.end);
    }
    const t = readTitle(a, i);
    return t > 0 ? t : i + 1;
  }
  // name then titles without an honorific: "Nguyễn Văn A, Chủ tịch …"
  if (startsPersonName(a, i)) {
    const nameEnd = readName(a, i, true);
    if (nameEnd > 0) {
      const after = readTitlesAfter(a, nameEnd);
      if (after.titles.length) {
        out.push(person(a, i, nameEnd, null, after.titles));
        return after.end;
      }
      // a name already met ("Ông Lê Minh Thế tặng …" later as "Lê Minh Thế")
      return nameEnd;
    }
  }
  return i + 1;
}

/** Titles, joined by "," or "kiêm", then a name: "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng". */
function titlesBeforeName(a: Analysed, i: number): { titles: string[]; nameStart: number; nameEnd: number } | null {
  const tk = a.tk;
  const titles: string[] = [];
  let k = i;
  for (let n = 0; n < 4; n++) {
    const t = readTitle(a, k);
    if (t < 0) return null;
    titles.push(cleanTitle(a.slice(k, t)));
    if (tk.t(t) === T_SPACE && startsPersonName(a, t + 1)) {
      const nameEnd = readName(a, t + 1, true);
      if (nameEnd > 0) return { titles, nameStart: t + 1, nameEnd };
    }
    const sep = tk.skipSpace(t);
    const next = tk.skipSpace(sep + 1);
    if (!(a.punct(sep) === ',' || a.fold(sep) === 'kiem') || !TITLE_HEADS.match(a, next)) return null;
    k = next;
  }
  return null;
}

/** After the first person of "các ông: A - X; B - Y và C - Z": the others. */
function readList(a: Analysed, from: number, honorific: string, out: Found[]): number {
  const tk = a.tk;
  let j = from;
  for (let n = 0; n < 30; n++) {
    const sep = tk.skipSpace(j);
    const p = a.punct(sep);
    let k: number;
    if (p === ';' || p === ',') k = tk.skipSpace(sep + 1);
    else if (tk.t(sep) === T_WORD && a.fold(sep) === 'va') k = tk.skipSpace(sep + 1);
    else break;
    if (tk.t(k) === T_BREAK) break;
    const nameEnd = readName(a, k, false);
    if (nameEnd < 0) break;
    const after = readTitlesAfter(a, nameEnd);
    out.push(person(a, k, nameEnd, honorific, after.titles));
    j = Math.max(nameEnd, after.end);
  }
  return j;
}

function person(a: Analysed, s: number, e: number, honorific: string | null, titles: string[]): Found {
  return { name: capitaliseName(a.slice(s, e)), honorific, titles, span: a.span(s, e), byline: false };
}

/** Names alone on one of the last short lines: bylines. */
function findBylines(a: Analysed): Found[] {
  const tk = a.tk;
  const lines: { s: number; e: number }[] = [];
  let s = 0;
  for (let i = 0; i <= tk.count; i++) {
    if (i === tk.count || tk.t(i) === T_BREAK) {
      if (i > s) lines.push({ s, e: i });
      s = i + 1;
    }
  }
  // the body ends at the last long line
  let lastLong = -1;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as { s: number; e: number };
    if (tk.e(line.e - 1) - tk.s(line.s) < 60) continue;
    let lastTok = line.e - 1;
    while (lastTok > line.s && tk.t(lastTok) === T_SPACE) lastTok--;
    if (ENDS_SENTENCE.has(a.punct(lastTok))) lastLong = l;
  }
  const out: Found[] = [];
  for (let l = lastLong + 1; l < lines.length && l <= lastLong + 6; l++) {
    const line = lines[l] as { s: number; e: number };
    let i = tk.skipSpace(line.s);
    // "Bài, ảnh: …", "Tin và ảnh: …", "Nhóm PV: …"
    const text = a.slice(line.s, line.e);
    const colon = text.indexOf(':');
    if (colon > 0 && colon < 20 && /^(bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|nhóm pv|thực hiện)\s*$/iu.test(text.slice(0, colon).trim())) {
      while (i < line.e && a.punct(i) !== ':') i++;
      i = tk.skipSpace(i + 1);
    }
    if (!(a.isTitleCase(i) || isUpperWord(a, i)) || CHROME.has(a, i) || HONORIFICS.match(a, i) || TITLE_HEADS.match(a, i)) continue;
    let end = titleCaseRun(a, i, 4);
    if (end === i) end = upperRun(a, i, 4); // "ĐÔNG HIẾU"
    const words = wordCount(a, i, end);
    if (words < 2) continue;
    // nothing else on the line but an optional "(…)" or "- …" credit
    const rest = tk.skipSpace(end);
    const ok = rest >= line.e || a.punct(rest) === '(' || a.punct(rest) === '-' || a.punct(rest) === ',';
    if (!ok) continue;
    let allWords = true;
    for (let k = i; k < end; k++) if (tk.t(k) !== T_WORD && tk.t(k) !== T_SPACE) allWords = false;
    if (!allWords || tk.t(i) === T_PUNCT) continue;
    out.push({ name: capitaliseName(a.slice(i, end)), honorific: null, titles: [], span: a.span(i, end), byline: true });
  }
  return out;
}

function isUpperWord(a: Analysed, i: number): boolean {
  if (a.tk.t(i) !== T_WORD) return false;
  const w = a.tk.str(i);
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}
/** All-capital words (a byline in capitals), up to max. */
function upperRun(a: Analysed, i: number, max: number): number {
  const tk = a.tk;
  let end = i;
  let n = 0;
  while (n < max && isUpperWord(a, end === i ? i : end + 1)) {
    end = end === i ? i + 1 : end + 2;
    n++;
    if (tk.t(end) !== T_SPACE) break;
  }
  return end;
}

function merge(found: Found[]): ExtractedPerson[] {
  const byName = new Map<string, ExtractedPerson>();
  const titleKeys = new Map<string, Set<string>>();
  for (const f of found) {
    const key = f.name.toLowerCase();
    let p = byName.get(key);
    if (!p) {
      p = { name: f.name, titles: [], honorific: f.honorific, byline: f.byline, start: f.span.start, end: f.span.end, mentions: [] };
      byName.set(key, p);
      titleKeys.set(key, new Set());
    }
    if (!f.byline) p.byline = false;
    p.honorific ??= f.honorific;
    p.mentions.push(f.span);
    const keys = titleKeys.get(key) as Set<string>;
    for (const t of f.titles) {
      const k = foldWord(t.toLowerCase()).replace(/\s+/gu, ' ');
      if (!t || keys.has(k)) continue;
      keys.add(k);
      p.titles.push(t);
    }
  }
  const people = [...byName.values()];
  for (const p of people) p.mentions.sort((x, y) => x.start - y.start);
  return people.sort((x, y) => x.start - y.start);
}

export { SURNAMES };
