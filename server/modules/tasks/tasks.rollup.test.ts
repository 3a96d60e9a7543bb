import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertUnitTree } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/test-app.ts';
import { rollUpFrom } from './tasks.repository.ts';
import { tasks } from './tasks.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface TaskJson {
  id: string;
  version: number;
  leadUnitId: string;
}

const stored = async (ids: string[]) => {
  const rows = await t.deps.db.select({ id: tasks.id, effectiveProgress: tasks.effectiveProgress, progress: tasks.progress, updatedAt: tasks.updatedAt }).from(tasks).where(inArray(tasks.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r]));
};

const report = async (c: Client, task: { id: string }, percent: number) => {
  const version = (await c.get(`/api/tasks/${task.id}`)).body.version as number;
  const r = await c.post(`/api/tasks/${task.id}/progress`, { version, reportedOn: '2026-04-01', percent });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
};

/** A province task given to two districts: the parent's effective progress is their average. */
async function twoDistricts() {
  const w = await buildWorld(t.deps.db);
  const province = await actorClient(t, w.units.PC!.id, 'specialist');
  const parent = (await province.post('/api/tasks', { leadUnitId: w.units.P!.id, title: 'Ra quân dân vận', dueDate: '2026-10-31' })).body as TaskJson;
  const kids = (await province.post(`/api/tasks/${parent.id}/assign`, { unitIds: [w.units.D1!.id, w.units.D2!.id] })).body.items as TaskJson[];
  const d1 = kids.find((k) => k.leadUnitId === w.units.D1!.id)!;
  const d2 = kids.find((k) => k.leadUnitId === w.units.D2!.id)!;
  return { w, province, parent, d1, d2 };
}

describe('roll-up of effective progress', () => {
  it('skips the ancestors when a report repeats the percent, and rolls up exactly (half up) when it moves', async () => {
    const { province, parent, d1 } = await twoDistricts();
    const base = t.deps.now();
    try {
      t.setNow(new Date('2026-04-01T01:00:00Z'));
      await report(province, d1, 40);
      const first = (await stored([parent.id]))[parent.id]!;
      expect(first).toMatchObject({ effectiveProgress: 20, updatedAt: new Date('2026-04-01T01:00:00Z') });
      t.setNow(new Date('2026-04-02T01:00:00Z'));
      await report(province, d1, 40);
      // The parent was not even written: its row was never locked.
      expect((await stored([parent.id]))[parent.id]).toEqual(first);
      t.setNow(new Date('2026-04-03T01:00:00Z'));
      await report(province, d1, 41);
      expect((await stored([parent.id]))[parent.id]).toMatchObject({ effectiveProgress: 21, updatedAt: new Date('2026-04-03T01:00:00Z') });
      expect((await province.get(`/api/tasks/${parent.id}`)).body.effectiveProgress).toBe(21);
    } finally {
      t.setNow(base);
    }
  });

  it('stops at the first ancestor that does not move, and every level stays right', async () => {
    const w = await buildWorld(t.deps.db);
    const tree = await insertUnitTree(t.deps.db, [
      { key: 'P', name: `Tỉnh ${w.tag}`, kind: 'party_committee', level: 'province' },
      { key: 'D', parent: 'P', name: `Huyện ${w.tag}`, kind: 'party_committee', level: 'district' },
      { key: 'Ca', parent: 'D', name: `Xã A ${w.tag}`, kind: 'party_committee', level: 'commune' },
      { key: 'Cb', parent: 'D', name: `Xã B ${w.tag}`, kind: 'party_committee', level: 'commune' },
    ]);
    const province = await actorClient(t, tree.P!.id, 'specialist');
    const top = (await province.post('/api/tasks', { leadUnitId: tree.P!.id, title: 'Dân vận khéo', dueDate: '2026-10-31' })).body as TaskJson;
    const [district] = (await province.post(`/api/tasks/${top.id}/assign`, { unitIds: [tree.D!.id] })).body.items as TaskJson[];
    const communes = (await province.post(`/api/tasks/${district!.id}/assign`, { unitIds: [tree.Ca!.id, tree.Cb!.id] })).body.items as TaskJson[];
    const ca = communes.find((c) => c.leadUnitId === tree.Ca!.id)!;
    const cb = communes.find((c) => c.leadUnitId === tree.Cb!.id)!;
    const base = t.deps.now();
    try {
      t.setNow(new Date('2026-04-01T01:00:00Z'));
      await report(province, ca, 50);
      await report(province, cb, 1);
      // (50 + 1) / 2 = 25.5 → 26 at the district, and the province follows its one child.
      const before = await stored([district!.id, top.id]);
      expect([before[district!.id]!.effectiveProgress, before[top.id]!.effectiveProgress]).toEqual([26, 26]);
      t.setNow(new Date('2026-04-02T01:00:00Z'));
      // (51 + 1) / 2 = 26: the district does not move, so nothing above it is written.
      await report(province, ca, 51);
      expect(await stored([district!.id, top.id])).toEqual(before);
      t.setNow(new Date('2026-04-03T01:00:00Z'));
      await report(province, ca, 100);
      const after = await stored([district!.id, top.id]);
      expect([after[district!.id]!.effectiveProgress, after[top.id]!.effectiveProgress]).toEqual([51, 51]);
      expect(after[top.id]!.updatedAt).toEqual(new Date('2026-04-03T01:00:00Z'));
    } finally {
      t.setNow(base);
    }
  });

  it('weighs the children, leaves the cancelled out, and falls back on the own progress without live children', async () => {
    const { province, parent, d1, d2 } = await twoDistricts();
    await report(province, d1, 50);
    const weighted = await province.put(`/api/tasks/${d1.id}`, { ...(await province.get(`/api/tasks/${d1.id}`)).body, cooperatorIds: [], weight: 3 });
    expect(weighted.status, JSON.stringify(weighted.body)).toBe(200);
    // (3 × 50 + 1 × 0) / 4 = 37.5 → 38.
    expect((await stored([parent.id]))[parent.id]!.effectiveProgress).toBe(38);
    await report(province, parent, 7);
    expect((await stored([parent.id]))[parent.id]).toMatchObject({ progress: 7, effectiveProgress: 38 });
    const cancel = async (task: TaskJson) => {
      const version = (await province.get(`/api/tasks/${task.id}`)).body.version as number;
      expect((await province.post(`/api/tasks/${task.id}/cancel`, { version, reason: 'Gộp nhiệm vụ' })).status).toBe(200);
    };
    await cancel(d2);
    expect((await stored([parent.id]))[parent.id]!.effectiveProgress).toBe(50);
    await cancel(d1);
    expect((await stored([parent.id]))[parent.id]!.effectiveProgress).toBe(7);
  });

  it('rolls a batch up once per parent and answers the rows as they end', async () => {
    const { province, parent, d1, d2 } = await twoDistricts();
    const versions = async () => Object.fromEntries(await Promise.all([parent, d1, d2].map(async (x) => [x.id, (await province.get(`/api/tasks/${x.id}`)).body.version as number])));
    const v = await versions();
    const r = await province.post('/api/tasks/bulk-progress', {
      reportedOn: '2026-04-01',
      items: [
        { taskId: parent.id, version: v[parent.id], percent: 10, note: null },
        { taskId: d1.id, version: v[d1.id], percent: 80, note: null },
        { taskId: d2.id, version: v[d2.id], percent: 20, note: null },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const byId = Object.fromEntries((r.body.items as { id: string; progress: number; effectiveProgress: number }[]).map((x) => [x.id, x]));
    expect(byId[parent.id]).toMatchObject({ progress: 10, effectiveProgress: 50 });
    expect(byId[d1.id]).toMatchObject({ progress: 80, effectiveProgress: 80 });
    expect((await stored([parent.id]))[parent.id]!.effectiveProgress).toBe(50);
  });

  it('counts a sibling whose roll-up committed while this one waited for the parent', async () => {
    const { parent, d1, d2 } = await twoDistricts();
    const db = t.deps.db;
    const now = t.deps.now();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The first report rolls up and keeps the parent locked until released.
    const first = db.transaction(async (tx) => {
      await tx.update(tasks).set({ progress: 60, effectiveProgress: 60 }).where(eq(tasks.id, d1.id));
      await rollUpFrom(tx, parent.id, now);
      await held;
    });
    await sleep(50);
    // The second one reaches the parent while it is locked (on PostgreSQL; PGlite runs them one after the other).
    const second = db.transaction(async (tx) => {
      await tx.update(tasks).set({ progress: 30, effectiveProgress: 30 }).where(eq(tasks.id, d2.id));
      await rollUpFrom(tx, parent.id, now);
    });
    await sleep(300);
    release();
    await Promise.all([first, second]);
    expect((await stored([parent.id]))[parent.id]!.effectiveProgress).toBe(45);
  });
});
