/**
 * The text's own date line and the date of the event it reports.
 *
 * Date line: a short line made only of a full date (d/m/yyyy with "/", "-" or
 * "."), a time, weekday words and labels ("Cập nhật ngày: 19/01/2021 - 20:08",
 * "Thứ Tư, 30/11/2016, 11:06 [GMT+7]", "28-02-2024 18:17").
 *
 * Event: the first day phrase led by a time-of-day word — "Ngày 29/11",
 * "Chiều 19.1", "sáng nay 8/2", "Sáng ngày 8/7/2024", "ngày 29 tháng 11" —
 * outside document citations; "sáng nay" / "hôm nay" alone mean the date
 * line's day. A day without a year takes the date line's year (the year
 * before when the day would fall after the date line); without a date line,
 * the year written in the same sentence.
 */
import { isoDate } from '../../documents/core/index.ts';
import type { ExtractedEventDate } from './types.ts';
import { type Analysed, wordSet } from './text.ts';
import * as tx from './text.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_BREAK, T_NUM, T_PUNCT, T_SPACE, T_WORD } = tx;

const LINE_WORDS = wordSet([
  'thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'cn', 'cập', 'nhật', 'ngày', 'đăng', 'lúc', 'gmt', 'giờ', 'xuất', 'bản', 'thời',
  'gian', 'am', 'pm', 'sa', 'ch', 'h', 'tin', 'bài', 'post', 'posted', 'updated', 'date', 'lượt', 'xem', 'views',
]);
const TIME_WORDS = wordSet(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'khuya']);
const NOT_EVENT_BEFORE = wordSet(['trước', 'đến', 'hết', 'sau', 'hạn', 'tới', 'từ']);
const MAX_DATE_LINE = 90;
const SENTENCE_END = new Set(['.', ';', '!', '?']);
/** Last words of document kinds and symbols: a date after them is the document's. */
const DOC_WORDS = wordSet(['quyết', 'định', 'thị', 'luận', 'quyết', 'án', 'hoạch', 'dẫn', 'báo', 'tư', 'lệnh', 'bản', 'văn', 'chế', 'trình', 'tw', 'tu', 'hu']);

interface DayMonth {
  day: number;
  month: number;
  year: number | null;
  start: number; // token of the phrase start
  end: number; // token after
}

function num(a: Analysed, i: number, maxLen: number): number | null {
  if (a.tk.t(i) !== T_NUM) return null;
  const s = a.tk.str(i);
  return s.length <= maxLen ? Number(s) : null;
}
const SEPS = new Set(['/', '-', '.']);

/** d/m[/yyyy] at token i (no spaces inside). */
function numericDayMonth(a: Analysed, i: number): { day: number; month: number; year: number | null; end: number } | null {
  const tk = a.tk;
  const d = num(a, i, 2);
  if (d === null || !SEPS.has(a.punct(i + 1))) return null;
  const m = num(a, i + 2, 2);
  if (m === null || d < 1 || d > 31 || m < 1 || m > 12) return null;
  // the separator of the year must be the same kind of punctuation
  if (SEPS.has(a.punct(i + 3)) && tk.t(i + 4) === T_NUM) {
    const y = tk.str(i + 4);
    if (y.length !== 4) return null;
    if (SEPS.has(a.punct(i + 5)) && tk.t(i + 6) === T_NUM) return null;
    return { day: d, month: m, year: Number(y), end: i + 5 };
  }
  if (tk.t(i - 1) === T_PUNCT && SEPS.has(a.punct(i - 1)) && tk.t(i - 2) === T_NUM) return null;
  return { day: d, month: m, year: null, end: i + 3 };
}

/** "29 tháng 11[ năm 2016]" at token i. */
function wordedDayMonth(a: Analysed, i: number): { day: number; month: number; year: number | null; end: number } | null {
  const tk = a.tk;
  const d = num(a, i, 2);
  if (d === null || tk.t(i + 1) !== T_SPACE || a.fold(i + 2) !== 'thang' || tk.t(i + 3) !== T_SPACE) return null;
  const m = num(a, i + 4, 2);
  if (m === null || d < 1 || d > 31 || m < 1 || m > 12) return null;
  let end = i + 5;
  let year: number | null = null;
  if (SEPS.has(a.punct(end)) && tk.t(end + 1) === T_NUM && tk.str(end + 1).length === 4) {
    year = Number(tk.str(end + 1));
    end += 2;
  } else if (tk.t(end) === T_SPACE && a.fold(end + 1) === 'nam' && tk.t(end + 2) === T_SPACE && tk.t(end + 3) === T_NUM && tk.str(end + 3).length === 4) {
    year = Number(tk.str(end + 3));
    end += 4;
  }
  return { day: d, month: m, year, end };
}

/** A day and month (and maybe year) at token i: "19.1", "04/01/2021", "29 tháng 11 năm 2016". */
export function dayMonthAt(a: Analysed, i: number): { day: number; month: number; year: number | null; end: number } | null {
  return numericDayMonth(a, i) ?? wordedDayMonth(a, i);
}

/** The year of a day and month written in a text dated `published`: that year, or the one before if the day would fall after the date line. */
export function yearFromDateLine(day: number, month: number, published: string | null): number | null {
  if (!published) return null;
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number | undefined];
  if (pm === undefined) return py;
  return month > pm || (month === pm && pd !== undefined && day > pd) ? py - 1 : py;
}

/** The date line: first short line that is only a date, a time and labels. Returns its date and token range. */
export function findDateLine(a: Analysed): { date: string; start: number; end: number } | null {
  const tk = a.tk;
  // a web archive's stamp: " date 2023-12" or " date 2025-11-29", at the start of a line
  for (let i = 0; i < tk.count; i++) {
    if (a.fold(i) !== 'date' || tk.t(i + 1) !== T_SPACE || tk.t(i + 2) !== T_NUM || tk.str(i + 2).length !== 4) continue;
    if (i > 0 && tk.t(a.prev(i)) !== T_BREAK && a.prev(i) >= 0) continue;
    const y = Number(tk.str(i + 2));
    const m = a.punct(i + 3) === '-' ? num(a, i + 4, 2) : null;
    const d = m !== null && a.punct(i + 5) === '-' ? num(a, i + 6, 2) : null;
    const iso = m === null ? null : d === null ? isoDate(y, m) : isoDate(y, m, d);
    if (iso) return { date: iso, start: i, end: d === null ? i + 5 : i + 7 };
  }
  let s = 0;
  for (let i = 0; i <= tk.count; i++) {
    if (i < tk.count && tk.t(i) !== T_BREAK) continue;
    const line = dateLineOf(a, s, i);
    if (line) return { date: line, start: s, end: i };
    s = i + 1;
  }
  return null;
}

function dateLineOf(a: Analysed, s: number, e: number): string | null {
  const tk = a.tk;
  if (e <= s || tk.e(e - 1) - tk.s(s) > MAX_DATE_LINE) return null;
  let date: string | null = null;
  for (let i = s; i < e; i++) {
    const t = tk.t(i);
    if (t === T_WORD) {
      if (!LINE_WORDS.has(a, i)) return null;
    } else if (t === T_NUM && date === null) {
      const dm = numericDayMonth(a, i);
      if (dm && dm.year !== null) {
        date = isoDate(dm.year, dm.month, dm.day);
        if (!date) return null;
        i = dm.end - 1;
      }
    }
  }
  return date;
}

/** The event's day phrase at token i, when a time word leads it. */
function eventPhraseAt(a: Analysed, i: number): DayMonth | null {
  const tk = a.tk;
  if (tk.t(i) !== T_NUM) return null;
  const dm = numericDayMonth(a, i) ?? wordedDayMonth(a, i);
  if (!dm) return null;
  // look back: "Chiều 19.1", "Ngày 29/11", "sáng nay (8/2)", "Sáng ngày 8/7", "vào chiều ngày 2/7"
  let j = a.prev(i);
  // "Trong hai ngày 18 và 19-4": the first day
  if ((a.fold(j) === 'va' || a.punct(j) === ',') && tk.t(a.prev(j)) === T_NUM) {
    const d1 = num(a, a.prev(j), 2);
    if (d1 !== null && d1 >= 1 && d1 < dm.day) {
      dm.day = d1;
      j = a.prev(a.prev(j));
    }
  }
  if (a.punct(j) === '(') j = a.prev(j);
  if (tk.t(j) !== T_WORD) return null;
  let start = j;
  const f = a.fold(j);
  if (f === 'nay' || f === 'qua') start = a.prev(j);
  if (!TIME_WORDS.has(a, start)) return null;
  // "sáng ngày", "chiều hôm"
  const before = a.prev(start);
  if (before >= 0 && tk.t(before) === T_WORD && TIME_WORDS.has(a, before)) start = before;
  const lead = a.prev(start);
  if (lead >= 0 && tk.t(lead) === T_WORD && NOT_EVENT_BEFORE.has(a, lead)) return null;
  // after "…nhấn mạnh:" the date is in a speech, not the event
  for (let k = lead; k >= 0 && k > lead - 200 && !SENTENCE_END.has(a.punct(k)) && tk.t(k) !== T_BREAK; k--) if (a.punct(k) === ':') return null;
  // "Quy định ngày 2/2/2018": a document's date
  if (lead >= 0 && tk.t(lead) === T_WORD && DOC_WORDS.has(a, lead)) return null;
  return { day: dm.day, month: dm.month, year: dm.year, start, end: dm.end };
}

/** "sáng nay", "chiều nay", "hôm nay" without a date. */
function todayAt(a: Analysed, i: number): boolean {
  if (!(TIME_WORDS.has(a, i) || a.fold(i) === 'hom')) return false;
  const n = a.tk.t(i + 1) === T_SPACE ? i + 2 : -1;
  return n > 0 && a.fold(n) === 'nay' && a.tk.t(a.next(n)) !== T_NUM && a.punct(a.next(n)) !== '(';
}

/**
 * @param blocked tokens inside document citations and issuance clauses ("Ngày 12/12/2013, Bộ Chính trị ban hành …"): never the event
 */
export function findEventDate(a: Analysed, blocked: Uint8Array): { event: ExtractedEventDate | null; published: string | null } {
  const tk = a.tk;
  const line = findDateLine(a);
  const published = line?.date ?? null;
  for (let i = 0; i < tk.count; i++) {
    if (blocked[i] || (line && i >= line.start && i < line.end)) continue;
    if (tk.t(i) === T_WORD && published && todayAt(a, i)) {
      return { event: { date: published, publishedDate: published, ...a.span(i, i + 3) }, published };
    }
    const p = eventPhraseAt(a, i);
    if (!p) continue;
    if (blocked[p.start]) continue;
    const year = p.year ?? yearFromDateLine(p.day, p.month, published);
    // Without a date line a day and month have no year (LABELLING.md): the text does not say which.
    if (year === null) continue;
    const date = isoDate(year, p.month, p.day);
    if (!date) continue;
    // a report does not happen after its own date line ("sẽ tiến hành vào ngày 23.5.2021")
    if (published && date.slice(0, published.length) > published) continue;
    return { event: { date, publishedDate: published, ...a.span(p.start, p.end) }, published };
  }
  return { event: null, published };
}
