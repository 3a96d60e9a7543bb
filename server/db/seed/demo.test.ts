import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese, vietnameseSortKey } from '../../lib/vi-text.ts';
import { verifyPassword } from '../../lib/password.ts';
import { persons, positions } from '../../modules/people/people.table.ts';
import { unitGroupMembers, unitGroups, units } from '../../modules/units/units.table.ts';
import { scopeOfUnit } from '../../modules/units/index.ts';
import { users } from '../../modules/users/users.table.ts';
import { type Database, openDatabase } from '../client.ts';
import { buildDemoPlan, LONG_AN, TAY_NINH } from './demo-data.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, findDemoUnitId, hasDemoData, isDatabaseEmpty, type SeedDemoResult, seedDemo } from './index.ts';

type UnitRow = typeof units.$inferSelect;

async function freshDatabase(): Promise<Database> {
  const database = await openDatabase({});
  await database.migrate();
  return database;
}

let database: Database;
let result: SeedDemoResult;
let all: UnitRow[];
const messages: string[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  expect(await isDatabaseEmpty(database.db)).toBe(true);
  expect(await hasDemoData(database.db)).toBe(false);
  const started = performance.now();
  result = await seedDemo(database.db, { onProgress: (m) => messages.push(m) });
  const ms = performance.now() - started;
  console.log(`seedDemo on PGlite: ${ms.toFixed(0)} ms (${messages.join(', ')})`);
  expect(ms).toBeLessThan(10_000);
  all = await database.db.select().from(units);
});

afterAll(async () => {
  await database?.close();
});

const byId = () => new Map(all.map((u) => [u.id, u]));
const children = (parentId: string) => all.filter((u) => u.parentId === parentId);
const idOf = (name: string): string => {
  const id = result.unitIdsByName[name];
  if (!id) throw new Error(`no unit ${name}`);
  return id;
};

describe('seedDemo', () => {
  it('reports progress and leaves a non-empty database with the demo data marker', async () => {
    expect(messages.some((m) => m.startsWith('Đơn vị: '))).toBe(true);
    expect(messages.some((m) => m.startsWith('Tài khoản: '))).toBe(true);
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    expect(await hasDemoData(database.db)).toBe(true);
  });

  it('returns the id of every unit by name, matching the database', async () => {
    expect(Object.keys(result.unitIdsByName)).toHaveLength(all.length);
    for (const u of all) expect(result.unitIdsByName[u.name]).toBe(u.id);
    expect(await findDemoUnitId(database.db, 'Ban Dân vận Huyện ủy Bến Cầu')).toBe(idOf('Ban Dân vận Huyện ủy Bến Cầu'));
    await expect(findDemoUnitId(database.db, 'Không có đơn vị này')).rejects.toThrow();
  });

  it('has one root, and every path is the parent path + id + "/" with matching depth', () => {
    const map = byId();
    const roots = all.filter((u) => u.parentId === null);
    expect(roots.map((r) => r.name)).toEqual(['Ban Chấp hành Trung ương Đảng']);
    for (const u of all) {
      if (u.parentId === null) {
        expect(u.path).toBe(`/${u.id}/`);
        expect(u.depth).toBe(0);
      } else {
        const parent = map.get(u.parentId);
        expect(parent, u.name).toBeDefined();
        expect(u.path).toBe(`${parent?.path}${u.id}/`);
        expect(u.depth).toBe((parent?.depth ?? -99) + 1);
      }
    }
  });

  it('computes searchText and sortKey as the repositories do, with NFC names', () => {
    for (const u of all) {
      expect(u.name).toBe(u.name.normalize('NFC'));
      expect(u.searchText).toBe(foldVietnamese([u.name, u.shortName, u.code].filter(Boolean).join(' ')));
      expect(u.sortKey).toBe(vietnameseSortKey(u.name));
    }
    expect(all.find((u) => u.name === TAY_NINH)?.searchText).toBe('tinh uy tay ninh tu');
  });

  it('has 8–10 active district party committees under Tây Ninh, each fully staffed with units', () => {
    const districts = children(idOf(TAY_NINH)).filter((u) => u.kind === 'party_committee' && u.level === 'district' && u.status === 'active');
    expect(districts.length).toBeGreaterThanOrEqual(8);
    expect(districts.length).toBeLessThanOrEqual(10);
    for (const d of districts) {
      const kids = children(d.id).filter((u) => u.status === 'active');
      const count = (pred: (u: UnitRow) => boolean) => kids.filter(pred).length;
      expect(count((u) => u.kind === 'commission' && u.level === 'district'), d.name).toBe(1);
      expect(count((u) => u.kind === 'fatherland_front' && u.level === 'district'), d.name).toBe(1);
      expect(count((u) => u.kind === 'socio_political_org' && u.level === 'district'), d.name).toBe(5);
      const communes = kids.filter((u) => u.kind === 'party_committee' && u.level === 'commune');
      expect(communes.length, d.name).toBeGreaterThanOrEqual(3);
      expect(communes.length, d.name).toBeLessThanOrEqual(5);
      for (const c of communes) {
        const ck = children(c.id);
        expect(ck.filter((u) => u.kind === 'fatherland_front').length, c.name).toBe(1);
        expect(ck.filter((u) => u.kind === 'socio_political_org').length, c.name).toBe(4);
        expect(ck.every((u) => u.level === 'commune')).toBe(true);
      }
    }
  });

  it('dissolves every Long An unit on 2025-06-30, each with a successor chain ending in an active unit', () => {
    const map = byId();
    const longAn = all.find((u) => u.name === LONG_AN);
    expect(longAn).toBeDefined();
    const underLongAn = all.filter((u) => longAn && u.path.startsWith(longAn.path));
    expect(underLongAn.length).toBeGreaterThan(10);
    for (const u of underLongAn) {
      expect(u.status, u.name).toBe('dissolved');
      expect(u.validTo, u.name).toBe('2025-06-30');
      expect(u.dissolutionNote).toMatch(/202\/2025\/QH15/u);
    }
    const dissolved = all.filter((u) => u.status === 'dissolved');
    expect(dissolved).toHaveLength(underLongAn.length);
    for (const u of dissolved) {
      let current: UnitRow | undefined = u;
      const seen = new Set<string>();
      while (current && current.status === 'dissolved') {
        expect(current.successorId, current.name).not.toBeNull();
        expect(seen.has(current.id), `cycle at ${current.name}`).toBe(false);
        seen.add(current.id);
        current = current.successorId ? map.get(current.successorId) : undefined;
      }
      expect(current?.status, u.name).toBe('active');
    }
    for (const u of all.filter((x) => x.status === 'active')) expect(u.successorId).toBeNull();
  });

  it('maps Long An units to the right successors', () => {
    const successorName = (name: string) => all.find((u) => u.id === all.find((x) => x.name === name)?.successorId)?.name;
    expect(successorName(LONG_AN)).toBe(TAY_NINH);
    expect(successorName('Huyện ủy Đức Hòa')).toBe(TAY_NINH);
    expect(successorName('Ban Dân vận Tỉnh ủy Long An')).toBe('Ban Dân vận Tỉnh ủy Tây Ninh');
    expect(successorName('Ủy ban MTTQ Việt Nam tỉnh Long An')).toBe('Ủy ban MTTQ Việt Nam tỉnh Tây Ninh');
    for (const c of ['Đảng ủy thị trấn Hậu Nghĩa', 'Đảng ủy xã Đức Lập Thượng', 'Đảng ủy xã Tân Mỹ']) expect(successorName(c)).toBe('Đảng ủy xã Hậu Nghĩa');
    for (const c of ['Đảng ủy thị trấn Bến Lức', 'Đảng ủy xã Thạnh Đức', 'Đảng ủy xã Nhựt Chánh']) expect(successorName(c)).toBe('Đảng ủy xã Bến Lức');
    expect(successorName('Ủy ban MTTQ Việt Nam xã Tân Mỹ')).toBe('Ủy ban MTTQ Việt Nam xã Hậu Nghĩa');
    const hauNghia = all.find((u) => u.name === 'Đảng ủy xã Hậu Nghĩa');
    expect(hauNghia).toMatchObject({ parentId: idOf(TAY_NINH), level: 'commune', status: 'active', validFrom: '2025-07-01' });
  });

  it('lets Tây Ninh and the new communes see their dissolved Long An predecessors (scope)', async () => {
    const pathOf = (name: string) => all.find((u) => u.name === name)?.path ?? '?';
    const province = await scopeOfUnit(database.db, idOf('Ban Dân vận Tỉnh ủy Tây Ninh'));
    expect(province?.rootUnitId).toBe(idOf(TAY_NINH));
    expect(province?.prefixes).toEqual([pathOf(TAY_NINH), pathOf(LONG_AN)]);
    const commune = await scopeOfUnit(database.db, idOf('Đảng ủy xã Hậu Nghĩa'));
    expect(commune?.prefixes[0]).toBe(pathOf('Đảng ủy xã Hậu Nghĩa'));
    for (const old of ['Đảng ủy thị trấn Hậu Nghĩa', 'Đảng ủy xã Đức Lập Thượng', 'Đảng ủy xã Tân Mỹ'])
      expect(commune?.prefixes.some((p) => pathOf(old).startsWith(p)), old).toBe(true);
    expect(commune?.prefixes.some((p) => pathOf('Đảng ủy xã Thạnh Đức').startsWith(p))).toBe(false);
  });

  it('keeps at most one current head per unit, and one in every staffed unit', async () => {
    const rows = await database.db.select().from(positions);
    const heads = new Map<string, number>();
    for (const p of rows) if (p.isHead && p.endDate === null) heads.set(p.unitId, (heads.get(p.unitId) ?? 0) + 1);
    for (const [unitId, n] of heads) expect(n, byId().get(unitId)?.name).toBe(1);
    const staffedKinds = new Set(['party_committee', 'commission', 'fatherland_front', 'socio_political_org']);
    for (const u of all) {
      if (u.status !== 'active' || !staffedKinds.has(u.kind)) continue;
      if (u.level === 'province' || u.level === 'district') expect(heads.get(u.id), u.name).toBe(1);
      if (u.level === 'commune' && (u.kind === 'party_committee' || u.kind === 'fatherland_front')) expect(heads.get(u.id), u.name).toBe(1);
    }
    // Dissolved units keep only closed, historical positions.
    const dissolvedIds = new Set(all.filter((u) => u.status === 'dissolved').map((u) => u.id));
    for (const p of rows.filter((x) => dissolvedIds.has(x.unitId))) expect(p.endDate).toBe('2025-06-30');
    expect(rows.filter((p) => dissolvedIds.has(p.unitId)).length).toBeGreaterThan(10);
  });

  it('gives people plausible details; women’s union heads are women; some people moved on 2025-07-01', async () => {
    const people = await database.db.select().from(persons);
    for (const p of people) {
      expect(p.fullName).toBe(p.fullName.normalize('NFC'));
      expect(p.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(p.searchText).toBe(foldVietnamese(p.fullName));
      expect(p.sortKey).toBe(vietnameseSortKey(p.fullName));
      expect(p.birthYear).toBeGreaterThanOrEqual(1965);
      expect(p.birthYear).toBeLessThanOrEqual(1995);
    }
    expect(new Set(people.map((p) => p.fullName)).size).toBe(people.length);
    const withEthnicity = people.filter((p) => p.ethnicity !== null).length / people.length;
    const withReligion = people.filter((p) => p.religion !== null).length / people.length;
    expect(withEthnicity).toBeGreaterThan(0.2);
    expect(withEthnicity).toBeLessThan(0.5);
    expect(withReligion).toBeGreaterThan(0.12);
    expect(withReligion).toBeLessThan(0.4);
    expect(people.some((p) => p.religion === 'Cao Đài')).toBe(true);

    const womenHeads = await database.db
      .select({ gender: persons.gender, unit: units.name })
      .from(positions)
      .innerJoin(persons, eq(persons.id, positions.personId))
      .innerJoin(units, eq(units.id, positions.unitId))
      .where(and(eq(positions.isHead, true), eq(units.kind, 'socio_political_org')));
    const women = womenHeads.filter((r) => r.unit.startsWith('Hội Liên hiệp Phụ nữ'));
    expect(women.length).toBeGreaterThanOrEqual(10);
    for (const r of women) expect(r.gender, r.unit).toBe('female');

    // The former head of Long An's commission now serves in Tây Ninh's.
    const history = await database.db
      .select({ personId: positions.personId, unit: units.name, endDate: positions.endDate, isHead: positions.isHead })
      .from(positions)
      .innerJoin(units, eq(units.id, positions.unitId))
      .orderBy(asc(positions.startDate));
    const laHead = history.find((h) => h.unit === 'Ban Dân vận Tỉnh ủy Long An' && h.isHead);
    const later = history.filter((h) => h.personId === laHead?.personId);
    expect(later.map((h) => [h.unit, h.endDate])).toEqual([
      ['Ban Dân vận Tỉnh ủy Long An', '2025-06-30'],
      ['Ban Dân vận Tỉnh ủy Tây Ninh', null],
    ]);
    const mover = people.find((p) => p.id === laHead?.personId);
    expect(mover?.unitId).toBe(idOf('Ban Dân vận Tỉnh ủy Tây Ninh'));
  });

  it('creates the emulation clusters and blocs of 2024', async () => {
    const groups = await database.db.select().from(unitGroups);
    expect(groups.map((g) => g.name).sort()).toEqual(
      ['Cụm thi đua số 1', 'Cụm thi đua số 2', 'Cụm thi đua số 3', 'Khối các ban xây dựng Đảng', 'Khối Mặt trận và các đoàn thể tỉnh'].sort(),
    );
    for (const g of groups) {
      expect(g.ownerUnitId).toBe(idOf(TAY_NINH));
      expect(g.year).toBe(2024);
      expect(g.searchText).toBe(foldVietnamese(g.name));
    }
    const members = await database.db
      .select({ group: unitGroups.name, unit: units.name })
      .from(unitGroupMembers)
      .innerJoin(unitGroups, eq(unitGroups.id, unitGroupMembers.groupId))
      .innerJoin(units, eq(units.id, unitGroupMembers.unitId));
    const of = (g: string) => members.filter((m) => m.group === g).map((m) => m.unit).sort();
    expect(of('Cụm thi đua số 3')).toEqual(['Huyện ủy Bến Cầu', 'Huyện ủy Châu Thành', 'Huyện ủy Gò Dầu'].sort());
    expect(of('Khối Mặt trận và các đoàn thể tỉnh')).toHaveLength(6);
  });

  it('creates every demo account with its role, unit and a person holding a position there', async () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual([
      'admin',
      'lanhdao.tinh',
      'chuyenvien.tinh',
      'xem.tinh',
      'chuyenvien.hoathanh',
      'chuyenvien.bencau',
      'chuyenvien.godau',
      'coso.longhoa',
      'lanhdao.haunghia',
    ]);
    const rows = await database.db.select().from(users);
    expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
    const current = await database.db.select().from(positions);
    for (const a of DEMO_ACCOUNTS) {
      const u = rows.find((r) => r.username === a.username);
      expect(u, a.username).toBeDefined();
      if (!u) continue;
      expect(u.role).toBe(a.role);
      expect(u.language).toBe('vi');
      expect(u.unitId).toBe(idOf(a.unitLabel));
      expect(a.roleLabel.length).toBeGreaterThan(0);
      expect(u.searchText).toBe(foldVietnamese(`${u.username} ${u.displayName}`));
      expect(u.personId).not.toBeNull();
      const [person] = await database.db.select().from(persons).where(eq(persons.id, u.personId ?? ''));
      expect(person?.fullName).toBe(u.displayName);
      expect(current.some((p) => p.personId === u.personId && p.unitId === u.unitId && p.endDate === null), a.username).toBe(true);
    }
    // One shared hash: verify once.
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(1);
    expect(await verifyPassword(rows[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    const leader = rows.find((r) => r.username === 'lanhdao.haunghia');
    const heads = current.filter((p) => p.unitId === idOf('Đảng ủy xã Hậu Nghĩa') && p.isHead && p.endDate === null);
    expect(heads.map((h) => h.personId)).toEqual([leader?.personId]);
  });

  it('matches the plan exactly', async () => {
    const plan = buildDemoPlan();
    expect(all).toHaveLength(plan.units.length);
    expect(await database.db.$count(persons)).toBe(plan.persons.length);
    expect(await database.db.$count(positions)).toBe(plan.positions.length);
  });

  it('is deterministic: a second fresh database gets the same units, people and positions', async () => {
    const second = await freshDatabase();
    try {
      await seedDemo(second.db);
      const snapshot = async (db: Database['db']) => ({
        units: (await db.select({ name: units.name, status: units.status, depth: units.depth }).from(units)).map((u) => `${u.depth} ${u.status} ${u.name}`).sort(),
        persons: (await db.select({ name: persons.fullName, by: persons.birthYear }).from(persons)).map((p) => `${p.name} ${p.by}`).sort(),
        positions: (
          await db
            .select({ person: persons.fullName, unit: units.name, title: positions.title, start: positions.startDate })
            .from(positions)
            .innerJoin(persons, eq(persons.id, positions.personId))
            .innerJoin(units, eq(units.id, positions.unitId))
        )
          .map((p) => `${p.person} | ${p.title} | ${p.unit} | ${p.start}`)
          .sort(),
        users: (await db.select({ u: users.username, d: users.displayName }).from(users)).map((u) => `${u.u} ${u.d}`).sort(),
      });
      const [a, b] = [await snapshot(database.db), await snapshot(second.db)];
      expect(b).toEqual(a);
      expect(a.units.length).toBeGreaterThan(300);
    } finally {
      await second.close();
    }
  });
});
