import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { actorClient } from '../../test/actors.ts';
import { buildWorld } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const epoch = async () => (await queryRows<{ epoch: string | number }>(t.deps.db, sql`select epoch from task_deadline_epoch where id = 1`)).map((r) => Number(r.epoch))[0];

interface DeadlineRowOut {
  unitId: string;
  unitName: string;
  done_on_time: number;
  done_late: number;
  open_within_deadline: number;
  open_overdue: number;
}

async function setup() {
  const w = await buildWorld(t.deps.db);
  const district = await actorClient(t, w.units.D1c!.id, 'specialist');
  const commune = await actorClient(t, w.units.C1!.id, 'specialist');
  const created = await district.post('/api/tasks', { leadUnitId: w.units.C1!.id, title: 'Rà soát điểm nóng', dueDate: '2026-06-05' });
  expect(created.status).toBe(201);
  // The district's 2×2 as of 10/6: the commune's task is open and overdue.
  const dashboard = async () => {
    const res = await district.get(`/api/tasks/deadlines?unitId=${w.units.D1!.id}&from=2026-01-01&to=2026-12-31&asOf=2026-06-10`);
    expect(res.status).toBe(200);
    const row = (res.body.rows as DeadlineRowOut[]).find((r) => r.unitId === w.units.C1!.id);
    return row && { name: row.unitName, onTime: row.done_on_time, within: row.open_within_deadline, overdue: row.open_overdue };
  };
  return { w, district, commune, task: created.body as { id: string; version: number }, dashboard };
}

describe('the 2×2 dashboard keeps its answer while no class can have changed', () => {
  it('follows changes written behind the server, by another process, at once', async () => {
    const { w, task, dashboard } = await setup();
    const name = `Đảng ủy xã Một ${w.tag}`;
    expect(await dashboard()).toEqual({ name, onTime: 0, within: 0, overdue: 1 });
    expect(await dashboard()).toEqual({ name, onTime: 0, within: 0, overdue: 1 });
    // Straight into the database, as another server process would: a new due date…
    await t.deps.db.execute(sql`update tasks set due_date = '2026-06-20' where id = ${task.id}`);
    expect(await dashboard()).toEqual({ name, onTime: 0, within: 1, overdue: 0 });
    // The answer is kept: a change that slips past the triggers (replica mode) is not seen while the epoch stands still…
    await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update tasks set due_date = '2026-06-01' where id = ${task.id}`);
    });
    expect(await dashboard()).toEqual({ name, onTime: 0, within: 1, overdue: 0 });
    await t.deps.db.execute(sql`update task_deadline_epoch set epoch = epoch + 1`);
    expect(await dashboard()).toEqual({ name, onTime: 0, within: 0, overdue: 1 });
    // …a completion…
    await t.deps.db.execute(sql`update tasks set status = 'done', completed_on = '2026-05-30' where id = ${task.id}`);
    expect(await dashboard()).toEqual({ name, onTime: 1, within: 0, overdue: 0 });
    // …and a renamed unit.
    await t.deps.db.execute(sql`update units set name = ${`Đảng ủy xã Mới ${w.tag}`} where id = ${w.units.C1!.id}`);
    expect((await dashboard())?.name).toBe(`Đảng ủy xã Mới ${w.tag}`);
  });

  it('follows a cancellation and a new task made through the API', async () => {
    const { w, district, task, dashboard } = await setup();
    expect((await dashboard())?.overdue).toBe(1);
    expect((await district.post('/api/tasks', { leadUnitId: w.units.C1!.id, title: 'Tuyên truyền dân vận khéo', dueDate: '2026-07-01' })).status).toBe(201);
    expect(await dashboard()).toMatchObject({ within: 1, overdue: 1 });
    expect((await district.post(`/api/tasks/${task.id}/cancel`, { version: task.version, reason: 'Trùng nội dung' })).status).toBe(200);
    expect(await dashboard()).toMatchObject({ within: 1, overdue: 0 });
  });

  it('a progress report leaves the epoch alone unless it starts the task', async () => {
    const { commune, task, dashboard } = await setup();
    await dashboard();
    const before = await epoch();
    expect(before).toBeTypeOf('number');
    // The first report starts the task (status written): the epoch moves, the classes do not.
    const first = await commune.post(`/api/tasks/${task.id}/progress`, { version: task.version, percent: 20, reportedOn: '2026-06-09' });
    expect(first.status).toBe(201);
    const started = await epoch();
    expect(started).toBeGreaterThan(before!);
    expect((await dashboard())?.overdue).toBe(1);
    // Later reports write progress only.
    const second = await commune.post(`/api/tasks/${task.id}/progress`, { version: first.body.version, percent: 40, reportedOn: '2026-06-10' });
    expect(second.status).toBe(201);
    expect(await epoch()).toBe(started);
    expect((await dashboard())?.overdue).toBe(1);
  });
});
