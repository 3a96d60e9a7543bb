/**
 * Vietnamese personal names: a family name from the common list (or any
 * title-case word after an honorific) followed by one to four more title-case
 * words. Places that begin like a name ("Hồ Chí Minh", "Hà Nội") are not names.
 */
import { type Analysed, wordSet } from './text.ts';
import * as tx from './text.ts';

// Local copies: imported bindings may be read through getters by module loaders, too slow in the scanning loops.
const { T_SPACE } = tx;

export const SURNAMES = wordSet([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào',
  'Trịnh', 'Mai', 'Lương', 'Lâm', 'Cao', 'Tạ', 'Hà', 'Tô', 'Lưu', 'Châu', 'Quách', 'Thái', 'Vương', 'Triệu', 'Đoàn', 'Kiều', 'Tăng', 'Giang',
  'Khổng', 'Phùng', 'La', 'Lại', 'Nông', 'Lò', 'Hầu', 'Thạch', 'Danh', 'Kim', 'Sơn', 'Tiêu', 'Chu', 'Thân', 'Mạc', 'Từ', 'Nghiêm', 'Diệp',
  'Âu', 'Trương', 'Hứa', 'Lã', 'Tống', 'Doãn', 'Khúc', 'Bế', 'Vi', 'Lục', 'Ma', 'Sầm', 'Đàm', 'Chế', 'Cù', 'Đồng', 'Tôn', 'Ninh', 'Lữ',
  'Lăng', 'Khuất', 'Tất', 'Viên', 'Giáp', 'Bạch', 'Điểu', 'Sùng', 'Vàng', 'Giàng', 'Thào', 'Mùa', 'Lầu', 'Ksor', 'Siu', 'Rơ', 'Y', 'Nay',
  'Kpă', 'Rah', 'Trình', 'Văn', 'Quan', 'Lỗ', 'Ông', 'Phó', 'Ưng', 'Mã', 'Hàn', 'Cấn', 'Đàng', 'Thiều', 'Mẫn', 'Ứng', 'Hoàng', 'Hữu',
  'Lành', 'Cầm', 'Uông', 'Lò', 'Hà', 'Kha', 'Mông', 'Hờ', 'Tòng', 'Quàng', 'Lường', 'Chăm', 'Pờ', 'Ka', 'Bàn', 'Lục', 'Thiệu', 'Vy', 'Phí', 'Bành', 'Nhữ',
]);

/** Names that are places, streets or historic figures, not people in the story. */
const NOT_PEOPLE = new Set(
  [
    'hồ chí minh', 'hà nội', 'hà giang', 'hà tĩnh', 'hà nam', 'lâm đồng', 'cao bằng', 'đồng nai', 'đồng tháp', 'thái nguyên', 'thái bình', 'kim bôi',
    'hà tiên', 'quang trung', 'lê lợi', 'trần hưng đạo', 'nguyễn huệ', 'lý thường kiệt', 'hai bà trưng', 'đồng xoài', 'đồng hới', 'mai sơn',
    'hà đông', 'sơn la', 'tôn đức thắng', 'võ nguyên giáp', 'cao lãnh', 'hà trung', 'châu thành', 'châu đốc', 'đồng văn', 'lương sơn', 'hồ gươm',
    'trần phú', 'lê duẩn', 'dương minh châu', 'tiền giang', 'kiên giang', 'hậu giang', 'bắc giang', 'hồ chí minh', 'cao bằng', 'lào cai', 'hà tĩnh', 'phan đình phùng', 'phan bội châu', 'phan chu trinh', 'thái hòa', 'lâm hà', 'đồng hỷ', 'giang thành', 'kim sơn',
  ],
);

/** Capitalised words that are not part of a personal name: organisation and level words. */
const NOT_NAME_WORDS = wordSet(['tỉnh', 'huyện', 'ban', 'ủy', 'hội', 'đảng', 'bộ', 'sở', 'xã', 'phường', 'quận', 'trưởng', 'phó', 'chủ', 'bí', 'giám', 'mặt', 'đại', 'ngày', 'tại', 'theo', 'về', 'trong', 'sáng', 'chiều', 'khóa', 'nhiệm']);
/** The most common family names: "Giang Nguyễn Quang Minh" is a place then a name. */
const TOP_SURNAMES = wordSet(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Phan', 'Trương']);

/** Title-case words (not acronyms) from token i, up to max words, single spaces between. Returns the end token. */
export function titleCaseRun(a: Analysed, i: number, max: number): number {
  const tk = a.tk;
  if (!a.isTitleCase(i) || NOT_NAME_WORDS.has(a, i)) return i;
  let end = i + 1;
  let n = 1;
  while (n < max && tk.t(end) === T_SPACE && tk.e(end) - tk.s(end) === 1 && a.isTitleCase(end + 1) && !NOT_NAME_WORDS.has(a, end + 1)) {
    end += 2;
    n++;
  }
  return end;
}

/** Number of words in a run [i, end). */
export function wordCount(a: Analysed, i: number, end: number): number {
  let n = 0;
  for (let k = i; k < end; k++) if (a.isWord(k)) n++;
  return n;
}

/** Is token i a family name that opens a 2–5 word title-case run that is not a place? */
export function startsPersonName(a: Analysed, i: number): boolean {
  if (!a.isTitleCase(i) || !SURNAMES.has(a, i)) return false;
  const end = titleCaseRun(a, i, 5);
  const words = wordCount(a, i, end);
  if (words < 2) return false;
  if (words >= 3 && TOP_SURNAMES.has(a, i + 2)) return false;
  return !NOT_PEOPLE.has(a.slice(i, end).toLowerCase()) && !NOT_PEOPLE.has(a.slice(i, Math.min(end, i + 3)).toLowerCase());
}

/** A personal name at token i: `strict` needs a known family name; returns the end token or -1. */
export function readName(a: Analysed, i: number, strict: boolean): number {
  if (!a.isTitleCase(i)) return -1;
  if (strict && !SURNAMES.has(a, i)) return -1;
  const end = titleCaseRun(a, i, 5);
  const words = wordCount(a, i, end);
  if (words < 2) return -1;
  const name = a.slice(i, end).toLowerCase();
  if (NOT_PEOPLE.has(name)) return -1;
  return end;
}

/** "lê minh thế" → "Lê Minh Thế". */
export function capitaliseName(name: string): string {
  return name
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}
