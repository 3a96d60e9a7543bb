/**
 * Text layer of the citation parser: normalisation with an offset map back to
 * the caller's string, and a flat tokenizer. Everything here is a single
 * left-to-right pass (no regular expression runs over the whole text), so the
 * cost is linear in the input whatever it contains.
 *
 * Normalisation, character by character (a base character and the combining
 * marks that follow it form one cluster, mapped as a whole to the original):
 * - NFC per cluster (NFD input becomes precomposed);
 * - old-style tone placement moved to the new style in syllables ending in
 *   oa / oe / uy: "uỷ" → "ủy", "khoá" → "khóa", "hoà" → "hòa" (not after q: "quý");
 * - dashes (– — − ‐ ‑) → "-", fullwidth slash → "/", exotic spaces → " ",
 *   "Ð" (Icelandic eth, common in Vietnamese web text) → "Đ";
 * - zero-width characters and soft hyphens are dropped.
 */

export const T_WORD = 1;
export const T_NUM = 2;
export const T_SPACE = 3; // horizontal whitespace
export const T_BREAK = 4; // whitespace containing a line break: a clause boundary
export const T_PUNCT = 5; // one character

export interface Prepared {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start / end of its cluster in the original string. */
  origStart: Int32Array;
  origEnd: Int32Array;
}

const DASHES = new Set(['\u2013', '\u2014', '\u2212', '\u2010', '\u2011', '\u2012', '\u2015', '\uFE63', '\uFF0D']);
const DROPPED = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']);
const isCombining = (code: number): boolean =>
  (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);

const singleCache = new Map<string, string>();
function mapSingle(ch: string): string {
  const cached = singleCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (DASHES.has(ch)) out = '-';
  else if (DROPPED.has(ch)) out = '';
  else if (ch === '\uFF0F') out = '/';
  else if (ch === '\u00D0') out = '\u0110';
  else if (ch === '\u00F0') out = '\u0111';
  else if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') out = '\n';
  else if (/^\s$/u.test(ch)) out = ' ';
  else out = ch.normalize('NFC');
  if (singleCache.size < 4096) singleCache.set(ch, out);
  return out;
}

// Tone marks and the letters that carry them in the oa / oe / uy pattern.
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** composed vowel → [base, tone] for a, e, y (upper and lower case) with a tone. */
const TONED_SECOND = new Map<string, [string, string]>();
for (const base of ['a', 'e', 'y', 'A', 'E', 'Y']) for (const tone of TONE_MARKS) TONED_SECOND.set((base + tone).normalize('NFC'), [base, tone]);

/** Code units of a / e / y carrying a tone → [base code, tone mark]. */
const TONED_SECOND_CODES = new Map<number, [number, string]>();
for (const [ch, [base, tone]] of TONED_SECOND) TONED_SECOND_CODES.set(ch.charCodeAt(0), [base.charCodeAt(0), tone]);

function fixTonePlacement(buf: Uint16Array, runStart: number, runEnd: number): void {
  // Only the last two letters of a syllable matter: "uỷ", "khoá", "hoà", "thuỷ".
  if (runEnd - runStart < 2) return;
  const toned = TONED_SECOND_CODES.get(buf[runEnd - 1] ?? 0);
  if (!toned) return;
  const [base2, tone] = toned;
  const f = (buf[runEnd - 2] ?? 0) | 0x20; // ASCII lower case
  const b = base2 | 0x20;
  const pair = (f === 0x6f && (b === 0x61 || b === 0x65)) || (f === 0x75 && b === 0x79);
  if (!pair) return;
  if (f === 0x75 && runEnd - runStart >= 3 && ((buf[runEnd - 3] ?? 0) | 0x20) === 0x71) return; // "quý"
  const moved = (String.fromCharCode(buf[runEnd - 2] ?? 0) + tone).normalize('NFC');
  if (moved.length !== 1) return;
  buf[runEnd - 2] = moved.charCodeAt(0);
  buf[runEnd - 1] = base2;
}

/** 1 letter, 2 not a letter, 0 not yet known. */
const LETTER_TABLE = new Uint8Array(0x10000);
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let v = LETTER_TABLE[code] ?? 0;
  if (v === 0) {
    v = /\p{L}/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdbff) ? 1 : 2;
    LETTER_TABLE[code] = v;
  }
  return v === 1;
}

/** BMP characters that normalisation leaves alone on their own (1), changes (2), or not yet known (0). */
const SIMPLE_TABLE = new Uint8Array(0x10000);
function isSimple(code: number): boolean {
  let v = SIMPLE_TABLE[code] ?? 2;
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = (code >= 0xd800 && code <= 0xdfff) || isCombining(code) || mapSingle(ch) !== ch ? 2 : 1;
    SIMPLE_TABLE[code] = v;
  }
  return v === 1;
}

const UTF16 = new TextDecoder('utf-16le');

/** Normalise `input` and keep, for every output unit, where it came from. */
export function prepare(input: string): Prepared {
  const n = input.length;
  let cap = n + 16;
  let buf = new Uint16Array(cap);
  let os = new Int32Array(cap);
  let oe = new Int32Array(cap);
  let u = 0;
  let runStart = -1; // start of the current letter run in buf, for tone placement
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    const nextCode = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    if (!isCombining(nextCode) && isSimple(code)) {
      // Fast path: the character stays as it is.
      if (u === cap) [buf, os, oe, cap] = grow(buf, os, oe, cap);
      buf[u] = code;
      os[u] = i;
      oe[u] = i + 1;
      if (isLetterCode(code)) {
        if (runStart < 0) runStart = u;
      } else if (runStart >= 0) {
        fixTonePlacement(buf, runStart, u);
        runStart = -1;
      }
      u++;
      i++;
      continue;
    }
    const s = i;
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n && isCombining(input.charCodeAt(i))) i++;
    const cluster = input.slice(s, i);
    const piece = cluster.length === 1 ? mapSingle(cluster) : cluster.normalize('NFC');
    for (let k = 0; k < piece.length; k++) {
      const c = piece.charCodeAt(k);
      if (u === cap) [buf, os, oe, cap] = grow(buf, os, oe, cap);
      buf[u] = c;
      os[u] = s;
      oe[u] = i;
      if (isLetterCode(c)) {
        if (runStart < 0) runStart = u;
      } else if (!isCombining(c) && runStart >= 0) {
        fixTonePlacement(buf, runStart, u);
        runStart = -1;
      }
      u++;
    }
  }
  if (runStart >= 0) fixTonePlacement(buf, runStart, u);
  const text = UTF16.decode(buf.subarray(0, u));
  return { text, origStart: os.subarray(0, u), origEnd: oe.subarray(0, u) };
}

function grow(
  buf: Uint16Array<ArrayBuffer>,
  os: Int32Array<ArrayBuffer>,
  oe: Int32Array<ArrayBuffer>,
  cap: number,
): [Uint16Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, number] {
  const next = cap * 2 + 16;
  const b = new Uint16Array(next);
  b.set(buf);
  const s = new Int32Array(next);
  s.set(os);
  const e = new Int32Array(next);
  e.set(oe);
  return [b, s, e, next];
}

const foldCache = new Map<string, string>();
/** Lower case, no diacritics, đ → d, one output character per input character. */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch.toLowerCase();
  if (out === 'đ') out = 'd';
  else {
    const stripped = out.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
    out = stripped.length === 1 ? stripped : out.length === 1 ? out : ch;
  }
  if (foldCache.size < 8192) foldCache.set(ch, out);
  return out;
}
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) out += foldChar(ch);
  return out;
}

const canonFolds = new Map<string, string>();
/** foldWord for the parser's own constant words, memoised. */
function foldCanon(canon: string): string {
  let f = canonFolds.get(canon);
  if (f === undefined) {
    f = foldWord(canon);
    canonFolds.set(canon, f);
  }
  return f;
}

/** Keyword suffixes sometimes glued to a symbol: "70-TB/TWngày 06…". */
const GLUED = ['ngày', 'ngay', 'của', 'cua'];

export class Tokens {
  readonly text: string;
  readonly count: number;
  readonly type: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Work counter: every token visit in a scanning loop adds one. */
  steps = 0;
  private readonly lowerMemo: (string | undefined)[];

  constructor(text: string) {
    this.text = text;
    const n = text.length;
    const type = new Uint8Array(n + 1);
    const start = new Int32Array(n + 1);
    const end = new Int32Array(n + 1);
    let count = 0;
    let i = 0;
    const push = (t: number, s: number, e: number): void => {
      type[count] = t;
      start[count] = s;
      end[count] = e;
      count++;
    };
    while (i < n) {
      const code = text.charCodeAt(i);
      const s = i;
      if (code >= 48 && code <= 57) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        push(T_NUM, s, i);
      } else if (isLetterCode(code) || isCombining(code)) {
        while (i < n && (isLetterCode(text.charCodeAt(i)) || isCombining(text.charCodeAt(i)))) i++;
        const split = glueSplit(text, s, i);
        if (split > 0) {
          push(T_WORD, s, split);
          push(T_WORD, split, i);
        } else push(T_WORD, s, i);
      } else if (code === 32 || code === 9 || code === 10 || code === 13) {
        let br = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 10 || c === 13) br = true;
          else if (c !== 32 && c !== 9) break;
          i++;
        }
        push(br ? T_BREAK : T_SPACE, s, i);
      } else {
        i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
        push(T_PUNCT, s, i);
      }
    }
    this.count = count;
    this.type = type;
    this.start = start;
    this.end = end;
    this.lowerMemo = new Array<string | undefined>(count);
  }

  t(i: number): number {
    return i >= 0 && i < this.count ? (this.type[i] ?? 0) : 0;
  }
  s(i: number): number {
    return i < this.count ? (this.start[i] ?? this.text.length) : this.text.length;
  }
  e(i: number): number {
    return i < this.count ? (this.end[i] ?? this.text.length) : this.text.length;
  }
  str(i: number): string {
    return i >= 0 && i < this.count ? this.text.slice(this.s(i), this.e(i)) : '';
  }
  /** Lower-case text of a token (memoised for words). */
  lower(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const m = this.lowerMemo[i];
    if (m !== undefined) return m;
    const v = this.str(i).toLowerCase();
    this.lowerMemo[i] = v;
    return v;
  }
  isPunct(i: number, ch: string): boolean {
    return this.t(i) === T_PUNCT && this.text[this.s(i)] === ch && this.e(i) - this.s(i) === 1;
  }
  /** Index of the first token at or after i that is not horizontal space. */
  skipSpace(i: number): number {
    let j = i;
    while (this.t(j) === T_SPACE) {
      this.steps++;
      j++;
    }
    return j;
  }
  /**
   * Does word token i equal the canonical lower-case word `canon`? Accepts the
   * exact word in any case, or the word typed without diacritics ("so", "ngay").
   */
  is(i: number, canon: string, canonFold?: string): boolean {
    if (this.t(i) !== T_WORD || this.e(i) - this.s(i) !== canon.length) return false;
    const l = this.lower(i);
    if (l === canon) return true;
    return l === (canonFold ?? foldCanon(canon));
  }
  isUpperInitial(i: number): boolean {
    const w = this.str(i);
    const c = w.charAt(0);
    return c !== '' && c !== c.toLowerCase() && c === c.toUpperCase();
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function glueSplit(text: string, s: number, e: number): number {
  if (e - s < 5) return -1;
  for (const g of GLUED) {
    const at = e - g.length;
    if (at - s < 2) continue;
    if (!text.endsWith(g, e)) continue;
    const head = text.slice(s, at);
    if (head === head.toUpperCase() && head !== head.toLowerCase()) return at;
  }
  return -1;
}
