/**
 * Dates in citations, read from tokens (no regular expressions):
 *   10/1/2018 · 10/01/2018 · 10.1.2018 · 10-01-2018       → 2018-01-10
 *   ngày 10 tháng 01 năm 2018 · ngày22 tháng 7 năm 2010     → 2018-01-10 / 2010-07-22
 *   tháng 7/2015 · tháng 7 năm 2015                          → 2015-07
 *   năm 2013                                                 → 2013
 * and the formatting back: "ngày 10/01/2018", "tháng 01/2018", "năm 2018".
 */
import * as ct from './citation-text.ts';
import type { Tokens } from './citation-text.ts';

const { T_NUM, T_PUNCT } = ct;

export interface DateMatch {
  /** ISO date as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Token index just after the date. */
  end: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An ISO string for a valid day, month and year, else null. */
export function isoDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad2(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function smallNum(tk: Tokens, i: number, maxLen: number): number | null {
  if (tk.t(i) !== T_NUM) return null;
  const s = tk.str(i);
  if (s.length > maxLen) return null;
  return Number(s);
}
function year4(tk: Tokens, i: number): number | null {
  if (tk.t(i) !== T_NUM) return null;
  const s = tk.str(i);
  return s.length === 4 ? Number(s) : null;
}
function sepAt(tk: Tokens, i: number): string | null {
  if (tk.t(i) !== T_PUNCT) return null;
  const c = tk.str(i);
  return c === '/' || c === '.' || c === '-' ? c : null;
}

/** d/m/yyyy with "/", "." or "-" (no spaces inside), at token i. */
export function numericDate(tk: Tokens, i: number): DateMatch | null {
  const d = smallNum(tk, i, 2);
  if (d === null) return null;
  const s1 = sepAt(tk, i + 1);
  if (!s1) return null;
  const m = smallNum(tk, i + 2, 2);
  if (m === null) return null;
  const s2 = sepAt(tk, i + 3);
  if (!s2) return null;
  const y = year4(tk, i + 4);
  if (y === null) return null;
  // A further separator and digits would make this something else (a symbol, a range).
  if (sepAt(tk, i + 5) && tk.t(i + 6) === T_NUM) return null;
  const iso = isoDate(y, m, d);
  return iso ? { date: iso, end: i + 5 } : null;
}

/** m/yyyy (after "tháng"). */
function monthYear(tk: Tokens, i: number): DateMatch | null {
  const m = smallNum(tk, i, 2);
  if (m === null) return null;
  const s = sepAt(tk, i + 1);
  if (!s) return null;
  const y = year4(tk, i + 2);
  if (y === null) return null;
  const iso = isoDate(y, m);
  return iso ? { date: iso, end: i + 3 } : null;
}

/**
 * A date at token i, with or without a leading "ngày" / "tháng" / "năm" word.
 * Returns null when nothing date-like (with a year) starts there.
 */
export function matchDate(tk: Tokens, i: number): DateMatch | null {
  if (tk.is(i, 'ngày')) {
    const j = tk.skipSpace(i + 1);
    const numeric = numericDate(tk, j);
    if (numeric) return numeric;
    // ngày 10 tháng 01 năm 2018
    const d = smallNum(tk, j, 2);
    if (d === null) return null;
    const k = tk.skipSpace(j + 1);
    if (!tk.is(k, 'tháng')) return null;
    const mi = tk.skipSpace(k + 1);
    const m = smallNum(tk, mi, 2);
    if (m === null) return null;
    const ni = tk.skipSpace(mi + 1);
    if (!tk.is(ni, 'năm')) return null;
    const yi = tk.skipSpace(ni + 1);
    const y = year4(tk, yi);
    if (y === null) return null;
    const iso = isoDate(y, m, d);
    return iso ? { date: iso, end: yi + 1 } : null;
  }
  if (tk.is(i, 'tháng')) {
    const j = tk.skipSpace(i + 1);
    const my = monthYear(tk, j);
    if (my) return my;
    const m = smallNum(tk, j, 2);
    if (m === null) return null;
    const ni = tk.skipSpace(j + 1);
    if (!tk.is(ni, 'năm')) return null;
    const yi = tk.skipSpace(ni + 1);
    const y = year4(tk, yi);
    if (y === null) return null;
    const iso = isoDate(y, m);
    return iso ? { date: iso, end: yi + 1 } : null;
  }
  if (tk.is(i, 'năm')) {
    const j = tk.skipSpace(i + 1);
    const y = year4(tk, j);
    if (y === null || sepAt(tk, j + 1)) return null;
    const iso = isoDate(y);
    return iso ? { date: iso, end: j + 1 } : null;
  }
  return numericDate(tk, i);
}

/** "ngày 10/01/2018", "tháng 01/2018", "năm 2018"; null for a malformed value. */
export function formatDatePhrase(iso: string | null): string | null {
  if (!iso) return null;
  const parts = iso.split('-');
  const [y, m, d] = parts;
  if (!y || y.length !== 4 || !/^\d{4}$/u.test(y)) return null;
  if (parts.length === 1) return `năm ${y}`;
  if (!m || !/^\d{2}$/u.test(m)) return null;
  if (parts.length === 2) return isoDate(Number(y), Number(m)) ? `tháng ${m}/${y}` : null;
  if (parts.length !== 3 || !d || !/^\d{2}$/u.test(d)) return null;
  return isoDate(Number(y), Number(m), Number(d)) ? `ngày ${d}/${m}/${y}` : null;
}
