/**
 * Issuing bodies written after "của" (or "do", "giữa … và …"), read from tokens.
 *
 * Known bodies map to an IssuerCode of shared/documents.ts; the name is
 * returned in a normalised spelling ("ban bí thư" → "Ban Bí thư") followed,
 * for provincial bodies, by the place as written ("Tỉnh ủy Tây Ninh").
 * Unknown bodies ("Ban Thường vụ Huyện ủy Bến Cầu", "UBND thành phố",
 * "Bộ Nội vụ") give a name and a null code. Every loop here is bounded by a
 * small constant number of tokens.
 */
import type { IssuerCode } from '../../../../shared/documents.ts';
import * as ct from './citation-text.ts';
import { foldWord, type Tokens } from './citation-text.ts';

const { T_NUM, T_PUNCT, T_SPACE, T_WORD } = ct;

interface Pattern {
  code: IssuerCode;
  /** Display spelling; its lower-case words are what is matched. */
  display: string;
  words: string[];
  folded: string[];
  /** Provincial bodies may be followed by the place: "Tỉnh ủy Tây Ninh". */
  place: boolean;
}

const RAW: [IssuerCode, string[], boolean][] = [
  ['ban_tg_dv_tw', ['Ban Tuyên giáo và Dân vận Trung ương'], false],
  ['ban_dan_van_tw', ['Ban Dân vận Trung ương', 'Ban Dân vận TW', 'Ban Dân vận TƯ'], false],
  ['ban_bi_thu', ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'Ban Bí thư'], false],
  ['bo_chinh_tri', ['Bộ Chính trị'], false],
  ['van_phong_tw', ['Văn phòng Ban Chấp hành Trung ương', 'Văn phòng Trung ương Đảng', 'Văn phòng Trung ương'], false],
  [
    'bch_tw',
    ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Ban Chấp hành TƯ', 'Ban Chấp hành TW', 'BCH Trung ương Đảng', 'BCH Trung ương', 'BCH TW', 'BCH TƯ', 'Trung ương Đảng', 'Trung ương'],
    false,
  ],
  ['ubtv_quoc_hoi', ['Ủy ban Thường vụ Quốc hội', 'UBTVQH'], false],
  ['quoc_hoi', ['Quốc hội'], false],
  ['thu_tuong', ['Thủ tướng Chính phủ', 'Thủ tướng'], false],
  ['chinh_phu', ['Chính phủ'], false],
  ['mttq_tw', ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam', 'UBTƯ MTTQ Việt Nam', 'Ủy ban Trung ương MTTQ'], false],
  ['btv_tinh_uy', ['Ban Thường vụ Tỉnh ủy'], true],
  ['ban_dan_van_tinh_uy', ['Ban Dân vận Tỉnh ủy'], true],
  ['tinh_uy', ['Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy'], true],
  ['ubnd_tinh', ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'], true],
];

const PATTERNS: Pattern[] = RAW.flatMap(([code, displays, place]) =>
  displays.map((display) => {
    const words = display.split(' ').map((w) => w.toLowerCase());
    return { code, display, words, folded: words.map(foldWord), place };
  }),
).sort((a, b) => b.words.length - a.words.length);

/** Clause keywords that end an issuer name whatever their case ("Về", "Khóa XII", "ngày"). */
const KEYWORDS = new Set(
  ['về', 'ngày', 'khóa', 'năm', 'tháng', 'và', 'với', 'số', 'do', 'giữa', 'tại', 'theo', 'để', 'nhằm', 'trong', 'đối'].flatMap((w) => [w, foldWord(w)]),
);
/** Lower-case words that may appear inside an organisation's name. */
const ORG_LOWER = new Set(
  [
    'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'trấn', 'ủy', 'đảng', 'bộ', 'cán', 'sự', 'nhân', 'dân', 'vụ',
    'chính', 'trị', 'thư', 'thường', 'trực', 'tộc', 'tổ', 'quốc', 'mặt', 'trận', 'trung', 'ương', 'văn',
    'phòng', 'sở', 'cục', 'viện', 'đoàn', 'liên', 'hiệp', 'vận', 'tuyên', 'giáo', 'khối', 'cơ', 'quan', 'doanh',
    'nghiệp', 'tướng', 'phủ', 'bí', 'tịch', 'thanh', 'niên', 'phụ', 'nữ', 'nông', 'cựu', 'chiến', 'binh', 'đạo', 'hành',
  ].flatMap((w) => [w, foldWord(w)]),
);

export interface IssuerMatch {
  code: IssuerCode | null;
  name: string;
  end: number;
}

function matchPattern(tk: Tokens, i: number, p: Pattern): number {
  let j = i;
  for (let w = 0; w < p.words.length; w++) {
    tk.steps++;
    if (w > 0) {
      if (tk.t(j) !== T_SPACE) return -1;
      j++;
    }
    if (!tk.is(j, p.words[w] as string, p.folded[w])) return -1;
    j++;
  }
  return j;
}

function isStop(tk: Tokens, i: number): boolean {
  return KEYWORDS.has(tk.lower(i));
}

/** Capitalised place words after a provincial body: "Tây Ninh", "Bà Rịa - Vũng Tàu". */
function readPlace(tk: Tokens, i: number, isKindStart: (i: number) => boolean): { words: string[]; end: number } {
  const words: string[] = [];
  let end = i;
  let j = i;
  while (words.length < 5) {
    tk.steps++;
    let k = j;
    let dash = false;
    if (tk.t(k) !== T_SPACE) break;
    k++;
    if (words.length > 0 && tk.t(k) === T_PUNCT && tk.str(k) === '-' && tk.t(k + 1) === T_SPACE) {
      dash = true;
      k += 2;
    }
    if (tk.t(k) !== T_WORD || !tk.isUpperInitial(k) || isStop(tk, k) || isKindStart(k) || tk.t(k + 1) === T_NUM) break;
    words.push(dash ? `- ${tk.str(k)}` : tk.str(k));
    end = k + 1;
    j = k + 1;
  }
  return { words, end };
}

/** A generic organisation name starting with a capitalised word; at most 9 words. */
function readGeneric(tk: Tokens, i: number, isKindStart: (i: number) => boolean): IssuerMatch | null {
  if (tk.t(i) !== T_WORD || !tk.isUpperInitial(i) || isStop(tk, i) || isKindStart(i)) return null;
  const words = [tk.str(i)];
  let end = i + 1;
  let j = i + 1;
  while (words.length < 9) {
    tk.steps++;
    if (tk.t(j) !== T_SPACE) break;
    let k = j + 1;
    let dash = false;
    if (tk.t(k) === T_PUNCT && tk.str(k) === '-' && tk.t(k + 1) === T_SPACE && tk.isUpperInitial(k + 2)) {
      dash = true;
      k += 2;
    }
    if (tk.t(k) !== T_WORD || isKindStart(k) || tk.t(k + 1) === T_NUM) break;
    // Capitalised words continue the name unless they are keywords; lower-case ones only when they are organisation words.
    if (tk.isUpperInitial(k) ? isStop(tk, k) : !ORG_LOWER.has(tk.lower(k))) break;
    words.push(dash ? `- ${tk.str(k)}` : tk.str(k));
    end = k + 1;
    j = k + 1;
  }
  return { code: null, name: words.join(' '), end };
}

/** A known or generic issuer starting at token i. */
export function matchIssuer(tk: Tokens, i: number, isKindStart: (i: number) => boolean): IssuerMatch | null {
  if (tk.t(i) !== T_WORD) return null;
  // "Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng": skip the conference to find its body.
  if (tk.is(i, 'hội') && tk.t(i + 1) === T_SPACE && tk.is(i + 2, 'nghị')) {
    let j = i + 3;
    for (let n = 0; n < 12 && (tk.t(j) === T_SPACE || tk.t(j) === T_WORD || tk.t(j) === T_NUM); n++, j++) {
      if (tk.t(j) !== T_WORD) continue;
      const known = matchKnown(tk, j, isKindStart);
      if (known) return known;
    }
    return readGeneric(tk, i, isKindStart);
  }
  return matchKnown(tk, i, isKindStart) ?? readGeneric(tk, i, isKindStart);
}

function matchKnown(tk: Tokens, i: number, isKindStart: (i: number) => boolean): IssuerMatch | null {
  for (const p of PATTERNS) {
    const end = matchPattern(tk, i, p);
    if (end < 0) continue;
    if (p.place) {
      const place = readPlace(tk, end, isKindStart);
      return { code: p.code, name: [p.display, ...place.words].join(' '), end: place.end };
    }
    // A central body followed by more of a name ("Ban Chấp hành Trung ương Đoàn") is another body.
    const next = end + 1;
    if (tk.t(end) === T_SPACE && tk.t(next) === T_WORD && tk.isUpperInitial(next) && !isStop(tk, next) && !isKindStart(next)) {
      return readGeneric(tk, i, isKindStart);
    }
    return { code: p.code, name: p.display, end };
  }
  return null;
}
