/**
 * Units, agencies and places named in a text: "Ban Dân vận Tỉnh ủy",
 * "UBND tỉnh", "Huyện ủy Bến Cầu", "UB.MTTQVN tỉnh", "huyện Tiên Yên".
 * A name starts at a known head (longest match) and runs on through level
 * words ("tỉnh", "Tỉnh ủy", "Trung ương"), organisation words and capitalised
 * place names; it stops at any other lower-case word, punctuation or a
 * person's name. Each token is visited a bounded number of times.
 */
import type { ExtractedUnit, UnitKind } from './types.ts';
import { type Analysed, PhraseSet, wordSet } from './text.ts';
import * as tx from './text.ts';
import { startsPersonName } from './names.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_SPACE, T_WORD } = tx;

const HEADS: [string, UnitKind][] = [
  ...[
    'ban dân vận', 'ban tuyên giáo', 'ban tuyên giáo và dân vận', 'ban tổ chức', 'ban kiểm tra', 'ban thường vụ', 'ban chấp hành', 'ban bí thư',
    'ban nội chính', 'ban cán sự', 'ban cán sự đảng', 'ban chỉ đạo', 'bộ chính trị', 'tỉnh ủy', 'huyện ủy', 'thị ủy', 'thành ủy', 'quận ủy',
    'đảng ủy', 'đảng bộ', 'chi bộ', 'ủy ban kiểm tra', 'văn phòng tỉnh ủy', 'văn phòng huyện ủy', 'văn phòng trung ương đảng', 'trung ương đảng',
  ].map((h): [string, UnitKind] => [h, h.startsWith('ban chỉ đạo') ? 'commission' : h.startsWith('ban ') && h !== 'ban bí thư' && h !== 'ban chấp hành' ? 'commission' : 'party']),
  ...[
    'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'quốc hội', 'chính phủ', 'thủ tướng chính phủ', 'ban dân tộc', 'ban tôn giáo', 'sở',
    'bộ nội vụ', 'bộ công an', 'bộ quốc phòng', 'trung tâm', 'viện kiểm sát nhân dân', 'tòa án nhân dân', 'báo', 'đài phát thanh và truyền hình',
    'đài phát thanh - truyền hình', 'đài truyền thanh',
  ].map((h): [string, UnitKind] => [h, 'state']),
  ...['ủy ban mặt trận tổ quốc', 'ủy ban mttq', 'ubmttq', 'mttq', 'mặt trận tổ quốc', 'ủy ban trung ương mặt trận tổ quốc', 'ub'].map((h): [string, UnitKind] => [h, 'front']),
  ...[
    'hội liên hiệp phụ nữ', 'hội lhpn', 'hội nông dân', 'hội cựu chiến binh', 'hội ccb', 'hội nd', 'liên đoàn lao động', 'tỉnh đoàn', 'huyện đoàn',
    'thành đoàn', 'đoàn thanh niên', 'đoàn tncs', 'hội người cao tuổi', 'hội chữ thập đỏ', 'hội khuyến học', 'hội nhà báo', 'hội luật gia',
    'hội cựu thanh niên xung phong', 'hội liên hiệp thanh niên', 'hội sinh viên', 'hội doanh nhân trẻ',
  ].map((h): [string, UnitKind] => [h, 'organisation']),
  ...['công an', 'bộ chỉ huy quân sự', 'bộ chỉ huy bộ đội biên phòng', 'bộ đội biên phòng', 'ban chỉ huy quân sự', 'bộ tư lệnh', 'quân khu'].map(
    (h): [string, UnitKind] => [h, 'armed'],
  ),
];
const HEAD_SET = new PhraseSet<UnitKind>(HEADS);

/** Place words followed by a capitalised name: "huyện Tiên Yên", "xã Long Hòa". */
const PLACE_HEADS = new PhraseSet<true>(
  ['tỉnh', 'huyện', 'thị xã', 'thành phố', 'tp', 'xã', 'phường', 'thị trấn', 'quận', 'ấp', 'thôn', 'bản', 'buôn', 'khu phố', 'tổ dân phố', 'khóm', 'làng'].map(
    (w): [string, true] => [w, true],
  ),
);

/** Lower-case level words that continue a name after any word: "UBND tỉnh", "Huyện ủy Bến Cầu". */
const LEVELS = wordSet(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'thành', 'phố', 'trấn', 'ấp', 'thôn', 'bản', 'ủy']);
/** Lower-case words that never follow a capitalised word inside a name ("Ban Dân vận Tỉnh ủy chủ trì"): verbs and function words. */
export const AFTER_CAP_STOPS = wordSet([
  'phát', 'tặng', 'trao', 'chủ', 'dự', 'làm', 'cho', 'đã', 'sẽ', 'đang', 'vừa', 'có', 'là', 'được', 'bị', 'và', 'với', 'về', 'tại', 'của', 'trong',
  'cùng', 'nhấn', 'khẳng', 'đề', 'yêu', 'thông', 'báo', 'trình', 'ghi', 'nêu', 'cảm', 'gửi', 'đến', 'tới', 'ký', 'các', 'những', 'cũng', 'để',
  'nhằm', 'khi', 'thì', 'mà', 'này', 'đó', 'đây', 'năm', 'ngày', 'tháng', 'lần', 'tổ', 'tham', 'thực', 'triển', 'giám', 'kiểm', 'xây', 'ban',
  'tiếp', 'khen', 'biểu', 'đánh', 'chúc', 'quán', 'họp', 'phối', 'vận', 'tuyên', 'lãnh', 'chỉ',
]);
/** Capitalised words that end a name whatever follows ("Về", "Ngày", "Hội nghị"). */
const CAP_STOPS = wordSet(['về', 'ngày', 'năm', 'tháng', 'khóa', 'số', 'tại', 'theo', 'trong', 'sáng', 'chiều', 'tối', 'đồng', 'ông', 'bà', 'các', 'hội', 'và']);
/** Heads that need more than the head word to be a unit ("Sở" alone is not a department). */
const NEEDS_NAME = new Set(['sở', 'trung tâm', 'báo', 'ub', 'công an', 'đảng bộ', 'chi bộ', 'bộ']);
const NOT_AFTER_BAO = wordSet(['cáo', 'chí', 'động', 'đảm', 'vệ', 'tồn', 'hiệu', 'giá', 'đáp', 'ứng']);

export interface UnitSpan {
  kind: UnitKind;
  start: number; // token
  end: number; // token after
  name: string;
}

/** The unit or place name starting at token i, or null. */
export function unitAt(a: Analysed, i: number): UnitSpan | null {
  const tk = a.tk;
  if (tk.t(i) !== T_WORD) return null;
  const cap = a.isCap(i);
  const head = cap ? HEAD_SET.match(a, i) : null;
  if (head) {
    const headWords = head.end - i === 1 ? a.tk.lower(i) : head.end - i === 3 ? `${a.tk.lower(i)} ${a.tk.lower(i + 2)}` : '';
    if (headWords === 'báo' && NOT_AFTER_BAO.has(a, a.next(i))) return null;
    // "UB.MTTQVN": an abbreviation glued by a dot
    let j = head.end;
    if (headWords === 'ub' && a.punct(j) === '.' && tk.t(j + 1) === T_WORD) j += 2;
    const end = runOn(a, j);
    if (NEEDS_NAME.has(headWords) && end === j) return null;
    return { kind: head.value, start: i, end, name: a.slice(i, end) };
  }
  const place = cap ? null : PLACE_HEADS.match(a, i);
  if (place && tk.t(place.end) === T_SPACE && a.isCap(place.end + 1) && !CAP_STOPS.has(a, place.end + 1) && !HEAD_SET.match(a, place.end + 1)) {
    const end = capitalRun(a, place.end + 1, 5);
    return { kind: 'place', start: i, end, name: a.slice(i, end) };
  }
  return null;
}

/** Capitalised words (at most max) from token i: a place name, "Bà Rịa - Vũng Tàu". */
function capitalRun(a: Analysed, i: number, max: number): number {
  const tk = a.tk;
  let end = i + 1;
  let n = 1;
  let j = i + 1;
  while (n < max) {
    if (tk.t(j) !== T_SPACE) break;
    let k = j + 1;
    if (a.punct(k) === '-' && tk.t(k + 1) === T_SPACE && a.isCap(k + 2)) k += 2;
    if (!a.isCap(k) || CAP_STOPS.has(a, k) || HEAD_SET.match(a, k) || startsPersonName(a, k)) break;
    end = k + 1;
    n++;
    j = k + 1;
  }
  return end;
}

/**
 * After a head: capitalised words, the lower-case syllable right after a
 * capitalised one ("Trung tâm", "Nội vụ") unless it is a verb, and level
 * words ("tỉnh", "huyện") followed by their place name. Returns the end token.
 */
function runOn(a: Analysed, from: number): number {
  const tk = a.tk;
  let end = from;
  let j = from;
  for (let n = 0; n < 10; n++) {
    if (tk.t(j) !== T_SPACE || tk.e(j) - tk.s(j) > 2) break;
    const k = j + 1;
    if (tk.t(k) !== T_WORD) break;
    if (a.isCap(k)) {
      if (CAP_STOPS.has(a, k) || startsPersonName(a, k)) break;
    } else if (!LEVELS.has(a, k) && (AFTER_CAP_STOPS.has(a, k) || !a.isCap(a.prev(k)))) break;
    end = k + 1;
    j = k + 1;
  }
  return end;
}

/** Every unit and place named in the text, each distinct name once with all its mentions. */
export function findUnits(a: Analysed): { spans: UnitSpan[]; units: ExtractedUnit[] } {
  const tk = a.tk;
  const spans: UnitSpan[] = [];
  for (let i = 0; i < tk.count; i++) {
    if (tk.t(i) !== T_WORD) continue;
    if (i > 0 && tk.t(i - 1) === T_WORD) continue;
    const u = unitAt(a, i);
    if (!u || u.end <= u.start) continue;
    spans.push(u);
    i = u.end - 1;
  }
  const byName = new Map<string, ExtractedUnit>();
  for (const s of spans) {
    const key = s.name.toLowerCase();
    const sp = a.span(s.start, s.end);
    const existing = byName.get(key);
    if (existing) existing.mentions.push(sp);
    else byName.set(key, { name: s.name, kind: s.kind, ...sp, mentions: [sp] });
  }
  return { spans, units: [...byName.values()] };
}

