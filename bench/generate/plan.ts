/**
 * What the bench data set holds, row by row: a pure function of (seed,
 * province) that hands each row to `emit`. Derived columns are computed the
 * way the repositories compute them (unit paths and depths, task paths,
 * folded search text, Vietnamese sort keys, identity keys, effective
 * progress as the roll-up computes it), so the real server works on it.
 */
import { DOCUMENT_FIELDS, DOCUMENT_KINDS, type DocumentKind, ISSUERS } from '../../shared/documents.ts';
import type { Role } from '../../shared/access.ts';
import type { TaskStatus } from '../../shared/tasks.ts';
import type { UnitKind, UnitLevel } from '../../shared/units.ts';
import { foldVietnamese, vietnameseSortKey } from '../../server/lib/vi-text.ts';
import { normaliseSymbol } from '../../server/modules/documents/core/citation.ts';
import { identityKeyOf, searchTextOf as documentSearchText } from '../../server/modules/documents/documents.service.ts';
import type { CopyValue } from './copy.ts';
import { COMMUNES_PER_PROVINCE, PROVINCES, communeName, documentSubject, personName, taskDescription, taskTitle } from './names.ts';
import { Random, hash32, uuidOf } from './random.ts';

/** Password of every generated account. */
export const BENCH_PASSWORD = 'DanVan@2026';
/** argon2id of BENCH_PASSWORD, computed once: hashing 50,000 times would take minutes and vary by salt. */
export const BENCH_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$hB7Hbm7FTzRrnd1JgcBBXw$kgJeRPEyWwB79NKYqMPGQQksz3BeF5WcHga2mcY2CLg';

/** The "today" the data is built around: due dates fall before and after it. Benches pass it as `now`/`asOf`. */
export const BENCH_AS_OF = '2026-07-01';
export const BENCH_NOW = new Date('2026-07-01T03:00:00Z');
/** Tasks and programmes cover these years. */
export const BENCH_YEARS = [2025, 2026] as const;

/** Id namespaces, so that ids are a pure function of (seed, province, kind, index). */
export const NS = { unit: 1, person: 2, user: 3, document: 4, programme: 5, task: 6, report: 7, event: 8, extension: 9, position: 10 } as const;
/** The province number of the central level's id stream. */
export const CENTRAL = 1000;

/** Units of a province: fixed local indexes; commune j's six units start at COMMUNE_BASE + 6j. */
export const PROVINCE_UNIT = { committee: 0, commission: 1 } as const;
export const COMMUNE_BASE = 100;
export const UNITS_PER_COMMUNE = 6;

export type Emit = (table: string, values: readonly CopyValue[]) => Promise<void> | undefined;

export const COLUMNS = {
  units: ['id', 'parent_id', 'path', 'depth', 'name', 'short_name', 'code', 'kind', 'level', 'status', 'valid_from', 'valid_to', 'successor_id', 'dissolution_note', 'search_text', 'sort_key', 'version', 'created_at', 'updated_at'],
  persons: ['id', 'unit_id', 'full_name', 'gender', 'birth_year', 'ethnicity', 'religion', 'phone', 'email', 'search_text', 'sort_key', 'version', 'created_at', 'updated_at'],
  positions: ['id', 'person_id', 'unit_id', 'title', 'is_head', 'start_date', 'end_date', 'version', 'created_at', 'updated_at'],
  users: ['id', 'username', 'display_name', 'person_id', 'unit_id', 'role', 'password_hash', 'active', 'language', 'failed_logins', 'locked_until', 'password_changed_at', 'last_login_at', 'search_text', 'version', 'created_at', 'updated_at'],
  documents: ['id', 'owner_unit_id', 'kind', 'number', 'symbol', 'issue_date', 'issuer_code', 'issuer_name', 'issuer_unit_id', 'term', 'subject', 'fields', 'status', 'note', 'identity_key', 'search_text', 'version', 'created_at', 'updated_at'],
  programmes: ['id', 'owner_unit_id', 'parent_id', 'period_type', 'year', 'period_no', 'title', 'note', 'search_text', 'version', 'created_at', 'updated_at'],
  tasks: [
    'id', 'programme_id', 'parent_id', 'path', 'assigner_unit_id', 'lead_unit_id', 'responsible_person_id', 'title', 'description', 'expected_product', 'source_document_id', 'source_note', 'field',
    'priority', 'is_key', 'start_date', 'due_date', 'original_due_date', 'status', 'progress', 'effective_progress', 'weight', 'completed_on', 'submitted_at', 'submitted_by_user_id', 'created_by_user_id',
    'search_text', 'version', 'created_at', 'updated_at',
  ],
  task_cooperators: ['task_id', 'unit_id'],
  task_reports: ['id', 'task_id', 'reported_on', 'percent', 'note', 'by_user_id', 'created_at'],
  task_events: ['id', 'task_id', 'at', 'by_user_id', 'from_status', 'to_status', 'action', 'reason'],
  task_extensions: ['id', 'task_id', 'requested_due_date', 'previous_due_date', 'reason', 'status', 'requested_by_user_id', 'decided_by_user_id', 'decided_at', 'decision_note', 'created_at'],
} as const satisfies Record<string, readonly string[]>;
export type TableName = keyof typeof COLUMNS;

/** Foreign-key order: a chunk of a table goes only after the buffered rows of these. */
export const DEPENDS_ON: Record<TableName, readonly TableName[]> = {
  units: [],
  persons: ['units'],
  positions: ['persons'],
  users: ['persons'],
  documents: ['units'],
  programmes: ['units'],
  tasks: ['programmes', 'users', 'documents', 'positions'],
  task_cooperators: ['tasks'],
  task_reports: ['tasks'],
  task_events: ['tasks'],
  task_extensions: ['tasks'],
};

// ---------------------------------------------------------------------------
// Dates as day numbers

const DAY = 86_400_000;
export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
/** A timestamp in Vietnam time on `day`, `minute` minutes after 07:00. */
const at = (day: number, minute: number): string => {
  const m = 7 * 60 + (minute % (11 * 60));
  return `${isoOf(day)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+07`;
};
const NOW = dayOf(BENCH_AS_OF);
const MERGER = dayOf('2025-07-01');

// ---------------------------------------------------------------------------
// Units, people, accounts

interface StaffSpec {
  title: string;
  head?: boolean;
  role: Role;
  count?: number;
  female?: number;
}

interface UnitInfo {
  id: string;
  path: string;
  depth: number;
  name: string;
  /** Short code in usernames. */
  code: string;
  persons: string[];
  /** Users as [id, role], in staffing order (heads first). */
  users: [string, Role][];
}

class Ids {
  private readonly next = new Map<number, number>();
  constructor(
    readonly seed: number,
    readonly province: number,
  ) {}
  of(ns: number, index: number): string {
    return uuidOf(this.seed, this.province, ns, index);
  }
  /** The next id of a namespace (a counter per province). */
  take(ns: number): string {
    const i = this.next.get(ns) ?? 0;
    this.next.set(ns, i + 1);
    return uuidOf(this.seed, this.province, ns, i);
  }
}

interface ProvinceContext {
  ids: Ids;
  r: Random;
  emit: Emit;
  pcode: string;
  created: string;
}

async function unit(
  c: ProvinceContext,
  index: number,
  parent: UnitInfo | null,
  f: { name: string; code: string; kind: UnitKind; level: UnitLevel; shortName?: string; unitCode?: string; validFrom?: string | null },
): Promise<UnitInfo> {
  const id = c.ids.of(NS.unit, index);
  const path = `${parent?.path ?? '/'}${id}/`;
  const depth = parent ? parent.depth + 1 : 0;
  const shortName = f.shortName ?? null;
  const code = f.unitCode ?? null;
  await c.emit('units', [
    id, parent?.id ?? null, path, depth, f.name, shortName, code, f.kind, f.level, 'active', f.validFrom ?? null, null, null, null,
    foldVietnamese([f.name, shortName, code].filter(Boolean).join(' ')), vietnameseSortKey(f.name), 1, c.created, c.created,
  ]);
  return { id, path, depth, name: f.name, code: f.code, persons: [], users: [] };
}

/** Persons holding the positions of `staff` in `u`, each with an account `<province>.<unit>.<n>`. */
async function staffUnit(c: ProvinceContext, u: UnitInfo, staff: readonly StaffSpec[], born: [number, number] = [1965, 1995]) {
  let n = 0;
  for (const s of staff) {
    for (let k = 0; k < (s.count ?? 1); k++) {
      const gender = c.r.chance(s.female ?? 0.35) ? 'female' : 'male';
      const fullName = personName(c.r, gender);
      const personId = c.ids.take(NS.person);
      await c.emit('persons', [
        personId, u.id, fullName, gender, c.r.int(born[0], born[1]), c.r.chance(0.3) ? c.r.weighted([['Kinh', 85], ['Tày', 3], ['Thái', 3], ['Mường', 2], ['Khmer', 4], ['Hoa', 3]] as const) : null,
        null, c.r.chance(0.5) ? `09${String(c.r.int(10_000_000, 99_999_999))}` : null, null, foldVietnamese(fullName), vietnameseSortKey(fullName), 1, c.created, c.created,
      ]);
      await c.emit('positions', [c.ids.take(NS.position), personId, u.id, s.title, s.head === true && k === 0, isoOf(MERGER + c.r.int(0, 120)), null, 1, c.created, c.created]);
      u.persons.push(personId);
      n++;
      const userId = c.ids.take(NS.user);
      const username = u.code === 'admin' ? 'admin' : `${c.pcode}.${u.code}.${n}`;
      await c.emit('users', [
        userId, username, fullName, personId, u.id, s.role, BENCH_PASSWORD_HASH, true, 'vi', 0, null, c.created, null, foldVietnamese(`${username} ${fullName}`), 1, c.created, c.created,
      ]);
      u.users.push([userId, s.role]);
    }
  }
}

const pickUser = (r: Random, u: UnitInfo, except?: string): string => {
  const candidates = u.users.filter(([id, role]) => id !== except && role !== 'viewer');
  const [id] = r.pick(candidates.length ? candidates : u.users);
  return id;
};

// ---------------------------------------------------------------------------
// Documents

const KIND = new Map<string, (typeof DOCUMENT_KINDS)[number]>(DOCUMENT_KINDS.map((k) => [k.code, k]));
const UNIT_DOC_KINDS: readonly (readonly [DocumentKind, number])[] = [
  ['plan', 25], ['report', 25], ['official_letter', 20], ['notice', 10], ['programme', 5], ['guidance', 5], ['decision', 5], ['conclusion', 5],
];
const CENTRAL_DOC_KINDS: readonly (readonly [DocumentKind, number, string[]])[] = [
  ['resolution', 10, ['bch_tw', 'bo_chinh_tri']],
  ['directive', 10, ['ban_bi_thu', 'bo_chinh_tri']],
  ['conclusion', 15, ['bo_chinh_tri', 'ban_bi_thu']],
  ['decision', 8, ['bo_chinh_tri', 'ban_bi_thu']],
  ['regulation', 5, ['bo_chinh_tri']],
  ['guidance', 12, ['ban_dan_van_tw', 'ban_tg_dv_tw']],
  ['plan', 12, ['ban_dan_van_tw', 'ban_tg_dv_tw']],
  ['notice', 8, ['ban_bi_thu', 'van_phong_tw']],
  ['law', 3, ['quoc_hoi']],
  ['decree', 8, ['chinh_phu']],
  ['circular', 4, ['chinh_phu']],
  ['official_letter', 5, ['thu_tuong', 'ban_dan_van_tw']],
];
const ISSUER = new Map<string, (typeof ISSUERS)[number]>(ISSUERS.map((i) => [i.code, i]));
const termOf = (year: number): number => (year >= 2026 ? 14 : year >= 2021 ? 13 : year >= 2016 ? 12 : 11);

function pickFields(r: Random): string[] {
  const a = r.pick(DOCUMENT_FIELDS);
  if (!r.chance(0.3)) return [a];
  const b = r.pick(DOCUMENT_FIELDS);
  return b === a ? [a] : [a, b];
}

async function emitDocument(
  c: ProvinceContext,
  counters: Map<string, number>,
  d: { owner: UnitInfo | null; issuerUnit: UnitInfo | null; issuerCode: string | null; issuerName: string; kind: DocumentKind; day: number; symbol: (n: number, year: number, abbr: string) => string },
): Promise<string> {
  const year = Number(isoOf(d.day).slice(0, 4));
  const counterKey = `${d.issuerUnit?.id ?? d.issuerCode}|${d.kind}|${year}`;
  const n = (counters.get(counterKey) ?? 0) + 1;
  counters.set(counterKey, n);
  const abbr = KIND.get(d.kind)?.abbr ?? 'CV';
  const symbol = normaliseSymbol(d.symbol(n, year, abbr));
  const issueDate = isoOf(d.day);
  const term = d.owner === null && KIND.get(d.kind)?.system === 'party' ? termOf(year) : null;
  const subject = documentSubject(c.r, year);
  const base = {
    kind: d.kind,
    number: String(n),
    symbol,
    issuerCode: d.issuerCode,
    issuerName: d.issuerName,
    issuerUnitId: d.issuerUnit?.id ?? null,
    ownerUnitId: d.owner?.id ?? null,
    issueDate,
    term,
    subject,
  };
  const id = c.ids.take(NS.document);
  const created = at(d.day, c.r.int(0, 500));
  await c.emit('documents', [
    id, base.ownerUnitId, d.kind, base.number, symbol, issueDate, d.issuerCode, d.issuerName, base.issuerUnitId, term, subject, pickFields(c.r),
    c.r.chance(0.9) ? 'in_force' : c.r.pick(['replaced', 'expired']), null, identityKeyOf(base), documentSearchText(base), 1, created, created,
  ]);
  return id;
}

// ---------------------------------------------------------------------------
// Tasks

const PRODUCTS = ['report', 'plan', 'conference', 'document', 'inspection', 'other'] as const;
const RETURN_REASONS = ['Báo cáo thiếu số liệu, đề nghị bổ sung.', 'Chưa đúng mẫu hướng dẫn.', 'Chưa đánh giá hạn chế, nguyên nhân.'];
const CANCEL_REASONS = ['Nội dung đã lồng ghép vào nhiệm vụ khác.', 'Điều chỉnh chương trình công tác.', 'Không còn phù hợp sau sắp xếp tổ chức bộ máy.'];
const EXTENSION_REASONS = ['Chờ số liệu của các đoàn thể.', 'Trùng lịch hội nghị của cấp ủy.', 'Địa bàn rộng, cần thêm thời gian khảo sát.'];

interface TaskNode {
  id: string;
  path: string;
  parentId: string | null;
  programmeId: string | null;
  assigner: UnitInfo;
  lead: UnitInfo;
  responsible: string | null;
  createdBy: string;
  title: string;
  description: string | null;
  searchText: string;
  product: string | null;
  sourceDocumentId: string | null;
  field: string | null;
  priority: string;
  isKey: boolean;
  start: number;
  due: number;
  weight: number;
  created: number;
  children: TaskNode[];
  cooperators: string[];
  // Decided state
  status: TaskStatus;
  progress: number;
  effective: number;
  completedOn: number | null;
  submitted: number | null;
  submittedBy: string | null;
}

interface TaskShared {
  programmeId: string | null;
  title: string;
  description: string | null;
  searchText: string;
  product: string | null;
  sourceDocumentId: string | null;
  field: string | null;
  priority: string;
  isKey: boolean;
}

class TaskMaker {
  private readonly folded = new Map<string, string>();
  constructor(private readonly c: ProvinceContext) {}

  shared(programmeId: string | null, year: number, due: number, sources: readonly string[]): TaskShared {
    const r = this.c.r;
    const title = taskTitle(r, year, Math.floor((Number(isoOf(due).slice(5, 7)) - 1) / 3) + 1);
    const description = taskDescription(r);
    const key = `${title}\u0000${description ?? ''}`;
    let searchText = this.folded.get(key);
    if (searchText === undefined) {
      // The service folds `${title} ${description ?? ''}`; children copy the parent's text.
      searchText = foldVietnamese(`${title} ${description ?? ''}`);
      this.folded.set(key, searchText);
    }
    return {
      programmeId,
      title,
      description,
      searchText,
      product: r.chance(0.8) ? r.pick(PRODUCTS) : null,
      sourceDocumentId: sources.length && r.chance(0.5) ? r.pick(sources) : null,
      field: r.chance(0.7) ? r.pick(DOCUMENT_FIELDS) : null,
      priority: r.weighted([['normal', 80], ['high', 15], ['urgent', 5]] as const),
      isKey: r.chance(0.1),
    };
  }

  node(parent: TaskNode | null, s: TaskShared, assigner: UnitInfo, lead: UnitInfo, start: number, due: number, createdBy: string, responsible: string | null): TaskNode {
    const id = this.c.ids.take(NS.task);
    const r = this.c.r;
    const created = Math.min(Math.max(start - r.int(2, 10), dayOf('2024-12-01')), NOW - r.int(1, 20));
    const n: TaskNode = {
      id,
      path: `${parent?.path ?? '/'}${id}/`,
      parentId: parent?.id ?? null,
      ...s,
      assigner,
      lead,
      responsible,
      createdBy,
      start,
      due,
      weight: r.weighted([[1, 90], [2, 8], [3, 2]] as const),
      created: parent ? Math.max(parent.created, created) : created,
      children: [],
      cooperators: [],
      status: 'not_started',
      progress: 0,
      effective: 0,
      completedOn: null,
      submitted: null,
      submittedBy: null,
    };
    parent?.children.push(n);
    return n;
  }

  /** Status, progress and dates of a leaf relative to BENCH_AS_OF. */
  decideLeaf(n: TaskNode) {
    const r = this.c.r;
    const x = r.next();
    const doneBy = (day: number) => {
      n.status = 'done';
      n.completedOn = Math.min(Math.max(day, n.start, n.created + 1), NOW - 1);
      n.submitted = n.completedOn;
      n.progress = 100;
    };
    if (n.due < NOW) {
      if (x < 0.04) n.status = 'cancelled';
      else if (x < 0.76) {
        const late = r.chance(0.22) && n.due + 1 <= NOW - 1;
        doneBy(late ? Math.min(n.due + r.int(1, 40), NOW - 1) : n.due - r.int(0, 15));
      } else if (x < 0.79) {
        n.status = 'submitted';
        n.submitted = Math.min(Math.max(n.due - r.int(0, 10), n.created + 1), NOW - 1);
        n.progress = 100;
      } else if (x < 0.81) n.status = 'returned';
      else if (x < 0.94) n.status = 'in_progress';
    } else if (n.start >= NOW) {
      if (x < 0.03) n.status = 'cancelled';
    } else {
      if (x < 0.03) n.status = 'cancelled';
      else if (x < 0.23) doneBy(n.start + r.int(0, Math.max(0, NOW - 1 - n.start)));
      else if (x < 0.28) {
        n.status = 'submitted';
        n.submitted = Math.min(n.start + r.int(0, Math.max(0, NOW - 1 - n.start)), NOW - 1);
        n.progress = 100;
      } else if (x < 0.3) n.status = 'returned';
      else if (x < 0.8) n.status = 'in_progress';
    }
    if (n.status === 'submitted' && n.submitted !== null && n.submitted < n.created + 1) n.submitted = Math.min(n.created + 1, NOW - 1);
    if (n.status === 'returned') n.progress = r.int(70, 95);
    if (n.status === 'in_progress') n.progress = r.int(1, 9) * 10;
    if (n.status === 'cancelled') n.progress = r.int(0, 5) * 10;
    if (n.status === 'done' || n.status === 'submitted' || n.status === 'returned') n.submittedBy = pickUser(r, n.lead);
    n.effective = n.progress;
  }

  /** A parent after its children: the roll-up's weighted average, done when every live child is. */
  decideParent(n: TaskNode) {
    const r = this.c.r;
    const live = n.children.filter((k) => k.status !== 'cancelled');
    const total = live.reduce((s, k) => s + k.weight, 0);
    const average = total === 0 ? null : Math.round(live.reduce((s, k) => s + k.weight * k.effective, 0) / total);
    if (live.length > 0 && live.every((k) => k.status === 'done')) {
      const last = Math.max(...live.map((k) => k.completedOn ?? 0));
      n.status = 'done';
      n.completedOn = Math.min(last + r.int(0, 3), NOW - 1);
      n.submitted = n.completedOn;
      n.submittedBy = pickUser(r, n.lead);
      n.progress = 100;
    } else if (n.children.some((k) => k.status !== 'not_started' && k.status !== 'cancelled')) {
      n.status = 'in_progress';
      n.progress = Math.round((average ?? 0) / 10) * 10;
    }
    n.effective = average ?? n.progress;
  }

  /** Rows of one task: the task, its co-operators, progress reports, events and extensions. */
  async emit(n: TaskNode) {
    const { r, ids } = this.c;
    // The task row goes first (its children rows reference it), but its version and updated_at come from them.
    const later: [TableName, CopyValue[]][] = [];
    const emit = (table: TableName, values: CopyValue[]) => {
      later.push([table, values]);
    };
    const events: { day: number; by: string; from: TaskStatus | null; to: TaskStatus | null; action: string; reason: string | null }[] = [];
    events.push({ day: n.created, by: n.createdBy, from: null, to: 'not_started', action: n.parentId ? 'assign' : 'create', reason: null });
    const worker = n.submittedBy ?? pickUser(r, n.lead);
    const verifier = pickUser(r, n.assigner, worker);
    const end = Math.min(n.submitted ?? NOW - 1, NOW - 1);
    let reports = 0;
    let first = n.created;
    if (n.status !== 'not_started' && !(n.status === 'cancelled' && n.progress === 0)) {
      first = Math.min(n.created + r.int(1, 10), end);
      events.push({ day: first, by: worker, from: 'not_started', to: 'in_progress', action: 'start', reason: null });
      const count = n.children.length ? (n.progress > 0 ? 1 : 0) : r.int(1, 3);
      for (let i = 1; i <= count; i++) {
        const percent = i === count ? n.progress : Math.round((n.progress * i) / count / 10) * 10;
        const day = first + Math.floor(((end - first) * i) / (count + 1));
        emit('task_reports', [ids.take(NS.report), n.id, isoOf(day), percent, i === count ? null : 'Đang triển khai theo kế hoạch.', worker, at(day, r.int(0, 600))]);
        reports++;
      }
    }
    if (n.submitted !== null || n.status === 'returned') {
      const day = n.submitted ?? Math.max(first, Math.min(n.start + r.int(5, 40), NOW - 2));
      events.push({ day, by: worker, from: 'in_progress', to: 'submitted', action: 'submit', reason: null });
      if (n.status === 'done') events.push({ day: Math.min(day + r.int(0, 4), NOW - 1), by: verifier, from: 'submitted', to: 'done', action: 'verify', reason: null });
      if (n.status === 'returned') events.push({ day: Math.min(day + r.int(1, 5), NOW - 1), by: verifier, from: 'submitted', to: 'returned', action: 'return', reason: r.pick(RETURN_REASONS) });
    }
    if (n.status === 'cancelled') events.push({ day: Math.min(n.created + r.int(5, 60), NOW - 1), by: verifier, from: n.progress > 0 ? 'in_progress' : 'not_started', to: 'cancelled', action: 'cancel', reason: r.pick(CANCEL_REASONS) });

    let originalDue = n.due;
    if (!n.children.length && n.status !== 'cancelled' && r.chance(0.02)) {
      const kind = n.status === 'done' ? 'approved' : r.weighted([['approved', 50], ['pending', 30], ['rejected', 20]] as const);
      const asked = Math.min(n.created + r.int(3, 30), NOW - 1);
      const decided = Math.min(asked + r.int(1, 5), NOW - 1);
      const requested = kind === 'approved' ? n.due : n.due + r.int(10, 30);
      const previous = kind === 'approved' ? n.due - r.int(10, 30) : n.due;
      if (kind === 'approved') originalDue = previous;
      const reason = r.pick(EXTENSION_REASONS);
      emit('task_extensions', [
        ids.take(NS.extension), n.id, isoOf(requested), isoOf(previous), reason, kind, worker, kind === 'pending' ? null : verifier, kind === 'pending' ? null : at(decided, 300), null, at(asked, 60),
      ]);
      events.push({ day: asked, by: worker, from: null, to: null, action: 'request_extension', reason });
      if (kind !== 'pending') events.push({ day: decided, by: verifier, from: null, to: null, action: kind === 'approved' ? 'approve_extension' : 'reject_extension', reason: null });
    }
    events.sort((a, b) => a.day - b.day);
    for (const [i, e] of events.entries()) emit('task_events', [ids.take(NS.event), n.id, at(e.day, 30 + i * 17), e.by, e.from, e.to, e.action, e.reason]);
    for (const unitId of n.cooperators) emit('task_cooperators', [n.id, unitId]);
    const last = events[events.length - 1]?.day ?? n.created;
    await this.c.emit('tasks', [
      n.id, n.programmeId, n.parentId, n.path, n.assigner.id, n.lead.id, n.responsible, n.title, n.description, n.product, n.sourceDocumentId, null, n.field, n.priority, n.isKey,
      isoOf(n.start), isoOf(n.due), isoOf(originalDue), n.status, n.progress, n.effective, n.weight, n.completedOn === null ? null : isoOf(n.completedOn),
      n.status === 'returned' || n.submitted === null ? null : at(n.submitted, 120), n.status === 'returned' ? null : n.submittedBy, n.createdBy, n.searchText,
      events.length + reports, at(n.created, 0), at(last, 400),
    ]);
    for (const [table, values] of later) await this.c.emit(table, values);
  }
}

// ---------------------------------------------------------------------------
// The central level

export interface CentralUnits {
  committee: UnitInfo;
  commission: UnitInfo;
  documents: string[];
}

export async function emitCentral(seed: number, emit: Emit): Promise<CentralUnits> {
  const c: ProvinceContext = { ids: new Ids(seed, CENTRAL), r: new Random(hash32(seed, CENTRAL)), emit, pcode: 'tw', created: at(dayOf('2025-01-02'), 0) };
  const committee = await unit(c, 0, null, { name: 'Ban Chấp hành Trung ương Đảng', code: 'admin', kind: 'party_committee', level: 'central', unitCode: 'TW' });
  const commission = await unit(c, 1, committee, { name: 'Ban Tuyên giáo và Dân vận Trung ương', code: 'bdv', kind: 'commission', level: 'central', unitCode: 'BTGDVTW' });
  const front = await unit(c, 2, committee, { name: 'Ủy ban Trung ương MTTQ Việt Nam', code: 'mttq', kind: 'fatherland_front', level: 'central', unitCode: 'MTTW' });
  const orgs = [
    ['Trung ương Đoàn TNCS Hồ Chí Minh', 'doan'],
    ['Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'phunu'],
    ['Trung ương Hội Nông dân Việt Nam', 'nongdan'],
    ['Tổng Liên đoàn Lao động Việt Nam', 'congdoan'],
    ['Trung ương Hội Cựu chiến binh Việt Nam', 'ccb'],
  ] as const;
  await staffUnit(c, committee, [{ title: 'Quản trị viên hệ thống Dân vận số', role: 'admin' }], [1985, 1992]);
  await staffUnit(c, commission, [
    { title: 'Trưởng Ban Tuyên giáo và Dân vận Trung ương', head: true, role: 'leader' },
    { title: 'Chuyên viên', role: 'specialist', count: 4 },
  ]);
  await staffUnit(c, front, [{ title: 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam', head: true, role: 'leader' }]);
  for (const [i, [name, code]] of orgs.entries()) {
    const u = await unit(c, 3 + i, committee, { name, code, kind: 'socio_political_org', level: 'central' });
    await staffUnit(c, u, [{ title: 'Chủ tịch', head: true, role: 'leader' }]);
  }
  // Central documents (no owner: every user reads them).
  const counters = new Map<string, number>();
  const documents: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const [kind, , issuers] = c.r.weighted(CENTRAL_DOC_KINDS.map((k) => [k, k[1]] as const));
    const issuer = ISSUER.get(c.r.pick(issuers));
    if (!issuer) throw new Error('unknown issuer');
    const state = KIND.get(kind)?.system === 'state';
    const day = c.r.int(dayOf('2010-01-01'), NOW - 1);
    const symbol = (n: number, year: number, abbr: string) => (kind === 'law' ? `${n}/${year}/QH15` : state ? `${n}/${year}/${abbr}-${issuer.symbol}` : `${n}-${abbr}/${issuer.symbol}`);
    documents.push(await emitDocument(c, counters, { owner: null, issuerUnit: null, issuerCode: issuer.code, issuerName: issuer.vi, kind, day, symbol }));
  }
  return { committee, commission, documents };
}

// ---------------------------------------------------------------------------
// One province

const PROVINCE_ORGS = [
  ['Tỉnh đoàn', 'doan', 'Bí thư Tỉnh đoàn'],
  ['Hội Liên hiệp Phụ nữ', 'phunu', 'Chủ tịch Hội Liên hiệp Phụ nữ'],
  ['Hội Nông dân', 'nongdan', 'Chủ tịch Hội Nông dân'],
  ['Liên đoàn Lao động', 'congdoan', 'Chủ tịch Liên đoàn Lao động'],
  ['Hội Cựu chiến binh', 'ccb', 'Chủ tịch Hội Cựu chiến binh'],
] as const;
const COMMUNE_ORGS = [
  ['Đoàn Thanh niên', 'doan', 'Bí thư Đoàn Thanh niên'],
  ['Hội Liên hiệp Phụ nữ', 'phunu', 'Chủ tịch Hội Liên hiệp Phụ nữ'],
  ['Hội Nông dân', 'nongdan', 'Chủ tịch Hội Nông dân'],
  ['Hội Cựu chiến binh', 'ccb', 'Chủ tịch Hội Cựu chiến binh'],
] as const;

export interface ProvinceOptions {
  /** Cap on the number of communes (small data sets for tests); the real count otherwise. */
  maxCommunes?: number | undefined;
}

export const provinceCode = (p: number): string => `p${String(p + 1).padStart(2, '0')}`;
export const communeCode = (j: number): string => `x${String(j + 1).padStart(3, '0')}`;
export const communeCount = (p: number, o: ProvinceOptions = {}): number => Math.min(COMMUNES_PER_PROVINCE[p] ?? 0, o.maxCommunes ?? Number.POSITIVE_INFINITY);

/** Every row of province `p` (0-based), in foreign-key order per table. */
export async function emitProvince(seed: number, p: number, central: CentralUnits, emit: Emit, o: ProvinceOptions = {}): Promise<void> {
  const entry = PROVINCES[p];
  if (!entry) throw new Error(`no province #${p}`);
  const [pname, pkind] = entry;
  const c: ProvinceContext = { ids: new Ids(seed, p), r: new Random(hash32(seed, p)), emit, pcode: provinceCode(p), created: at(MERGER, 0) };
  const r = c.r;
  const v = { validFrom: '2025-07-01' };
  const committeeWord = pkind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
  const area = `${pkind} ${pname}`;

  // Units of the province level.
  const committee = await unit(c, 0, central.committee, { name: `${committeeWord} ${pname}`, code: 'tu', kind: 'party_committee', level: 'province', unitCode: 'TU', ...v });
  const commission = await unit(c, 1, committee, { name: `Ban Tuyên giáo và Dân vận ${committeeWord} ${pname}`, code: 'bdv', kind: 'commission', level: 'province', unitCode: 'BTGDVTU', ...v });
  const boards = [
    await unit(c, 2, committee, { name: `Ban Tổ chức ${committeeWord} ${pname}`, code: 'btc', kind: 'party_board', level: 'province', ...v }),
    await unit(c, 3, committee, { name: `Ủy ban Kiểm tra ${committeeWord} ${pname}`, code: 'ubkt', kind: 'party_board', level: 'province', ...v }),
  ];
  const front = await unit(c, 4, committee, { name: `Ủy ban MTTQ Việt Nam ${area}`, code: 'mttq', kind: 'fatherland_front', level: 'province', ...v });
  const orgs: UnitInfo[] = [];
  for (const [i, [name, code]] of PROVINCE_ORGS.entries()) {
    const full = i === 0 ? `${pkind === 'thành phố' ? 'Thành đoàn' : 'Tỉnh đoàn'} ${pname}` : `${name} ${area}`;
    orgs.push(await unit(c, 5 + i, committee, { name: full, code, kind: 'socio_political_org', level: 'province', ...v }));
  }
  const associations: UnitInfo[] = [];
  for (const [i, [name, code]] of ([['Hội Chữ thập đỏ', 'chuthapdo'], ['Hội Khuyến học', 'khuyenhoc'], ['Hội Người cao tuổi', 'nguoicaotuoi']] as const).entries())
    associations.push(await unit(c, 10 + i, committee, { name: `${name} ${area}`, code, kind: 'mass_association', level: 'province', ...v }));
  const others: UnitInfo[] = [];
  for (const [i, [name, code, kind]] of (
    [
      [`Ủy ban nhân dân ${area}`, 'ubnd', 'state_agency'],
      [`Sở Dân tộc và Tôn giáo ${area}`, 'sodtg', 'state_agency'],
      [`Công an ${area}`, 'congan', 'police'],
      [`Bộ Chỉ huy Quân sự ${area}`, 'quansu', 'military'],
      [`Báo và Phát thanh, Truyền hình ${pname}`, 'bao', 'press'],
    ] as const
  ).entries())
    others.push(await unit(c, 13 + i, committee, { name, code, kind, level: 'province', ...v }));

  await staffUnit(c, committee, [
    { title: `Bí thư ${committeeWord}`, head: true, role: 'leader', female: 0.2 },
    { title: `Phó Bí thư ${committeeWord}`, role: 'leader', count: 2 },
  ], [1962, 1975]);
  await staffUnit(c, commission, [
    { title: `Trưởng Ban Tuyên giáo và Dân vận ${committeeWord}`, head: true, role: 'leader' },
    { title: `Phó Trưởng Ban Tuyên giáo và Dân vận ${committeeWord}`, role: 'leader', count: 2 },
    { title: `Chuyên viên Ban Tuyên giáo và Dân vận ${committeeWord}`, role: 'specialist', count: 8, female: 0.5 },
  ]);
  for (const b of boards) await staffUnit(c, b, [{ title: 'Trưởng ban', head: true, role: 'viewer' }, { title: 'Chuyên viên', role: 'viewer' }]);
  await staffUnit(c, front, [
    { title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', head: true, role: 'leader' },
    { title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'specialist', count: 2 },
    { title: 'Chuyên viên', role: 'specialist', count: 3, female: 0.5 },
  ]);
  for (const [i, o] of orgs.entries()) await staffUnit(c, o, [{ title: PROVINCE_ORGS[i]?.[2] ?? 'Chủ tịch', head: true, role: 'leader', female: i === 1 ? 1 : 0.3 }, { title: 'Chuyên viên', role: 'specialist' }]);
  for (const a of associations) await staffUnit(c, a, [{ title: 'Chủ tịch', head: true, role: 'reporter' }]);
  for (const u of others) await staffUnit(c, u, [{ title: 'Thủ trưởng', head: true, role: 'viewer' }]);

  // Communes: party committee, Front and four organisations each.
  const used = new Set<string>();
  const communes: { committee: UnitInfo; front: UnitInfo; orgs: UnitInfo[] }[] = [];
  const nCommunes = communeCount(p, o);
  for (let j = 0; j < nCommunes; j++) {
    const type = r.chance(pkind === 'thành phố' ? 0.5 : 0.25) ? 'phường' : 'xã';
    const label = `${type} ${communeName(r, used)}`;
    const base = COMMUNE_BASE + j * UNITS_PER_COMMUNE;
    const x = communeCode(j);
    const cc = await unit(c, base, committee, { name: `Đảng ủy ${label}`, code: `${x}.dangy`, kind: 'party_committee', level: 'commune', ...v });
    const cf = await unit(c, base + 1, cc, { name: `Ủy ban MTTQ Việt Nam ${label}`, code: `${x}.mttq`, kind: 'fatherland_front', level: 'commune', ...v });
    const co: UnitInfo[] = [];
    for (const [i, [name, code]] of COMMUNE_ORGS.entries()) co.push(await unit(c, base + 2 + i, cc, { name: `${name} ${label}`, code: `${x}.${code}`, kind: 'socio_political_org', level: 'commune', ...v }));
    await staffUnit(c, cc, [
      { title: `Bí thư Đảng ủy ${type}`, head: true, role: 'leader', female: 0.2 },
      { title: `Phó Bí thư Đảng ủy ${type}`, role: 'leader' },
      { title: 'Chuyên viên Văn phòng Đảng ủy', role: 'specialist', count: 2, female: 0.5 },
      { title: 'Cán bộ Văn phòng Đảng ủy', role: 'reporter', female: 0.5 },
    ]);
    await staffUnit(c, cf, [
      { title: `Chủ tịch Ủy ban MTTQ Việt Nam ${type}`, head: true, role: 'leader' },
      { title: `Phó Chủ tịch Ủy ban MTTQ Việt Nam ${type}`, role: 'specialist' },
      { title: 'Cán bộ Mặt trận', role: 'reporter', female: 0.5 },
    ]);
    for (const [i, u] of co.entries()) {
      const staff = r.weighted([[0, 35], [1, 55], [2, 10]] as const);
      await staffUnit(c, u, [{ title: `${COMMUNE_ORGS[i]?.[2] ?? 'Chủ tịch'} ${type}`, head: true, role: 'leader', female: i === 1 ? 1 : 0.3 }, ...(staff ? [{ title: 'Cán bộ', role: 'reporter' as const, count: staff }] : [])]);
    }
    communes.push({ committee: cc, front: cf, orgs: co });
  }

  // Documents: the province's, then each commune's.
  const counters = new Map<string, number>();
  const provinceDocs: string[] = [];
  const unitKind = () => r.weighted(UNIT_DOC_KINDS);
  const docDay = () => r.int(MERGER, NOW - 1);
  for (let i = 0; i < 700; i++) {
    const issuer = r.chance(0.6) ? commission : committee;
    const tail = issuer === commission ? 'BTGDVTU' : 'TU';
    provinceDocs.push(await emitDocument(c, counters, { owner: committee, issuerUnit: issuer, issuerCode: null, issuerName: issuer.name, kind: unitKind(), day: docDay(), symbol: (n, _y, abbr) => `${n}-${abbr}/${tail}` }));
  }
  for (const k of communes)
    for (let i = 0; i < 52; i++)
      await emitDocument(c, counters, { owner: k.committee, issuerUnit: k.committee, issuerCode: null, issuerName: k.committee.name, kind: unitKind(), day: docDay(), symbol: (n, _y, abbr) => `${n}-${abbr}/ĐU` });

  // Programmes: the province's year and quarter programmes, each commune's year programme.
  const programmes = new Map<string, string>();
  for (const year of BENCH_YEARS) {
    const yearId = c.ids.take(NS.programme);
    programmes.set(`p${year}`, yearId);
    const created = at(dayOf(`${year}-01-05`), 0);
    const title = `Chương trình công tác dân vận năm ${year} của ${committee.name}`;
    await emit('programmes', [yearId, committee.id, null, 'year', year, null, title, null, foldVietnamese(title), 1, created, created]);
    for (let q = 1; q <= 4; q++) {
      const id = c.ids.take(NS.programme);
      programmes.set(`p${year}q${q}`, id);
      const t = `Chương trình công tác quý ${q} năm ${year}`;
      await emit('programmes', [id, committee.id, yearId, 'quarter', year, q, t, null, foldVietnamese(t), 1, created, created]);
    }
    for (const [j, k] of communes.entries()) {
      const id = c.ids.take(NS.programme);
      programmes.set(`c${j}y${year}`, id);
      const t = `Chương trình công tác dân vận năm ${year} của ${k.committee.name}`;
      await emit('programmes', [id, k.committee.id, null, 'year', year, null, t, null, foldVietnamese(t), 1, created, created]);
    }
  }

  // Tasks. The first task of the province (index 0) is the first programme task assigned down.
  const tm = new TaskMaker(c);
  const sources = [...central.documents.slice(0, 400), ...provinceDocs];
  const actor = commission.users.find(([, role]) => role === 'specialist')?.[0] ?? pickUser(r, commission);
  const personOf = (u: UnitInfo, head = false) => (head ? u.persons[0] : r.pick(u.persons)) ?? null;
  const provinceLeadUnits = [commission, front, ...orgs, ...associations];
  for (const year of BENCH_YEARS) {
    const y0 = dayOf(`${year}-01-01`);
    for (let t = 0; t < 100; t++) {
      const due = y0 + r.int(14, 353);
      const start = Math.max(y0 + 1, due - r.int(30, 90));
      const shared = tm.shared(programmes.get(r.chance(0.5) ? `p${year}` : `p${year}q${Math.floor((Number(isoOf(due).slice(5, 7)) - 1) / 3) + 1}`) ?? null, year, due, sources);
      const top = tm.node(null, shared, committee, committee, start, due, actor, personOf(commission));
      const share = r.chance(0.7) ? 1 : 0.3 + r.next() * 0.6;
      for (const k of communes) {
        if (share < 1 && !r.chance(share)) continue;
        const cDue = Math.max(start + 5, due - r.int(0, 10));
        const cStart = Math.min(start + r.int(0, 10), cDue);
        const child = tm.node(top, shared, committee, k.committee, cStart, cDue, actor, personOf(k.committee));
        const parts = r.weighted([[0, 30], [1, 20], [2, 30], [3, 20]] as const);
        const pool = [k.front, ...k.orgs];
        const by = pickUser(r, k.committee);
        for (let i = 0; i < parts; i++) {
          const lead = pool.splice(r.int(0, pool.length - 1), 1)[0];
          if (!lead) break;
          const gDue = Math.max(cStart + 3, cDue - r.int(0, 7));
          const g = tm.node(child, shared, k.committee, lead, Math.min(cStart + r.int(0, 5), gDue), gDue, by, personOf(lead, true));
          tm.decideLeaf(g);
        }
        if (child.children.length) tm.decideParent(child);
        else tm.decideLeaf(child);
      }
      tm.decideParent(top);
      await emitTree(tm, top);
    }
    // The province's own tasks, led by its commission, Front and organisations.
    for (let t = 0; t < 60; t++) {
      const due = y0 + r.int(14, 360);
      const start = Math.max(y0 + 1, due - r.int(15, 60));
      const lead = r.pick(provinceLeadUnits);
      const n = tm.node(null, tm.shared(programmes.get(`p${year}`) ?? null, year, due, sources), committee, lead, start, due, actor, personOf(lead));
      if (r.chance(0.05)) n.cooperators = [...new Set([r.pick(provinceLeadUnits).id, r.pick(provinceLeadUnits).id])].filter((id) => id !== lead.id);
      tm.decideLeaf(n);
      await tm.emit(n);
    }
    // Each commune's own tasks.
    for (const [j, k] of communes.entries()) {
      const units = [k.committee, k.committee, k.committee, k.committee, k.front, k.front, ...k.orgs];
      const by = pickUser(r, k.committee);
      for (let t = 0; t < 90; t++) {
        const due = y0 + r.int(7, 360);
        const start = Math.max(y0 + 1, due - r.int(7, 45));
        const lead = r.pick(units);
        const n = tm.node(null, tm.shared(programmes.get(`c${j}y${year}`) ?? null, year, due, []), k.committee, lead, start, due, by, personOf(lead));
        if (r.chance(0.03)) n.cooperators = [r.pick([k.front, ...k.orgs]).id].filter((id) => id !== lead.id);
        tm.decideLeaf(n);
        await tm.emit(n);
      }
    }
  }
}

async function emitTree(tm: TaskMaker, n: TaskNode): Promise<void> {
  await tm.emit(n);
  for (const k of n.children) await emitTree(tm, k);
}
