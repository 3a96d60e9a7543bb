/**
 * The text every pattern family reads: soft line breaks joined, normalised by
 * the citation library (NFC, modern tone placement, unified dashes), tokenised
 * once, with a map back to the caller's offsets. One pass each; linear.
 */
import * as core from '../../documents/core/index.ts';
import { foldWord, prepare, Tokens, type Prepared } from '../../documents/core/index.ts';

export { foldWord };
/** Token types of the citation tokenizer, copied once (module getters are slow in scanning loops). */
export const { T_BREAK, T_NUM, T_PUNCT, T_SPACE, T_WORD } = core;

/**
 * Replace line breaks that cut a sentence (a PDF's or e-mail's hard wrap) by
 * spaces of the same length, so offsets stay those of the input: a break is
 * soft when the line before ends in a letter, digit, comma or hyphen and the
 * next line starts with a lower-case letter or a digit — or, after a long
 * line (a wrapped paragraph, not a headline), with any letter. "T.Ư" / "T.W"
 * (Trung ương) become "TƯ " / "TW ", also length for length.
 */
export function joinSoftBreaks(text: string): string {
  const n = text.length;
  let out: string[] | null = null;
  let last = 0;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 84 && i + 2 < n && text.charCodeAt(i + 1) === 46 && (text[i + 2] === 'Ư' || text[i + 2] === 'W') && (i === 0 || !/\p{L}/u.test(text.charAt(i - 1)))) {
      out ??= [];
      out.push(text.slice(last, i), `T${text[i + 2]} `);
      last = i + 3;
      i += 2;
      continue;
    }
    if (c !== 10 && c !== 13) continue;
    // the whole run of whitespace containing this break
    let e = i;
    let breaks = 0;
    while (e < n) {
      const d = text.charCodeAt(e);
      if (d === 10) breaks++;
      else if (d !== 13 && d !== 32 && d !== 9) break;
      e++;
    }
    let b = i - 1;
    while (b >= lineStart && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    const before = b >= 0 ? text.charAt(b) : '';
    const after = e < n ? text.charAt(e) : '';
    const wrapped = i - lineStart >= 60;
    const soft =
      breaks === 1 && before !== '' && after !== '' && /[\p{L}\p{N},-]/u.test(before) && (/[\p{Ll}\p{N}]/u.test(after) || (wrapped && /\p{L}/u.test(after) && /[\p{Ll},]/u.test(before)));
    if (soft) {
      out ??= [];
      out.push(text.slice(last, i));
      for (let k = i; k < e; k++) out.push(' ');
      last = e;
    }
    lineStart = e;
    i = e - 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** 1: an upper-case letter, 2: not, 0: not yet known. */
const UPPER_TABLE = new Uint8Array(0x10000);
function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  let v = UPPER_TABLE[c] ?? 0;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 2;
    UPPER_TABLE[c] = v;
  }
  return v === 1;
}

/** Folded code of each BMP character (0: not yet known). */
const FOLD_TABLE = new Uint16Array(0x10000);
const UTF16 = new TextDecoder('utf-16le');

/** The prefix key of a folded word, as Analysed.foldedPrefix computes it for a token. */
function prefixKey(foldedWord: string): number {
  return foldedWord.charCodeAt(0) * 65536 + (foldedWord.length > 1 ? foldedWord.charCodeAt(1) : 0);
}
/**
 * Lower case without diacritics, one output unit per input unit: the whole
 * text in one pass; also counts letters and letters with diacritics.
 */
function foldText(text: string): { folded: string; letters: number; marked: number } {
  const n = text.length;
  const out = new Uint16Array(n);
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD_TABLE[c] ?? 0;
    if (f === 0) {
      const folded = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : foldWord(String.fromCharCode(c));
      f = folded.length === 1 ? folded.charCodeAt(0) : c;
      FOLD_TABLE[c] = f;
    }
    out[i] = f;
    if (f !== c && c >= 0xc0 && c <= 0x1ef9) {
      letters++;
      marked++;
    } else if ((f >= 97 && f <= 122) || (c >= 65 && c <= 90)) letters++;
  }
  return { folded: UTF16.decode(out), letters, marked };
}

export class Analysed {
  readonly original: string;
  /** The input with soft breaks joined (same length as the input). */
  readonly joined: string;
  readonly prepared: Prepared;
  readonly tk: Tokens;
  /** True when the text is written without diacritics: words then also match their folded forms. */
  readonly plain: boolean;
  /** The normalised text folded character by character (same length). */
  private readonly folded: string;
  /** Work counter: token reads by the pattern families (tests check it grows linearly with the input). */
  work = 0;
  private readonly foldMemo: (string | undefined)[];

  constructor(original: string) {
    this.original = original;
    this.joined = joinSoftBreaks(original);
    this.prepared = prepare(this.joined);
    this.tk = new Tokens(this.prepared.text);
    this.foldMemo = new Array<string | undefined>(this.tk.count);
    const { folded, letters, marked } = foldText(this.prepared.text);
    this.folded = folded;
    // Vietnamese prose has a diacritic on most syllables; below 2% of letters it was typed without them.
    this.plain = letters > 0 && marked / letters < 0.02;
  }

  get text(): string {
    return this.prepared.text;
  }

  /** Offset in the caller's string of normalised character c (start side). */
  origStart(c: number): number {
    if (c >= this.prepared.text.length) return this.original.length;
    return this.prepared.origStart[c] ?? this.original.length;
  }
  /** Offset in the caller's string just after normalised character c - 1. */
  origEnd(c: number): number {
    if (c <= 0) return 0;
    return this.prepared.origEnd[c - 1] ?? this.original.length;
  }
  /** Span in the caller's string of tokens [a, b). */
  span(a: number, b: number): { start: number; end: number } {
    const tk = this.tk;
    const start = this.origStart(tk.s(a));
    const end = Math.max(start, this.origEnd(tk.e(Math.max(a, b - 1))));
    return { start, end };
  }
  /** Normalised text of tokens [a, b), spaces collapsed. */
  slice(a: number, b: number): string {
    const tk = this.tk;
    this.work += b - a;
    if (b <= a) return '';
    const raw = tk.text.slice(tk.s(a), tk.e(b - 1));
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      // collapse only when there is something to collapse
      if (c === 9 || c === 10 || c === 13 || (c === 32 && (k === 0 || k === raw.length - 1 || raw.charCodeAt(k + 1) === 32))) return raw.replace(/\s+/gu, ' ').trim();
    }
    return raw;
  }
  /** Folded (lower case, no diacritics) form of token i. */
  fold(i: number): string {
    this.work++;
    const m = this.foldMemo[i];
    if (m !== undefined) return m;
    const v = this.folded.slice(this.tk.s(i), this.tk.e(i));
    this.foldMemo[i] = v;
    return v;
  }
  /** Token index whose caller offset range contains original offset o (first token starting at or after o). */
  tokenAtOriginal(o: number): number {
    const tk = this.tk;
    let lo = 0;
    let hi = tk.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.origStart(tk.s(mid)) < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  isWord(i: number): boolean {
    this.work++;
    return this.tk.t(i) === T_WORD;
  }
  /** Word with an upper-case first letter followed by lower case (a name word: "Thế", "Y"). */
  isTitleCase(i: number): boolean {
    this.work++;
    if (this.tk.t(i) !== T_WORD) return false;
    const t = this.tk.text;
    const s = this.tk.s(i);
    const e = this.tk.e(i);
    if (!isUpperCode(t.charCodeAt(s))) return false;
    for (let k = s + 1; k < e; k++) if (isUpperCode(t.charCodeAt(k))) return false;
    return true;
  }
  /** Upper-case first letter (names, acronyms). */
  isCap(i: number): boolean {
    this.work++;
    return this.tk.t(i) === T_WORD && isUpperCode(this.tk.text.charCodeAt(this.tk.s(i)));
  }
  /** First two characters of token i, folded, as one number (a cheap filter before phrase lookups). */
  foldedPrefix(i: number): number {
    const s = this.tk.s(i);
    return this.folded.charCodeAt(s) * 65536 + (this.tk.e(i) - s > 1 ? this.folded.charCodeAt(s + 1) : 0);
  }
  /** Next non-space token after i (i + 1 when it is not a space). */
  next(i: number): number {
    return this.tk.skipSpace(i + 1);
  }
  /** Previous non-space token before i. */
  prev(i: number): number {
    let j = i - 1;
    this.work++;
    while (j >= 0 && this.tk.t(j) === T_SPACE) j--;
    return j;
  }
  punct(i: number): string {
    this.work++;
    return this.tk.t(i) === T_PUNCT ? this.tk.str(i) : '';
  }
  /** Does the folded word sequence `words` start at token i (single spaces between)? Returns the end token or -1. */
  phrase(i: number, words: readonly string[]): number {
    let j = i;
    for (let w = 0; w < words.length; w++) {
      if (w > 0) {
        if (this.tk.t(j) !== T_SPACE) return -1;
        j++;
      }
      if (this.tk.t(j) !== T_WORD || this.fold(j) !== words[w]) return -1;
      j++;
    }
    return j;
  }
}

/** Lower-case NFC form of a word written with or without diacritics; compare `exact` first, `folded` only for unaccented input. */
function matchesWord(a: Analysed, i: number, exact: string, folded: string): boolean {
  if (a.tk.lower(i) === exact) return true;
  return a.plain && a.fold(i) === folded; // typed without diacritics ("Ban Dan van")
}

/**
 * Words compared as written (lower case, NFC, modern tone placement), or
 * folded when the text itself has no diacritics: "Bàn" (a family name) is
 * not "Ban", "trì" is not "trị", but "ban dan van" still finds "Ban Dân vận".
 */
export class WordSet {
  private readonly exact = new Set<string>();
  private readonly folded = new Set<string>();
  private readonly prefixes = new Set<number>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const l = w.toLowerCase().normalize('NFC');
      this.exact.add(l);
      this.folded.add(foldWord(l));
      this.prefixes.add(prefixKey(foldWord(l)));
    }
  }
  has(a: Analysed, i: number): boolean {
    if (a.tk.t(i) !== T_WORD) return false;
    if (!a.plain) return this.exact.has(a.tk.lower(i));
    if (!this.prefixes.has(a.foldedPrefix(i))) return false;
    if (this.exact.has(a.tk.lower(i))) return true;
    return a.plain && this.folded.has(a.fold(i));
  }
}
export const wordSet = (words: readonly string[]): WordSet => new WordSet(words);

/** Phrases, longest first, indexed by their folded first word; matched word by word like WordSet. */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { exact: string[]; folded: string[]; value: V }[]>();
  /** First words as written (lower case): in a text with diacritics, the one lookup most tokens need. */
  private readonly firstExact = new Set<string>();
  /** Folded first two characters of the phrases: most tokens are rejected on one set lookup. */
  private readonly prefixes = new Set<number>();
  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const exact = phrase.toLowerCase().normalize('NFC').split(' ');
      const folded = exact.map((w) => foldWord(w));
      this.prefixes.add(prefixKey(folded[0] as string));
      this.firstExact.add(exact[0] as string);
      const list = this.byFirst.get(folded[0] as string) ?? [];
      list.push({ exact, folded, value });
      list.sort((x, y) => y.exact.length - x.exact.length);
      this.byFirst.set(folded[0] as string, list);
    }
  }
  /** Longest phrase starting at token i: its end token and value. */
  match(a: Analysed, i: number): { end: number; value: V } | null {
    if (a.tk.t(i) !== T_WORD) return null;
    if (a.plain ? !this.prefixes.has(a.foldedPrefix(i)) : !this.firstExact.has(a.tk.lower(i))) return null;
    const list = this.byFirst.get(a.fold(i));
    if (!list) return null;
    for (const p of list) {
      let j = i;
      let ok = true;
      for (let w = 0; w < p.exact.length; w++) {
        if (w > 0) {
          if (a.tk.t(j) !== T_SPACE) {
            ok = false;
            break;
          }
          j++;
        }
        if (a.tk.t(j) !== T_WORD || !matchesWord(a, j, p.exact[w] as string, p.folded[w] as string)) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) return { end: j, value: p.value };
    }
    return null;
  }
}

/** Token boundaries of sentences: a break, or ". ; ! ? …" followed by space, break or end. */
export function sentenceEnds(a: Analysed): Uint8Array {
  const tk = a.tk;
  const ends = new Uint8Array(tk.count + 1);
  for (let i = 0; i < tk.count; i++) {
    const t = tk.t(i);
    if (t === T_BREAK) ends[i] = 1;
    else if (t === T_PUNCT) {
      const c = tk.str(i);
      if (c === ';' || c === '!' || c === '?' || c === '…') ends[i] = 1;
      else if (c === '.') {
        const nt = tk.t(i + 1);
        if (nt === 0 || nt === T_SPACE || nt === T_BREAK) ends[i] = 1;
      }
    }
  }
  ends[tk.count] = 1;
  return ends;
}

/** Number words read as counts when a counted noun follows ("hai tập thể"). */
export const NUMBER_WORDS = new Map<string, number>([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);

/** Integer value at token i: digits with "." or "," thousands ("1.330") or a number word; with its end token. */
export function readCount(a: Analysed, i: number): { value: number; end: number } | null {
  const tk = a.tk;
  if (tk.t(i) === T_NUM) {
    let s = tk.str(i);
    let j = i + 1;
    while ((a.punct(j) === '.' || a.punct(j) === ',') && tk.t(j + 1) === T_NUM && tk.str(j + 1).length === 3 && s.length <= 3) {
      s += tk.str(j + 1);
      j += 2;
    }
    if (s.length > 7) return null;
    return { value: Number(s), end: j };
  }
  const v = tk.t(i) === T_WORD ? NUMBER_WORDS.get(tk.lower(i)) : undefined;
  return v === undefined ? null : { value: v, end: i + 1 };
}
