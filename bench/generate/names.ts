/**
 * Word lists for the bench data. Provinces are the 34 of the 2025
 * reorganisation (Nghị quyết 202/2025/QH15); communes, people, tasks and
 * documents are made up from syllables and phrases, so every name is fictional.
 */
import type { Random } from './random.ts';

/** [name, kind word]; the first one is the 1× data set. */
export const PROVINCES: readonly (readonly [string, 'tỉnh' | 'thành phố'])[] = [
  ['Tây Ninh', 'tỉnh'],
  ['Hà Nội', 'thành phố'],
  ['Huế', 'thành phố'],
  ['Lai Châu', 'tỉnh'],
  ['Điện Biên', 'tỉnh'],
  ['Sơn La', 'tỉnh'],
  ['Lạng Sơn', 'tỉnh'],
  ['Quảng Ninh', 'tỉnh'],
  ['Thanh Hóa', 'tỉnh'],
  ['Nghệ An', 'tỉnh'],
  ['Hà Tĩnh', 'tỉnh'],
  ['Cao Bằng', 'tỉnh'],
  ['Tuyên Quang', 'tỉnh'],
  ['Lào Cai', 'tỉnh'],
  ['Thái Nguyên', 'tỉnh'],
  ['Phú Thọ', 'tỉnh'],
  ['Bắc Ninh', 'tỉnh'],
  ['Hưng Yên', 'tỉnh'],
  ['Hải Phòng', 'thành phố'],
  ['Ninh Bình', 'tỉnh'],
  ['Quảng Trị', 'tỉnh'],
  ['Đà Nẵng', 'thành phố'],
  ['Quảng Ngãi', 'tỉnh'],
  ['Gia Lai', 'tỉnh'],
  ['Khánh Hòa', 'tỉnh'],
  ['Lâm Đồng', 'tỉnh'],
  ['Đắk Lắk', 'tỉnh'],
  ['Hồ Chí Minh', 'thành phố'],
  ['Đồng Nai', 'tỉnh'],
  ['Cần Thơ', 'thành phố'],
  ['Vĩnh Long', 'tỉnh'],
  ['Đồng Tháp', 'tỉnh'],
  ['Cà Mau', 'tỉnh'],
  ['An Giang', 'tỉnh'],
];

export const TOTAL_COMMUNES = 3321;

/**
 * Communes per province: fixed (independent of the seed), between about 60
 * and 160, adding up to 3,321; the first province has 96 (Tây Ninh's count).
 */
export const COMMUNES_PER_PROVINCE: readonly number[] = (() => {
  const first = 96;
  const rest = PROVINCES.length - 1;
  const weights = Array.from({ length: rest }, (_, i) => 0.6 + ((i * 37) % 17) / 16);
  const total = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.floor(((TOTAL_COMMUNES - first) * w) / total));
  let left = TOTAL_COMMUNES - first - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % rest, left--) counts[i] = (counts[i] as number) + 1;
  return [first, ...counts];
})();

const COMMUNE_SYLLABLES = [
  'An', 'Bình', 'Phú', 'Tân', 'Hòa', 'Long', 'Thạnh', 'Mỹ', 'Phước', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Thuận', 'Lợi',
  'Thành', 'Vĩnh', 'Xuân', 'Quang', 'Minh', 'Trung', 'Hải', 'Sơn', 'Lộc', 'Thới', 'Hiệp', 'Định', 'Hậu', 'Khánh', 'Lạc',
  'Phong', 'Điền', 'Hội', 'Đức', 'Nghĩa', 'Thọ', 'Cường', 'Thắng', 'Lâm', 'Giang', 'Hà', 'Yên', 'Quý', 'Kim', 'Ngọc',
  'Tiến', 'Thịnh', 'Vân', 'Châu', 'Cát', 'Mai', 'Hồng', 'Liên', 'Trà', 'Đồng', 'Gia', 'Nhơn', 'Thái', 'Tường',
];

/** "Tân Phú", "Long Hòa Đông": two or three syllables, unique within `used`. */
export function communeName(r: Random, used: Set<string>): string {
  for (;;) {
    const n = r.chance(0.15) ? 3 : 2;
    const parts: string[] = [];
    while (parts.length < n) {
      const s = r.pick(COMMUNE_SYLLABLES);
      if (!parts.includes(s)) parts.push(s);
    }
    const name = parts.join(' ');
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Võ', 5], ['Phan', 4], ['Vũ', 3],
  ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Hồ', 2], ['Ngô', 2], ['Dương', 2], ['Lý', 1], ['Đinh', 2], ['Trương', 1],
  ['Mai', 1], ['Tô', 1], ['Cao', 1], ['Lò', 1], ['Hà', 1], ['Thạch', 1], ['Y', 0.5], ['Siu', 0.5],
];
const MIDDLE = {
  male: ['Văn', 'Văn', 'Văn', 'Minh', 'Thanh', 'Hoàng', 'Quốc', 'Hữu', 'Đức', 'Công', 'Tấn', 'Trung', 'Xuân', 'Đình'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Minh', 'Thu', 'Kim', 'Bích', 'Mỹ', 'Hồng', 'Thúy', 'Thị Thu', 'Thị Ngọc'],
} as const;
const GIVEN = {
  male: [
    'Hùng', 'Dũng', 'Tuấn', 'Phong', 'Long', 'Hải', 'Sơn', 'Thắng', 'Tài', 'Phúc', 'Lộc', 'Khải', 'Nghĩa', 'Hiếu', 'Trung',
    'Tín', 'Nhân', 'Vinh', 'Toàn', 'Bình', 'Khoa', 'Quang', 'Thành', 'Tâm', 'Trí', 'Hậu', 'Lợi', 'Duy', 'Cường', 'Đạt',
    'Hòa', 'Kiên', 'Luân', 'Nam', 'Phát', 'Sang', 'Thiện', 'Vũ', 'Định', 'Minh', 'An', 'Bảo', 'Quý', 'Tùng', 'Việt',
  ],
  female: [
    'Lan', 'Hoa', 'Hương', 'Mai', 'Thảo', 'Trang', 'Hạnh', 'Ngân', 'Loan', 'Nhung', 'Phượng', 'Diễm', 'Yến', 'Tuyết',
    'Hằng', 'Vân', 'Châu', 'Trinh', 'Thúy', 'Linh', 'Dung', 'Hiền', 'Liên', 'Nga', 'Oanh', 'Quyên', 'Tâm', 'Huyền', 'Anh',
  ],
} as const;

export function personName(r: Random, gender: 'male' | 'female'): string {
  return `${r.weighted(FAMILY)} ${r.pick(MIDDLE[gender])} ${r.pick(GIVEN[gender])}`;
}

// ---------------------------------------------------------------------------
// Tasks

const TASK_ACTIONS = [
  'Tuyên truyền, phổ biến',
  'Tổ chức quán triệt và triển khai',
  'Xây dựng kế hoạch thực hiện',
  'Sơ kết việc thực hiện',
  'Tổng kết việc thực hiện',
  'Kiểm tra, giám sát việc thực hiện',
  'Khảo sát, đánh giá tình hình thực hiện',
  'Báo cáo kết quả thực hiện',
  'Hướng dẫn các đoàn thể thực hiện',
  'Tổ chức hội nghị chuyên đề về',
  'Đẩy mạnh thực hiện',
  'Nắm tình hình tư tưởng nhân dân về',
];
const TASK_OBJECTS = [
  'Nghị quyết số 43-NQ/TW về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
  'Kết luận số 114-KL/TW về nâng cao chất lượng, hiệu quả công tác dân vận',
  'Quy chế công tác dân vận của hệ thống chính trị',
  'phong trào thi đua "Dân vận khéo"',
  'Quy chế dân chủ ở cơ sở',
  'Luật Thực hiện dân chủ ở cơ sở',
  'công tác dân vận chính quyền',
  'công tác tôn giáo trên địa bàn',
  'công tác dân tộc và chính sách dân tộc',
  'cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
  'phong trào "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"',
  'việc tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy với nhân dân',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'mô hình "Dân vận khéo" trong phát triển kinh tế',
  'Chỉ thị số 18-CT/TW về phát huy vai trò của nhân dân trong phòng, chống tham nhũng',
  'công tác vận động đồng bào có đạo',
  'Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ',
  'việc xây dựng khu dân cư văn hóa',
];
const TASK_TAILS = ['', '', ' năm {y}', ' quý {q} năm {y}', ' 6 tháng đầu năm {y}', ' 6 tháng cuối năm {y}', ' giai đoạn 2025–2030'];

export function taskTitle(r: Random, year: number, quarter: number): string {
  const tail = r.pick(TASK_TAILS).replace('{y}', String(year)).replace('{q}', ['I', 'II', 'III', 'IV'][quarter - 1] ?? 'I');
  return `${r.pick(TASK_ACTIONS)} ${r.pick(TASK_OBJECTS)}${tail}`;
}

const TASK_DESCRIPTIONS = [
  'Bám sát chỉ đạo của cấp ủy, phân công cán bộ phụ trách, báo cáo kết quả về Ban Dân vận đúng thời hạn.',
  'Phối hợp với Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội cùng cấp; lồng ghép trong sinh hoạt chi bộ.',
  'Tổ chức hội nghị, phát hành tài liệu tuyên truyền; nắm bắt tâm tư, nguyện vọng của nhân dân.',
  'Đánh giá kết quả, chỉ ra hạn chế, nguyên nhân và đề xuất giải pháp trong thời gian tới.',
  'Gửi báo cáo bằng văn bản kèm số liệu theo mẫu hướng dẫn.',
];

export function taskDescription(r: Random): string | null {
  return r.chance(0.55) ? r.pick(TASK_DESCRIPTIONS) : null;
}

// ---------------------------------------------------------------------------
// Documents

const DOCUMENT_SUBJECTS = [
  'tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
  'nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp',
  'tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị',
  'đẩy mạnh phong trào thi đua "Dân vận khéo"',
  'công tác tôn giáo trong tình hình mới',
  'công tác dân tộc và thực hiện chính sách dân tộc',
  'phát huy vai trò của nhân dân trong phòng, chống tham nhũng, tiêu cực',
  'thực hiện dân chủ ở cơ sở',
  'tăng cường khối đại đoàn kết toàn dân tộc',
  'công tác vận động quần chúng tham gia xây dựng nông thôn mới',
  'tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân',
  'công tác dân vận trong lực lượng vũ trang',
  'sơ kết, tổng kết công tác dân vận năm',
  'kiện toàn tổ chức bộ máy Ban Dân vận các cấp',
  'lãnh đạo công tác thanh niên, phụ nữ, nông dân, cựu chiến binh',
  'xây dựng mô hình dân vận khéo trong cải cách hành chính',
  'chương trình công tác kiểm tra, giám sát về công tác dân vận',
  'công tác vận động người Việt Nam ở nước ngoài',
  'phát triển đảng viên trong đồng bào tôn giáo',
  'nắm tình hình tư tưởng, dư luận xã hội',
];
const SUBJECT_TAILS = ['', '', '', ' năm {y}', ' giai đoạn 2021–2025', ' giai đoạn 2026–2030', ' trên địa bàn'];

export function documentSubject(r: Random, year: number): string {
  return `${r.pick(DOCUMENT_SUBJECTS)}${r.pick(SUBJECT_TAILS).replace('{y}', String(year))}`;
}
