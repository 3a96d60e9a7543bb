import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertTestPerson } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const auditRows = async (client: Awaited<ReturnType<typeof actorClient>>, entityId: string) =>
  (await client.get(`/api/audit?entityId=${entityId}`)).body.items as { action: string; before: unknown; after: unknown }[];

describe('scope: each role sees only its own subtree', () => {
  it('a province user sees every commune; a district user only its own; a commune only itself', async () => {
    const w = await buildWorld(t.deps.db);
    const province = await actorClient(t, w.units.PC!.id, 'viewer');
    const district = await actorClient(t, w.units.D1c!.id, 'viewer');
    const peer = await actorClient(t, w.units.D2c!.id, 'viewer');
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const names = async (c: typeof province) => ((await c.get(`/api/units?q=${encodeURIComponent(w.tag)}&pageSize=200`)).body.items as { name: string }[]).map((u) => u.name).sort();

    expect(await names(province)).toHaveLength(9);
    expect(await names(district)).toEqual(
      [`Ban Dân vận Huyện ủy Một ${w.tag}`, `Huyện ủy Cũ ${w.tag}`, `Huyện ủy Một ${w.tag}`, `Đảng ủy xã Cũ ${w.tag}`, `Đảng ủy xã Một ${w.tag}`].sort(),
    );
    expect(await names(peer)).toEqual([`Ban Dân vận Huyện ủy Hai ${w.tag}`, `Huyện ủy Hai ${w.tag}`].sort());
    expect(await names(commune)).toEqual([`Đảng ủy xã Cũ ${w.tag}`, `Đảng ủy xã Một ${w.tag}`].sort());
  });

  it('a commission user acts for its party committee (scope = the committee subtree)', async () => {
    const w = await buildWorld(t.deps.db);
    const c = await actorClient(t, w.units.PC!.id, 'specialist');
    const me = await c.get('/api/auth/me');
    expect(me.body.scopeRootId).toBe(w.units.P!.id);
  });

  it("a successor unit's users see the dissolved unit's records", async () => {
    const w = await buildWorld(t.deps.db);
    const oldPerson = await insertTestPerson(t.deps.db, w.units.C0!.id, 'Phạm Văn Cũ');
    const commune = await actorClient(t, w.units.C1!.id, 'viewer');
    const peer = await actorClient(t, w.units.D2c!.id, 'viewer');
    expect((await commune.get(`/api/persons/${oldPerson.id}`)).status).toBe(200);
    expect((await commune.get(`/api/units/${w.units.C0!.id}`)).body.successor.id).toBe(w.units.C1!.id);
    expect((await peer.get(`/api/persons/${oldPerson.id}`)).status).toBe(404);
    const tree = await commune.get('/api/units/tree');
    expect((tree.body.items as { id: string }[]).map((n) => n.id)).toEqual([w.units.C1!.id, w.units.C0!.id]);
  });

  it('lists children with their own child counts, active before dissolved', async () => {
    const w = await buildWorld(t.deps.db);
    const province = await actorClient(t, w.units.PC!.id, 'viewer');
    const kids = (await province.get(`/api/units/tree?parentId=${w.units.P!.id}`)).body.items as { name: string; childCount: number; status: string }[];
    expect(kids.map((k) => [k.name.replace(` ${w.tag}`, ''), k.childCount])).toEqual([
      ['Ban Dân vận Tỉnh ủy', 0],
      ['Huyện ủy Hai', 1],
      ['Huyện ủy Một', 2],
      ['Huyện ủy Cũ', 1],
    ]);
    expect(kids.at(-1)?.status).toBe('dissolved');
  });

  it('records pass on when a unit is dissolved through the API', async () => {
    const w = await buildWorld(t.deps.db);
    const leader = await actorClient(t, w.units.PC!.id, 'leader');
    const person = await insertTestPerson(t.deps.db, w.units.D2c!.id, 'Võ Thị Hai');
    const d1 = await actorClient(t, w.units.D1c!.id, 'viewer');
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(404);
    const d2 = (await leader.get(`/api/units/${w.units.D2!.id}`)).body;
    const res = await leader.post(`/api/units/${w.units.D2!.id}/dissolve`, { version: d2.version, date: '2025-06-30', successorId: w.units.D1!.id, note: 'Sắp xếp 2025' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('dissolved');
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(200);
  });

  it('a reorganisation written by another server process reaches cached scopes at once', async () => {
    const w = await buildWorld(t.deps.db);
    const person = await insertTestPerson(t.deps.db, w.units.D2c!.id, 'Đinh Văn Khác');
    const d1 = await actorClient(t, w.units.D1c!.id, 'viewer');
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(404);
    // Another process dissolves D2 into D1: nothing goes through this process's services, the trigger moves the epoch.
    await t.deps.db.execute(sql`update units set status = 'dissolved', successor_id = ${w.units.D1!.id} where id = ${w.units.D2!.id}`);
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(200);
  });

  it("keeps a scope's predecessors while the unit tree epoch stands still", async () => {
    const w = await buildWorld(t.deps.db);
    const person = await insertTestPerson(t.deps.db, w.units.D2c!.id, 'Lê Văn Giữ');
    const d1 = await actorClient(t, w.units.D1c!.id, 'viewer');
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(404);
    // A change that slips past the triggers (replica mode) is not seen until the epoch moves: the paths are kept.
    await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update units set status = 'dissolved', successor_id = ${w.units.D1!.id} where id = ${w.units.D2!.id}`);
    });
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(404);
    await t.deps.db.execute(sql`update unit_tree_epoch set epoch = epoch + 1`);
    expect((await d1.get(`/api/persons/${person.id}`)).status).toBe(200);
  });
});

describe('versions', () => {
  it('answers a stale version with 409 in the user language and changes nothing', async () => {
    const w = await buildWorld(t.deps.db);
    const a = await actorClient(t, w.units.D1c!.id, 'specialist');
    const b = await actorClient(t, w.units.D1c!.id, 'specialist');
    const unit = (await a.get(`/api/units/${w.units.C1!.id}`)).body;
    const body = { version: unit.version, name: 'Đảng ủy xã Một (A)', kind: unit.kind, level: unit.level };
    expect((await a.put(`/api/units/${unit.id}`, body)).status).toBe(200);
    const stale = await b.put(`/api/units/${unit.id}`, { ...body, name: 'Đảng ủy xã Một (B)' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.error.reason).toBe('STALE_VERSION');
    expect(stale.body.error.message).toMatch(/người khác sửa/u);
    const staleEn = await b.put(`/api/units/${unit.id}`, { ...body, name: 'B' }, { 'accept-language': 'en-GB,en' });
    expect(staleEn.body.error.message).toMatch(/Someone else changed/u);
    const after = (await a.get(`/api/units/${unit.id}`)).body;
    expect(after.name).toBe('Đảng ủy xã Một (A)');
    expect(after.version).toBe(unit.version + 1);
    expect((await auditRows(a, unit.id)).filter((r) => r.action === 'update')).toHaveLength(1);
  });
});

describe('audit log', () => {
  it('writes actor, unit, entity and before/after for a change', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const created = await s.post('/api/units', { parentId: w.units.D1!.id, name: '  Đảng ủy  xã   Mới ', kind: 'party_committee', level: 'commune' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Đảng ủy xã Mới');
    const rows = (await s.get(`/api/audit?entityId=${created.body.id}`)).body.items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'create', entity: 'unit', actorUserId: s.userId, unitId: created.body.id, before: null });
    expect(rows[0].after.name).toBe('Đảng ủy xã Mới');
  });

  it('a failed change leaves no audit row', async () => {
    const w = await buildWorld(t.deps.db);
    const leader = await actorClient(t, w.units.D1c!.id, 'leader');
    const unit = (await leader.get(`/api/units/${w.units.C1!.id}`)).body;
    // Valid request, refused inside the transaction (stale version on the second unit of a merge).
    const c0 = (await leader.get(`/api/units/${w.units.C0!.id}`)).body;
    expect(c0.status).toBe('dissolved');
    const before = (await leader.get('/api/audit?pageSize=200')).body.total;
    const merge = await leader.post('/api/units/merge', {
      unitIds: [unit.id],
      newUnit: { parentId: w.units.C1!.id, name: 'Xã bên trong', kind: 'party_committee', level: 'commune' },
      date: '2025-07-01',
    });
    expect(merge.status).toBe(409);
    expect(merge.body.error.reason).toBe('SUCCESSOR_INSIDE');
    const bad = await leader.put(`/api/units/${unit.id}`, { version: unit.version + 5, name: 'X', kind: unit.kind, level: unit.level });
    expect(bad.status).toBe(409);
    expect((await leader.get('/api/audit?pageSize=200')).body.total).toBe(before);
    const names = ((await leader.get(`/api/units?q=${encodeURIComponent('Xã bên trong')}`)).body.items as unknown[]).length;
    expect(names).toBe(0);
  });

  it('masks sensitive values and never stores password hashes', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const p = await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Danh Sóc', ethnicity: 'Khmer', religion: 'Phật giáo' });
    expect(p.status).toBe(201);
    const row = (await s.get(`/api/audit?entityId=${p.body.id}`)).body.items[0];
    expect(row.after.ethnicity).toBe('***');
    expect(row.after.religion).toBe('***');
    expect(JSON.stringify(row)).not.toContain('Khmer');
    const admin = await actorClient(t, w.units.PC!.id, 'admin');
    const u = await admin.post('/api/users', { username: `kt.${w.tag}`, displayName: 'Kiểm tra', unitId: w.units.C1!.id, role: 'viewer', password: 'mat-khau-kiem-tra' });
    expect(u.status).toBe(201);
    const userRow = (await admin.get(`/api/audit?entityId=${u.body.id}`)).body.items[0];
    expect(userRow.after.username).toBe(`kt.${w.tag}`);
    expect(JSON.stringify(userRow)).not.toMatch(/argon2|passwordHash|mat-khau/u);
  });
});

describe('reorganisation', () => {
  it('merges communes into a new commune; the new unit inherits their records', async () => {
    const w = await buildWorld(t.deps.db);
    const leader = await actorClient(t, w.units.PC!.id, 'leader');
    const a = (await leader.post('/api/units', { parentId: w.units.D1!.id, name: 'Xã An', kind: 'party_committee', level: 'commune' })).body;
    const b = (await leader.post('/api/units', { parentId: w.units.D2!.id, name: 'Xã Bình', kind: 'party_committee', level: 'commune' })).body;
    const person = await insertTestPerson(t.deps.db, b.id, 'Hồ Văn Bình');
    const res = await leader.post('/api/units/merge', {
      unitIds: [a.id, b.id],
      newUnit: { parentId: w.units.P!.id, name: 'Xã An Bình', kind: 'party_committee', level: 'commune', validFrom: '2025-07-01' },
      date: '2025-06-30',
      note: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã',
    });
    expect(res.status).toBe(200);
    expect(res.body.dissolved.map((d: { successorId: string }) => d.successorId)).toEqual([res.body.successor.id, res.body.successor.id]);
    const newUser = await actorClient(t, res.body.successor.id, 'viewer');
    expect((await newUser.get(`/api/persons/${person.id}`)).status).toBe(200);
    expect((await newUser.get(`/api/units/${a.id}`)).body.status).toBe('dissolved');
    const actions = (await leader.get(`/api/audit?entityId=${a.id}`)).body.items.map((r: { action: string }) => r.action);
    expect(actions).toEqual(['merge', 'create']);
  });

  it('refuses to dissolve a unit with active sub-units and no successor, and one own root', async () => {
    const w = await buildWorld(t.deps.db);
    const leader = await actorClient(t, w.units.D1c!.id, 'leader');
    const d1 = (await leader.get(`/api/units/${w.units.D1!.id}`)).body;
    const own = await leader.post(`/api/units/${d1.id}/dissolve`, { version: d1.version, date: '2025-06-30' });
    expect(own.status).toBe(409);
    expect(own.body.error.reason).toBe('OWN_ROOT');
    const provinceLeader = await actorClient(t, w.units.PC!.id, 'leader');
    const noSuccessor = await provinceLeader.post(`/api/units/${d1.id}/dissolve`, { version: d1.version, date: '2025-06-30' });
    expect(noSuccessor.status).toBe(409);
    expect(noSuccessor.body.error.reason).toBe('HAS_ACTIVE_CHILDREN');
  });

  it('moves a unit with its subtree and keeps scopes right', async () => {
    const w = await buildWorld(t.deps.db);
    const province = await actorClient(t, w.units.PC!.id, 'specialist');
    const c1 = (await province.get(`/api/units/${w.units.C1!.id}`)).body;
    const moved = await province.put(`/api/units/${c1.id}`, { version: c1.version, parentId: w.units.D2!.id, name: c1.name, kind: c1.kind, level: c1.level });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(w.units.D2!.id);
    const d2 = await actorClient(t, w.units.D2c!.id, 'viewer');
    const d1 = await actorClient(t, w.units.D1c!.id, 'viewer');
    expect((await d2.get(`/api/units/${c1.id}`)).status).toBe(200);
    expect((await d1.get(`/api/units/${c1.id}`)).status).toBe(404);
    const self = await province.put(`/api/units/${w.units.D2!.id}`, { version: 1, parentId: c1.id, name: 'x', kind: 'party_committee', level: 'district' });
    expect(self.status).toBe(409);
    expect(self.body.error.reason).toBe('MOVE_INTO_SELF');
  });
});

describe('validation', () => {
  it('names every bad field in Vietnamese', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const res = await s.post('/api/units', { parentId: 'abc', name: '   ', kind: 'club', level: 'commune', validFrom: '2025-02-30' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['kind', 'name', 'parentId', 'validFrom']);
    expect(res.body.error.message).toContain('Tên — Bắt buộc nhập.');
    expect(res.body.error.message).toContain('Loại — Giá trị không nằm trong danh sách cho phép.');
  });

  it('finds units without diacritics', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.PC!.id, 'viewer');
    const res = await s.get(`/api/units?q=${encodeURIComponent(`dang uy xa mot ${w.tag}`)}`);
    expect(res.body.items.map((u: { name: string }) => u.name)).toEqual([`Đảng ủy xã Một ${w.tag}`]);
  });
});
