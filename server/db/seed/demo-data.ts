/**
 * The demo data set as a pure, deterministic plan: units, people, positions,
 * emulation groups and accounts, keyed by unit name (names are unique in the
 * plan). `seedDemo` (demo.ts) turns the plan into rows. Every person is
 * fictional: names come from a seeded PRNG, never from news reports.
 *
 * The tree: the Central Committee, Tây Ninh in its pre-2025 three-level shape
 * (province → 9 districts → communes), Long An in the same shape but dissolved
 * on 2025-07-01 when it was merged into Tây Ninh and districts were abolished,
 * and the two post-2025 communes (Hậu Nghĩa, Bến Lức) that succeed Long An's.
 */
import type { Role } from '../../../shared/access.ts';
import type { Gender, GroupKind, UnitKind, UnitLevel, UnitStatus } from '../../../shared/units.ts';

export interface PlanUnit {
  name: string;
  parent: string | null;
  kind: UnitKind;
  level: UnitLevel;
  code: string | null;
  shortName: string | null;
  status: UnitStatus;
  validFrom: string | null;
  validTo: string | null;
  successor: string | null;
  dissolutionNote: string | null;
}

export interface PlanPerson {
  /** Index in `DemoPlan.persons`. */
  index: number;
  /** The unit of the person's current (or last) position. */
  unit: string;
  fullName: string;
  gender: Gender;
  birthYear: number;
  ethnicity: string | null;
  religion: string | null;
}

export interface PlanPosition {
  person: number;
  unit: string;
  title: string;
  isHead: boolean;
  startDate: string;
  endDate: string | null;
}

export interface PlanGroup {
  owner: string;
  kind: GroupKind;
  name: string;
  year: number;
  note: string | null;
  members: string[];
}

export interface DemoAccountSpec {
  username: string;
  role: Role;
  unit: string;
}

export interface PlanAccount extends DemoAccountSpec {
  person: number;
}

export interface DemoPlan {
  units: PlanUnit[];
  persons: PlanPerson[];
  positions: PlanPosition[];
  groups: PlanGroup[];
  accounts: PlanAccount[];
}

// ---------------------------------------------------------------------------
// Fixed names of the tree

export const CENTRAL = 'Ban Chấp hành Trung ương Đảng';
export const CENTRAL_COMMISSION = 'Ban Dân vận Trung ương';
export const TAY_NINH = 'Tỉnh ủy Tây Ninh';
export const TAY_NINH_COMMISSION = 'Ban Dân vận Tỉnh ủy Tây Ninh';
export const TAY_NINH_FRONT = 'Ủy ban MTTQ Việt Nam tỉnh Tây Ninh';
export const LONG_AN = 'Tỉnh ủy Long An';
export const LONG_AN_COMMISSION = 'Ban Dân vận Tỉnh ủy Long An';
export const LONG_AN_FRONT = 'Ủy ban MTTQ Việt Nam tỉnh Long An';

export const MERGER_DATE = '2025-07-01';
export const DISSOLVED_ON = '2025-06-30';
export const DISSOLUTION_NOTE =
  'Sắp xếp đơn vị hành chính theo Nghị quyết 202/2025/QH15 (hợp nhất tỉnh Long An và tỉnh Tây Ninh), Nghị quyết 1682/NQ-UBTVQH15';

/** The demo accounts, in the order they are listed to the operator. */
export const DEMO_ACCOUNT_SPECS: readonly DemoAccountSpec[] = [
  { username: 'admin', role: 'admin', unit: CENTRAL },
  { username: 'lanhdao.tinh', role: 'leader', unit: TAY_NINH_COMMISSION },
  { username: 'chuyenvien.tinh', role: 'specialist', unit: TAY_NINH_COMMISSION },
  { username: 'xem.tinh', role: 'viewer', unit: TAY_NINH_COMMISSION },
  { username: 'chuyenvien.hoathanh', role: 'specialist', unit: 'Ban Dân vận Thị ủy Hòa Thành' },
  { username: 'chuyenvien.bencau', role: 'specialist', unit: 'Ban Dân vận Huyện ủy Bến Cầu' },
  { username: 'chuyenvien.godau', role: 'specialist', unit: 'Ban Dân vận Huyện ủy Gò Dầu' },
  { username: 'coso.longhoa', role: 'reporter', unit: 'Đảng ủy phường Long Hoa' },
  { username: 'lanhdao.haunghia', role: 'leader', unit: 'Đảng ủy xã Hậu Nghĩa' },
];

type DistrictType = 'huyện' | 'thị xã' | 'thành phố';
type CommuneType = 'xã' | 'phường' | 'thị trấn';

interface DistrictDef {
  type: DistrictType;
  name: string;
  /** Set for the two towns (thị xã) created on 2020-02-01 (Nghị quyết 867/NQ-UBTVQH14). */
  validFrom?: string;
  communes: [CommuneType, string][];
}

/** Tây Ninh's nine district-level units before 2025, with some of their communes. */
const TAY_NINH_DISTRICTS: DistrictDef[] = [
  { type: 'thành phố', name: 'Tây Ninh', communes: [['phường', '1'], ['phường', '3'], ['phường', 'Ninh Sơn'], ['xã', 'Thạnh Tân']] },
  {
    type: 'thị xã',
    name: 'Hòa Thành',
    validFrom: '2020-02-01',
    communes: [['phường', 'Long Hoa'], ['phường', 'Long Thành Bắc'], ['phường', 'Hiệp Tân'], ['xã', 'Trường Hòa']],
  },
  {
    type: 'thị xã',
    name: 'Trảng Bàng',
    validFrom: '2020-02-01',
    communes: [['phường', 'Trảng Bàng'], ['phường', 'An Tịnh'], ['phường', 'Gia Lộc'], ['xã', 'Phước Chỉ']],
  },
  { type: 'huyện', name: 'Tân Biên', communes: [['thị trấn', 'Tân Biên'], ['xã', 'Tân Lập'], ['xã', 'Thạnh Bắc'], ['xã', 'Mỏ Công']] },
  { type: 'huyện', name: 'Tân Châu', communes: [['thị trấn', 'Tân Châu'], ['xã', 'Tân Hà'], ['xã', 'Suối Ngô'], ['xã', 'Tân Hưng']] },
  {
    type: 'huyện',
    name: 'Dương Minh Châu',
    communes: [['thị trấn', 'Dương Minh Châu'], ['xã', 'Suối Đá'], ['xã', 'Phan'], ['xã', 'Truông Mít']],
  },
  {
    type: 'huyện',
    name: 'Châu Thành',
    communes: [['thị trấn', 'Châu Thành'], ['xã', 'Hảo Đước'], ['xã', 'Ninh Điền'], ['xã', 'Thái Bình'], ['xã', 'Biên Giới']],
  },
  { type: 'huyện', name: 'Gò Dầu', communes: [['thị trấn', 'Gò Dầu'], ['xã', 'Thanh Phước'], ['xã', 'Phước Thạnh'], ['xã', 'Bàu Đồn']] },
  { type: 'huyện', name: 'Bến Cầu', communes: [['thị trấn', 'Bến Cầu'], ['xã', 'Long Chữ'], ['xã', 'Long Thuận'], ['xã', 'Tiên Thuận']] },
];

/** Long An's two demo districts; each group of three communes became one commune on 2025-07-01. */
const LONG_AN_DISTRICTS: (DistrictDef & { successorCommune: string })[] = [
  { type: 'huyện', name: 'Đức Hòa', successorCommune: 'Hậu Nghĩa', communes: [['thị trấn', 'Hậu Nghĩa'], ['xã', 'Đức Lập Thượng'], ['xã', 'Tân Mỹ']] },
  { type: 'huyện', name: 'Bến Lức', successorCommune: 'Bến Lức', communes: [['thị trấn', 'Bến Lức'], ['xã', 'Thạnh Đức'], ['xã', 'Nhựt Chánh']] },
];

const COMMITTEE_OF: Record<DistrictType, string> = { huyện: 'Huyện ủy', 'thị xã': 'Thị ủy', 'thành phố': 'Thành ủy' };
const YOUTH_OF: Record<DistrictType, string> = { huyện: 'Huyện đoàn', 'thị xã': 'Thị đoàn', 'thành phố': 'Thành đoàn' };

/** "phường Long Hoa", "xã Phan", but "Phường 1" for numbered wards. */
const communeLabel = (type: CommuneType, name: string): string => (/^\d+$/u.test(name) ? `Phường ${name}` : `${type} ${name}`);

// ---------------------------------------------------------------------------
// Deterministic randomness and fictional names

/** mulberry32: a tiny seeded PRNG, good enough for demo variety. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  /** Pick from [item, weight] pairs. */
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('pick from an empty list');
    return last[0];
  };
  return { next, int, pick, weighted };
}
type Random = ReturnType<typeof createRandom>;

const KINH_FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Huỳnh', 6],
  ['Võ', 6],
  ['Phan', 4],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Hồ', 3],
  ['Ngô', 3],
  ['Dương', 2],
  ['Lý', 2],
  ['Đinh', 2],
  ['Trương', 2],
  ['Mai', 1],
  ['Tô', 1],
  ['Châu', 1],
  ['Cao', 1],
];
const FAMILY_BY_ETHNICITY: Record<string, readonly string[]> = {
  Khmer: ['Thạch', 'Danh', 'Sơn', 'Chau', 'Lâm'],
  Chăm: ['Mã', 'Sa', 'Từ'],
  Hoa: ['Lâm', 'Quách', 'Trương', 'Tăng', 'Lưu'],
};
const MIDDLE: Record<Gender, readonly string[]> = {
  male: ['Văn', 'Văn', 'Văn', 'Minh', 'Thanh', 'Hoàng', 'Quốc', 'Hữu', 'Đức', 'Công', 'Tấn', 'Trung', 'Phước'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Minh', 'Thu', 'Kim', 'Bích', 'Mỹ', 'Hồng', 'Thúy'],
};
const GIVEN: Record<Gender, readonly string[]> = {
  male: [
    'Hùng', 'Dũng', 'Tuấn', 'Phong', 'Long', 'Hải', 'Sơn', 'Thắng', 'Tài', 'Phúc', 'Lộc', 'Khải', 'Nghĩa', 'Hiếu',
    'Trung', 'Tín', 'Nhân', 'Vinh', 'Toàn', 'Bình', 'Khoa', 'Quang', 'Thành', 'Tâm', 'Trí', 'Hậu', 'Lợi', 'Duy',
    'Cường', 'Đạt', 'Hòa', 'Kiên', 'Luân', 'Nam', 'Phát', 'Sang', 'Thiện', 'Triều', 'Vũ', 'Định',
  ],
  female: [
    'Lan', 'Hoa', 'Hương', 'Mai', 'Thảo', 'Trang', 'Hạnh', 'Ngân', 'Loan', 'Nhung', 'Phượng', 'Diễm', 'Yến',
    'Tuyết', 'Hằng', 'Vân', 'Châu', 'Trinh', 'Thúy', 'Linh', 'Dung', 'Hiền', 'Liên', 'Nga', 'Oanh', 'Quyên', 'Tâm',
  ],
};
const FEMALE_DOUBLE_MIDDLE = ['Thị Ngọc', 'Thị Kim', 'Thị Thu', 'Thị Mỹ', 'Thị Bích', 'Thị Thanh', 'Thị Hồng'];
/** Well-known national leaders: a generated name must not coincide with theirs. */
const AVOIDED_NAMES = new Set([
  'Nguyễn Tấn Dũng', 'Nguyễn Văn Linh', 'Võ Văn Kiệt', 'Trương Tấn Sang', 'Nguyễn Minh Triết', 'Nguyễn Xuân Phúc', 'Võ Văn Thưởng',
  'Trần Thanh Mẫn', 'Phạm Minh Chính', 'Lương Cường', 'Tô Lâm', 'Nguyễn Thị Kim Ngân', 'Trần Cẩm Tú',
]);
const KINH_RELIGIONS: readonly (readonly [string, number])[] = [
  ['Cao Đài', 40],
  ['Phật giáo', 30],
  ['Công giáo', 15],
  ['Phật giáo Hòa Hảo', 15],
];

// ---------------------------------------------------------------------------
// The plan builder

interface PersonOptions {
  gender?: Gender;
  /** Share of women when `gender` is not given. */
  femaleShare?: number;
  born: [number, number];
}

class PlanBuilder {
  readonly units: PlanUnit[] = [];
  readonly persons: PlanPerson[] = [];
  readonly positions: PlanPosition[] = [];
  readonly groups: PlanGroup[] = [];
  private readonly unitsByName = new Map<string, PlanUnit>();
  private readonly usedNames = new Set<string>();
  readonly heads = new Map<string, number>();
  readonly staff = new Map<string, number[]>();

  constructor(private readonly random: Random) {}

  unit(
    parent: string | null,
    name: string,
    kind: UnitKind,
    level: UnitLevel,
    extra: Partial<Pick<PlanUnit, 'code' | 'shortName' | 'validFrom'>> = {},
  ): string {
    const clean = name.normalize('NFC');
    if (this.unitsByName.has(clean)) throw new Error(`duplicate demo unit name: ${clean}`);
    if (parent !== null && !this.unitsByName.has(parent)) throw new Error(`parent not yet planned: ${parent}`);
    const unit: PlanUnit = {
      name: clean,
      parent,
      kind,
      level,
      code: extra.code ?? null,
      shortName: extra.shortName ?? null,
      status: 'active',
      validFrom: extra.validFrom ?? null,
      validTo: null,
      successor: null,
      dissolutionNote: null,
    };
    this.units.push(unit);
    this.unitsByName.set(clean, unit);
    return clean;
  }

  /** Mark a unit dissolved; the successor must already be planned (rows are inserted in plan order). */
  dissolve(name: string, successor: string): void {
    const unit = this.unitsByName.get(name);
    const next = this.unitsByName.get(successor);
    if (!unit || !next) throw new Error(`unknown unit in dissolution: ${name} → ${successor}`);
    if (this.units.indexOf(next) > this.units.indexOf(unit)) throw new Error(`successor planned after ${name}`);
    unit.status = 'dissolved';
    unit.validTo = DISSOLVED_ON;
    unit.successor = successor;
    unit.dissolutionNote = DISSOLUTION_NOTE;
  }

  childrenOf(name: string): PlanUnit[] {
    return this.units.filter((u) => u.parent === name);
  }

  person(unit: string, opts: PersonOptions): number {
    const r = this.random;
    const gender: Gender = opts.gender ?? (r.next() < (opts.femaleShare ?? 0.3) ? 'female' : 'male');
    let ethnicity: string | null = null;
    if (r.next() < 1 / 3) ethnicity = r.weighted([['Kinh', 80], ['Khmer', 8], ['Chăm', 5], ['Hoa', 7]] as const);
    let religion: string | null = null;
    if (r.next() < 0.25) {
      religion = ethnicity === 'Khmer' ? 'Phật giáo' : ethnicity === 'Chăm' ? 'Hồi giáo' : r.weighted(KINH_RELIGIONS);
    }
    let fullName = '';
    for (let attempt = 0; ; attempt++) {
      const ethnicFamilies = ethnicity ? FAMILY_BY_ETHNICITY[ethnicity] : undefined;
      const family = ethnicFamilies ? r.pick(ethnicFamilies) : r.weighted(KINH_FAMILY);
      // Now and then a woman's two-part middle name: "Nguyễn Thị Ngọc Hân".
      const middle = gender === 'female' && r.next() < 0.15 ? r.pick(FEMALE_DOUBLE_MIDDLE) : r.pick(MIDDLE[gender]);
      fullName = `${family} ${middle} ${r.pick(GIVEN[gender])}`.normalize('NFC');
      if (!this.usedNames.has(fullName) && !AVOIDED_NAMES.has(fullName)) break;
      if (attempt > 50) throw new Error('could not find a fresh demo name');
    }
    this.usedNames.add(fullName);
    const index = this.persons.length;
    this.persons.push({ index, unit, fullName, gender, birthYear: r.int(opts.born[0], opts.born[1]), ethnicity, religion });
    return index;
  }

  position(person: number, unit: string, title: string, isHead: boolean, startDate: string, endDate: string | null = null): void {
    if (!this.unitsByName.has(unit)) throw new Error(`position in unknown unit: ${unit}`);
    this.positions.push({ person, unit, title, isHead, startDate, endDate });
    if (endDate === null) {
      if (isHead) {
        if (this.heads.has(unit)) throw new Error(`second current head of ${unit}`);
        this.heads.set(unit, person);
      } else {
        this.staff.set(unit, [...(this.staff.get(unit) ?? []), person]);
      }
      const p = this.persons[person];
      if (p) p.unit = unit;
    }
  }

  /** A new person holding one position; `endDate` set for historical (dissolved) units. */
  holder(unit: string, title: string, isHead: boolean, startDate: string, opts: PersonOptions, endDate: string | null = null): number {
    const p = this.person(unit, opts);
    this.position(p, unit, title, isHead, startDate, endDate);
    return p;
  }

  /** A random date `YYYY-MM-DD` in the given year and months (day 1–28). */
  date(year: number | [number, number], months: [number, number] = [1, 12]): string {
    const r = this.random;
    const y = typeof year === 'number' ? year : r.int(year[0], year[1]);
    const m = r.int(months[0], months[1]);
    const d = r.int(1, 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  int(min: number, max: number): number {
    return this.random.int(min, max);
  }
}

// ---------------------------------------------------------------------------
// Units and their staff

const HEAD: PersonOptions = { born: [1965, 1978], femaleShare: 0.25 };
const DEPUTY: PersonOptions = { born: [1970, 1985], femaleShare: 0.35 };
const SPECIALIST: PersonOptions = { born: [1982, 1993], femaleShare: 0.5 };
const YOUTH_HEAD: PersonOptions = { born: [1986, 1993], femaleShare: 0.3 };
const VETERAN_HEAD: PersonOptions = { born: [1965, 1970], gender: 'male' };
const WOMEN_HEAD: PersonOptions = { born: [1966, 1982], gender: 'female' };

/** The five socio-political organisations at province or district level. */
function socioPoliticalOrgs(b: PlanBuilder, parent: string, level: UnitLevel, youthName: string, area: string, validFrom: string | undefined) {
  const v = validFrom ? { validFrom } : {};
  return [
    b.unit(parent, youthName, 'socio_political_org', level, v),
    b.unit(parent, `Hội Liên hiệp Phụ nữ ${area}`, 'socio_political_org', level, v),
    b.unit(parent, `Hội Nông dân ${area}`, 'socio_political_org', level, v),
    b.unit(parent, `Liên đoàn Lao động ${area}`, 'socio_political_org', level, v),
    b.unit(parent, `Hội Cựu chiến binh ${area}`, 'socio_political_org', level, v),
  ] as const;
}

/**
 * Heads of the five organisations. `areaWord` is "tỉnh", "huyện", "thị xã" or
 * "thành phố"; `youthTitle` the youth union's own name ("Tỉnh đoàn").
 */
function staffOrgs(b: PlanBuilder, orgs: readonly string[], youthTitle: string, areaWord: string, endDate: string | null) {
  const [youth, women, farmers, labour, veterans] = orgs;
  if (!youth || !women || !farmers || !labour || !veterans) throw new Error('five organisations expected');
  b.holder(youth, `Bí thư ${youthTitle}`, true, b.date(2022, [5, 10]), YOUTH_HEAD, endDate);
  b.holder(women, `Chủ tịch Hội Liên hiệp Phụ nữ ${areaWord}`, true, b.date(2021, [5, 9]), WOMEN_HEAD, endDate);
  b.holder(farmers, `Chủ tịch Hội Nông dân ${areaWord}`, true, b.date(2023, [5, 9]), HEAD, endDate);
  b.holder(labour, `Chủ tịch Liên đoàn Lao động ${areaWord}`, true, b.date(2023, [6, 10]), HEAD, endDate);
  b.holder(veterans, `Chủ tịch Hội Cựu chiến binh ${areaWord}`, true, b.date(2022, [4, 9]), VETERAN_HEAD, endDate);
}

/** Head, deputies and specialists of a commission (Ban Dân vận). */
function staffCommission(
  b: PlanBuilder,
  unit: string,
  committeeWord: string,
  counts: { deputies: number; specialists: number },
  endDate: string | null,
): number {
  const head = b.holder(unit, `Trưởng Ban Dân vận ${committeeWord}`, true, b.date([2019, 2022]), HEAD, endDate);
  for (let i = 0; i < counts.deputies; i++) b.holder(unit, `Phó Trưởng Ban Dân vận ${committeeWord}`, false, b.date([2018, 2023]), DEPUTY, endDate);
  for (let i = 0; i < counts.specialists; i++) b.holder(unit, `Chuyên viên Ban Dân vận ${committeeWord}`, false, b.date([2016, 2023]), SPECIALIST, endDate);
  return head;
}

interface CommuneUnits {
  committee: string;
  front: string;
  orgs: string[];
  label: string;
  type: CommuneType;
}

/** A commune's party committee, its Fatherland Front and four organisations. */
function commune(b: PlanBuilder, parent: string, type: CommuneType, name: string, validFrom: string | undefined): CommuneUnits {
  const label = communeLabel(type, name);
  const v = validFrom ? { validFrom } : {};
  const committee = b.unit(parent, `Đảng ủy ${label}`, 'party_committee', 'commune', v);
  const front = b.unit(committee, `Ủy ban MTTQ Việt Nam ${label}`, 'fatherland_front', 'commune', v);
  const orgs = [
    b.unit(committee, `Đoàn Thanh niên ${label}`, 'socio_political_org', 'commune', v),
    b.unit(committee, `Hội Liên hiệp Phụ nữ ${label}`, 'socio_political_org', 'commune', v),
    b.unit(committee, `Hội Nông dân ${label}`, 'socio_political_org', 'commune', v),
    b.unit(committee, `Hội Cựu chiến binh ${label}`, 'socio_political_org', 'commune', v),
  ];
  return { committee, front, orgs, label, type };
}

/** Party secretary and Front chair of a commune; returns their person indexes. */
function staffCommune(b: PlanBuilder, c: CommuneUnits, endDate: string | null): { secretary: number; frontChair: number } {
  const secretary = b.holder(c.committee, `Bí thư Đảng ủy ${c.type}`, true, b.date(2020, [4, 7]), HEAD, endDate);
  const frontChair = b.holder(c.front, `Chủ tịch Ủy ban MTTQ Việt Nam ${c.type}`, true, b.date(2024, [4, 7]), HEAD, endDate);
  return { secretary, frontChair };
}

interface DistrictUnits {
  committee: string;
  commission: string;
  front: string;
  orgs: readonly string[];
  communes: CommuneUnits[];
}

function district(b: PlanBuilder, parent: string, d: DistrictDef, full: boolean): DistrictUnits {
  const committeeWord = COMMITTEE_OF[d.type];
  const area = `${d.type} ${d.name}`;
  const v = d.validFrom ? { validFrom: d.validFrom } : {};
  const committee = b.unit(parent, `${committeeWord} ${d.name}`, 'party_committee', 'district', v);
  const commission = b.unit(committee, `Ban Dân vận ${committeeWord} ${d.name}`, 'commission', 'district', v);
  const front = b.unit(committee, `Ủy ban MTTQ Việt Nam ${area}`, 'fatherland_front', 'district', v);
  const orgs = full ? socioPoliticalOrgs(b, committee, 'district', `${YOUTH_OF[d.type]} ${d.name}`, area, d.validFrom) : [];
  const communes = d.communes.map(([type, name]) =>
    commune(b, committee, type, name, d.validFrom && type === 'phường' ? d.validFrom : undefined),
  );
  return { committee, commission, front, orgs, communes };
}

function staffDistrict(b: PlanBuilder, d: DistrictDef, u: DistrictUnits, endDate: string | null): void {
  const committeeWord = COMMITTEE_OF[d.type];
  b.holder(u.committee, `Bí thư ${committeeWord}`, true, b.date(2020, [6, 8]), HEAD, endDate);
  staffCommission(b, u.commission, committeeWord, { deputies: b.int(1, 2), specialists: b.int(2, 3) }, endDate);
  b.holder(u.front, `Chủ tịch Ủy ban MTTQ Việt Nam ${d.type}`, true, b.date(2024, [6, 9]), HEAD, endDate);
  if (u.orgs.length > 0) staffOrgs(b, u.orgs, YOUTH_OF[d.type], d.type, endDate);
}

// ---------------------------------------------------------------------------

/** Build the whole demo plan. Pure and deterministic: same output every call. */
export function buildDemoPlan(): DemoPlan {
  const b = new PlanBuilder(createRandom(20_250_701));

  // Central level.
  const central = b.unit(null, CENTRAL, 'party_committee', 'central', { code: 'TW' });
  b.unit(central, CENTRAL_COMMISSION, 'commission', 'central', { code: 'BDVTW' });
  const admin = b.holder(central, 'Quản trị viên hệ thống Dân vận số', false, '2024-01-02', { born: [1985, 1992], femaleShare: 0.4 });

  // Tây Ninh, province level.
  const tn = b.unit(central, TAY_NINH, 'party_committee', 'province', { code: 'TU' });
  const tnCommission = b.unit(tn, TAY_NINH_COMMISSION, 'commission', 'province', { code: 'BDVTU' });
  const tnBoards = [b.unit(tn, 'Ban Tổ chức Tỉnh ủy', 'party_board', 'province'), b.unit(tn, 'Ban Tuyên giáo Tỉnh ủy', 'party_board', 'province')];
  const tnFront = b.unit(tn, TAY_NINH_FRONT, 'fatherland_front', 'province');
  const tnOrgs = socioPoliticalOrgs(b, tn, 'province', 'Tỉnh đoàn Tây Ninh', 'tỉnh Tây Ninh', undefined);
  for (const name of ['Hội Chữ thập đỏ tỉnh Tây Ninh', 'Hội Khuyến học tỉnh Tây Ninh', 'Hội Người cao tuổi tỉnh Tây Ninh'])
    b.unit(tn, name, 'mass_association', 'province');
  b.unit(tn, 'Ủy ban nhân dân tỉnh Tây Ninh', 'state_agency', 'province');
  b.unit(tn, 'Ban Dân tộc tỉnh Tây Ninh', 'state_agency', 'province');
  b.unit(tn, 'Công an tỉnh Tây Ninh', 'police', 'province');
  b.unit(tn, 'Bộ Chỉ huy Quân sự tỉnh Tây Ninh', 'military', 'province');
  b.unit(tn, 'Báo Tây Ninh', 'press', 'province');

  b.holder(tn, 'Bí thư Tỉnh ủy', true, '2020-10-15', HEAD);
  staffCommission(b, tnCommission, 'Tỉnh ủy', { deputies: 2, specialists: 3 }, null);
  b.holder(tnFront, 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', true, b.date(2024, [7, 9]), HEAD);
  staffOrgs(b, tnOrgs, 'Tỉnh đoàn', 'tỉnh', null);

  // Tây Ninh, districts and communes.
  const tnDistricts = new Map<string, DistrictUnits>();
  for (const d of TAY_NINH_DISTRICTS) {
    const u = district(b, tn, d, true);
    tnDistricts.set(d.name, u);
    staffDistrict(b, d, u, null);
    for (const c of u.communes) staffCommune(b, c, null);
  }
  const longHoa = 'Đảng ủy phường Long Hoa';
  b.holder(longHoa, 'Chuyên viên Văn phòng Đảng ủy phường', false, b.date([2019, 2022]), SPECIALIST);

  // Post-2025 communes under Tây Ninh: they must precede Long An's units, their predecessors.
  const newCommunes = new Map<string, CommuneUnits>();
  for (const d of LONG_AN_DISTRICTS) newCommunes.set(d.name, commune(b, tn, 'xã', d.successorCommune, MERGER_DATE));

  // Long An: pre-2025 shape, every unit dissolved on 2025-06-30.
  const la = b.unit(central, LONG_AN, 'party_committee', 'province', { code: 'TU' });
  const laCommission = b.unit(la, LONG_AN_COMMISSION, 'commission', 'province', { code: 'BDVTU' });
  const laFront = b.unit(la, LONG_AN_FRONT, 'fatherland_front', 'province');
  b.holder(la, 'Bí thư Tỉnh ủy', true, '2020-10-16', HEAD, DISSOLVED_ON);
  const laCommissionHead = staffCommission(b, laCommission, 'Tỉnh ủy', { deputies: 1, specialists: 2 }, DISSOLVED_ON);
  const laFrontChair = b.holder(laFront, 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', true, b.date(2024, [7, 9]), HEAD, DISSOLVED_ON);

  b.dissolve(la, tn);
  b.dissolve(laCommission, tnCommission);
  b.dissolve(laFront, tnFront);

  for (const d of LONG_AN_DISTRICTS) {
    const u = district(b, la, d, false);
    staffDistrict(b, d, u, DISSOLVED_ON);
    const next = newCommunes.get(d.name);
    if (!next) throw new Error(`no successor commune for ${d.name}`);
    b.dissolve(u.committee, tn);
    // The district Front's work passes to the provincial Front; the commission's to the province party committee.
    b.dissolve(u.front, tnFront);
    b.dissolve(u.commission, tn);
    for (const child of b.childrenOf(u.committee)) if (child.status === 'active' && child.level === 'district') b.dissolve(child.name, tn);
    for (const [i, c] of u.communes.entries()) {
      const { secretary, frontChair } = staffCommune(b, c, DISSOLVED_ON);
      b.dissolve(c.committee, next.committee);
      b.dissolve(c.front, next.front);
      for (const [j, org] of c.orgs.entries()) b.dissolve(org, next.orgs[j] ?? next.committee);
      if (i === 0) {
        // The town's (thị trấn) leaders lead the merged commune from 2025-07-01.
        b.position(secretary, next.committee, 'Bí thư Đảng ủy xã', true, MERGER_DATE);
        b.position(frontChair, next.front, 'Chủ tịch Ủy ban MTTQ Việt Nam xã', true, MERGER_DATE);
      }
    }
  }

  // Long An's provincial leaders continue in the merged Tây Ninh.
  b.position(laCommissionHead, tnCommission, 'Phó Trưởng Ban Dân vận Tỉnh ủy', false, MERGER_DATE);
  b.position(laFrontChair, tnFront, 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', false, MERGER_DATE);

  // Emulation clusters and blocs of 2024, owned by the Tây Ninh party committee.
  const committeeOf = (name: string): string => {
    const u = tnDistricts.get(name);
    if (!u) throw new Error(`unknown district ${name}`);
    return u.committee;
  };
  const clusterNote = 'Cụm thi đua các huyện, thị xã, thành phố';
  b.groups.push(
    { owner: tn, kind: 'cluster', name: 'Cụm thi đua số 1', year: 2024, note: clusterNote, members: ['Tây Ninh', 'Hòa Thành', 'Trảng Bàng'].map(committeeOf) },
    { owner: tn, kind: 'cluster', name: 'Cụm thi đua số 2', year: 2024, note: clusterNote, members: ['Tân Biên', 'Tân Châu', 'Dương Minh Châu'].map(committeeOf) },
    { owner: tn, kind: 'cluster', name: 'Cụm thi đua số 3', year: 2024, note: clusterNote, members: ['Châu Thành', 'Gò Dầu', 'Bến Cầu'].map(committeeOf) },
    { owner: tn, kind: 'bloc', name: 'Khối các ban xây dựng Đảng', year: 2024, note: null, members: [tnCommission, ...tnBoards] },
    { owner: tn, kind: 'bloc', name: 'Khối Mặt trận và các đoàn thể tỉnh', year: 2024, note: null, members: [tnFront, ...tnOrgs] },
  );

  // Demo accounts, each tied to a person holding a current position in the account's unit.
  const staffAt = (unit: string, i: number): number => {
    const p = b.staff.get(unit)?.filter((x) => b.positions.some((pos) => pos.person === x && pos.unit === unit && pos.title.startsWith('Chuyên viên')))[i];
    if (p === undefined) throw new Error(`no specialist #${i} in ${unit}`);
    return p;
  };
  const headOf = (unit: string): number => {
    const p = b.heads.get(unit);
    if (p === undefined) throw new Error(`no head of ${unit}`);
    return p;
  };
  const personFor: Record<string, number> = {
    admin,
    'lanhdao.tinh': headOf(tnCommission),
    'chuyenvien.tinh': staffAt(tnCommission, 0),
    'xem.tinh': staffAt(tnCommission, 1),
    'chuyenvien.hoathanh': staffAt('Ban Dân vận Thị ủy Hòa Thành', 0),
    'chuyenvien.bencau': staffAt('Ban Dân vận Huyện ủy Bến Cầu', 0),
    'chuyenvien.godau': staffAt('Ban Dân vận Huyện ủy Gò Dầu', 0),
    'coso.longhoa': b.staff.get(longHoa)?.[0] ?? -1,
    'lanhdao.haunghia': headOf('Đảng ủy xã Hậu Nghĩa'),
  };
  const accounts = DEMO_ACCOUNT_SPECS.map((a) => {
    const person = personFor[a.username];
    if (person === undefined || person < 0) throw new Error(`no person for demo account ${a.username}`);
    return { ...a, person };
  });

  return { units: b.units, persons: b.persons, positions: b.positions, groups: b.groups, accounts };
}
