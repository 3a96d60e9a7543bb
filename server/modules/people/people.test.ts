import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('people and positions', () => {
  it('creates a person with a position, found by a search without diacritics', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const p = await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Nguyễn Thị Ánh Tuyết', gender: 'female', birthYear: 1985 });
    expect(p.status).toBe(201);
    const pos = await s.post(`/api/persons/${p.body.id}/positions`, { unitId: w.units.C1!.id, title: 'Bí thư Đảng ủy xã', isHead: true, startDate: '2020-10-15' });
    expect(pos.status).toBe(201);
    const found = await s.get(`/api/persons?q=${encodeURIComponent('anh tuyet')}&unitId=${w.units.D1!.id}`);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0].positions[0]).toMatchObject({ title: 'Bí thư Đảng ủy xã', isHead: true, unitName: w.units.C1!.name });
    const byUnit = await s.get(`/api/positions/by-unit/${w.units.C1!.id}`);
    expect(byUnit.body.items.map((i: { personName: string }) => i.personName)).toEqual(['Nguyễn Thị Ánh Tuyết']);
  });

  it('allows one current head per unit', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const a = (await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Trần Văn A' })).body;
    const b = (await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Trần Văn B' })).body;
    const first = await s.post(`/api/persons/${a.id}/positions`, { unitId: w.units.C1!.id, title: 'Bí thư', isHead: true, startDate: '2020-01-01' });
    expect(first.status).toBe(201);
    const second = await s.post(`/api/persons/${b.id}/positions`, { unitId: w.units.C1!.id, title: 'Bí thư', isHead: true, startDate: '2025-07-01' });
    expect(second.status).toBe(409);
    expect(second.body.error.reason).toBe('HEAD_EXISTS');
    const ended = await s.put(`/api/positions/${first.body.id}`, { version: 1, unitId: w.units.C1!.id, title: 'Bí thư', isHead: true, startDate: '2020-01-01', endDate: '2025-06-30' });
    expect(ended.status).toBe(200);
    expect(ended.body.current).toBe(false);
    expect((await s.post(`/api/persons/${b.id}/positions`, { unitId: w.units.C1!.id, title: 'Bí thư', isHead: true, startDate: '2025-07-01' })).status).toBe(201);
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const a = (await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Lê Thị C' })).body;
    const res = await s.post(`/api/persons/${a.id}/positions`, { unitId: w.units.C1!.id, title: 'Ủy viên', startDate: '2024-01-01', endDate: '2023-01-01' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ endDate: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  });
});

describe('sensitive personal data', () => {
  it('shows ethnicity and religion only to roles allowed to see them', async () => {
    const w = await buildWorld(t.deps.db);
    const s = await actorClient(t, w.units.D1c!.id, 'specialist');
    const viewer = await actorClient(t, w.units.D1c!.id, 'viewer');
    const reporter = await actorClient(t, w.units.D1c!.id, 'reporter');
    const p = (await s.post('/api/persons', { unitId: w.units.C1!.id, fullName: 'Thạch Thị Sa Rươl', ethnicity: 'Khmer', religion: 'Phật giáo' })).body;
    expect(p.ethnicity).toBe('Khmer');
    for (const c of [viewer, reporter]) {
      const seen = (await c.get(`/api/persons/${p.id}`)).body;
      expect(seen.fullName).toBe('Thạch Thị Sa Rươl');
      expect(seen).not.toHaveProperty('ethnicity');
      expect(seen).not.toHaveProperty('religion');
      const listed = (await c.get(`/api/persons?unitId=${w.units.C1!.id}`)).body.items[0];
      expect(listed).not.toHaveProperty('religion');
    }
  });
});
