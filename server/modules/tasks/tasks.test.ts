import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertUnitTree, type World } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type C = Awaited<ReturnType<typeof actorClient>>;

async function setup() {
  const w = await buildWorld(t.deps.db);
  const province = await actorClient(t, w.units.PC!.id, 'specialist');
  const provinceLeader = await actorClient(t, w.units.PC!.id, 'leader');
  const district = await actorClient(t, w.units.D1c!.id, 'specialist');
  const districtViewer = await actorClient(t, w.units.D1c!.id, 'viewer');
  const peer = await actorClient(t, w.units.D2c!.id, 'specialist');
  return { w, province, provinceLeader, district, districtViewer, peer };
}

async function provinceTaskForDistrict(s: Awaited<ReturnType<typeof setup>>) {
  const task = (await s.province.post('/api/tasks', { leadUnitId: s.w.units.P!.id, title: 'Sơ kết 5 năm Kết luận 03', dueDate: '2026-06-30', isKey: true })).body;
  const assigned = await s.province.post(`/api/tasks/${task.id}/assign`, { unitIds: [s.w.units.D1!.id] });
  expect(assigned.status).toBe(201);
  return { parent: task, child: assigned.body.items[0] };
}

const get = async (c: C, id: string) => (await c.get(`/api/tasks/${id}`)).body;

describe('task lifecycle', () => {
  it('goes not started → in progress → submitted → done, with the assigner verifying', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    expect(child.status).toBe('not_started');
    const r = await s.district.post(`/api/tasks/${child.id}/progress`, { version: child.version, reportedOn: '2026-03-02', percent: 50, note: 'Đã tổ chức ở 2/4 xã' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'in_progress', progress: 50 });
    const sub = await s.district.post(`/api/tasks/${child.id}/submit`, { version: r.body.version });
    expect(sub.body.status).toBe('submitted');
    const done = await s.provinceLeader.post(`/api/tasks/${child.id}/verify`, { version: sub.body.version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, completedOn: '2026-03-02' });
    const events = (await get(s.province, child.id)).events.map((e: { action: string }) => e.action);
    expect(events).toEqual(['assign', 'start', 'submit', 'verify']);
  });

  it('sends back with a reason (chưa đạt), then the result can be submitted again', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    const sub = await s.district.post(`/api/tasks/${child.id}/submit`, { version: child.version });
    const noReason = await s.provinceLeader.post(`/api/tasks/${child.id}/return`, { version: sub.body.version, reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(Object.keys(noReason.body.error.fields)).toEqual(['reason']);
    const back = await s.provinceLeader.post(`/api/tasks/${child.id}/return`, { version: sub.body.version, reason: 'Báo cáo thiếu số liệu các xã' });
    expect(back.body.status).toBe('returned');
    const again = await s.district.post(`/api/tasks/${child.id}/submit`, { version: back.body.version });
    expect(again.body.status).toBe('submitted');
    const detail = await get(s.province, child.id);
    expect(detail.events.find((e: { action: string }) => e.action === 'return').reason).toBe('Báo cáo thiếu số liệu các xã');
  });

  it('cancels only with a reason, and refuses a progress report on a cancelled task', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    const cancel = await s.province.post(`/api/tasks/${child.id}/cancel`, { version: child.version, reason: 'Gộp vào nhiệm vụ khác' });
    expect(cancel.body.status).toBe('cancelled');
    const report = await s.district.post(`/api/tasks/${child.id}/progress`, { version: cancel.body.version, reportedOn: '2026-03-02', percent: 10 });
    expect(report.status).toBe(409);
    expect(report.body.error.reason).toBe('TASK_CLOSED');
  });

  it('refuses the wrong side and the wrong role', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    // The district cannot verify or cancel what the province gave it.
    const sub = await s.district.post(`/api/tasks/${child.id}/submit`, { version: child.version });
    expect((await s.district.post(`/api/tasks/${child.id}/verify`, { version: sub.body.version })).status).toBe(403);
    expect((await s.district.post(`/api/tasks/${child.id}/cancel`, { version: sub.body.version, reason: 'x' })).status).toBe(403);
    // A viewer reports nothing.
    expect((await s.districtViewer.post(`/api/tasks/${child.id}/progress`, { version: sub.body.version, reportedOn: '2026-03-02', percent: 5 })).status).toBe(403);
    // Another district does not even see it.
    expect((await s.peer.get(`/api/tasks/${child.id}`)).status).toBe(404);
    expect((await s.peer.post(`/api/tasks/${child.id}/progress`, { version: sub.body.version, reportedOn: '2026-03-02', percent: 5 })).status).toBe(404);
  });

  it('nobody verifies their own task', async () => {
    const s = await setup();
    const internal = (await s.province.post('/api/tasks', { leadUnitId: s.w.units.PC!.id, title: 'Xây dựng báo cáo năm', dueDate: '2026-12-15' })).body;
    const sub = await s.province.post(`/api/tasks/${internal.id}/submit`, { version: internal.version });
    const self = await s.province.post(`/api/tasks/${internal.id}/verify`, { version: sub.body.version });
    expect(self.status).toBe(403);
    expect(self.body.error.reason).toBe('SELF_VERIFICATION');
    expect((await s.provinceLeader.post(`/api/tasks/${internal.id}/verify`, { version: sub.body.version })).status).toBe(200);
  });

  it('allows two deadline extensions, approved by the assigner; a third is refused', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    let due = '2026-06-30';
    for (const next of ['2026-07-31', '2026-08-31']) {
      const req = await s.district.post(`/api/tasks/${child.id}/extensions`, { requestedDueDate: next, reason: 'Chờ số liệu cơ sở' });
      expect(req.status).toBe(201);
      expect((await s.district.post(`/api/tasks/extensions/${req.body.id}/decide`, { approve: true })).status).toBe(403);
      expect((await s.provinceLeader.post(`/api/tasks/extensions/${req.body.id}/decide`, { approve: true })).body.status).toBe('approved');
      due = next;
    }
    const task = await get(s.district, child.id);
    expect(task.dueDate).toBe(due);
    expect(task.originalDueDate).toBe('2026-06-30');
    const third = await s.district.post(`/api/tasks/${child.id}/extensions`, { requestedDueDate: '2026-09-30', reason: 'Lần nữa' });
    expect(third.status).toBe(409);
    expect(third.body.error.reason).toBe('EXTENSION_LIMIT');
    expect(task.extensions.map((e: { status: string }) => e.status)).toEqual(['approved', 'approved']);
  });

  it('takes the extension limit from the settings', async () => {
    const strict = await createTestApp({ TASK_MAX_EXTENSIONS: '0' });
    try {
      const w = await buildWorld(strict.deps.db);
      const province = await actorClient(strict, w.units.PC!.id, 'specialist');
      const district = await actorClient(strict, w.units.D1c!.id, 'specialist');
      const task = (await province.post('/api/tasks', { leadUnitId: w.units.P!.id, title: 'Thử giới hạn gia hạn', dueDate: '2026-06-30' })).body;
      const child = (await province.post(`/api/tasks/${task.id}/assign`, { unitIds: [w.units.D1!.id] })).body.items[0];
      const req = await district.post(`/api/tasks/${child.id}/extensions`, { requestedDueDate: '2026-07-31', reason: 'Cần thêm thời gian' });
      expect(req.status).toBe(409);
      expect(req.body.error.reason).toBe('EXTENSION_LIMIT');
    } finally {
      await strict.close();
    }
  });

  it('a stale version changes nothing', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    expect((await s.district.post(`/api/tasks/${child.id}/progress`, { version: child.version, reportedOn: '2026-03-02', percent: 30 })).status).toBe(201);
    const stale = await s.district.post(`/api/tasks/${child.id}/progress`, { version: child.version, reportedOn: '2026-03-03', percent: 90 });
    expect(stale.status).toBe(409);
    const task = await get(s.district, child.id);
    expect(task.progress).toBe(30);
    expect(task.reports).toHaveLength(1);
  });
});

describe('editing', () => {
  it('the giving side edits a task; a new due date is in the history; the doing side cannot edit', async () => {
    const s = await setup();
    const { child } = await provinceTaskForDistrict(s);
    const body = { version: child.version, title: 'Sơ kết 5 năm Kết luận 03 (điều chỉnh)', dueDate: '2026-07-15', isKey: true, cooperatorIds: [s.w.units.C1!.id] };
    expect((await s.district.put(`/api/tasks/${child.id}`, body)).status).toBe(403);
    const edited = await s.province.put(`/api/tasks/${child.id}`, body);
    expect(edited.status).toBe(200);
    const detail = await get(s.district, child.id);
    expect(detail).toMatchObject({ title: 'Sơ kết 5 năm Kết luận 03 (điều chỉnh)', dueDate: '2026-07-15', originalDueDate: '2026-06-30', leadName: s.w.units.D1!.name, assignerName: s.w.units.P!.name });
    expect(detail.cooperators.map((c: { id: string }) => c.id)).toEqual([s.w.units.C1!.id]);
    expect(detail.events.find((e: { action: string }) => e.action === 'change_due_date').reason).toBe('2026-06-30 → 2026-07-15');
    expect((await s.province.put(`/api/tasks/${child.id}`, body)).status).toBe(409);
  });
});

describe('roll-up', () => {
  it('a province task assigned to 3 districts with 2 communes each shows the right % at every level', async () => {
    const w = await buildWorld(t.deps.db);
    const extra = await insertUnitTree(t.deps.db, [
      { key: 'root', name: `Gốc ${w.tag}`, kind: 'party_committee', level: 'central' },
    ]);
    void extra;
    // Three districts with two communes each, under a fresh province.
    const tree = await insertUnitTree(t.deps.db, [
      { key: 'R', name: `TW ${w.tag}`, kind: 'party_committee', level: 'central' },
      { key: 'P', parent: 'R', name: `Tỉnh ${w.tag}`, kind: 'party_committee', level: 'province' },
      ...[1, 2, 3].flatMap((d) => [
        { key: `D${d}`, parent: 'P', name: `Huyện ${d} ${w.tag}`, kind: 'party_committee' as const, level: 'district' as const },
        { key: `D${d}a`, parent: `D${d}`, name: `Xã ${d}a ${w.tag}`, kind: 'party_committee' as const, level: 'commune' as const },
        { key: `D${d}b`, parent: `D${d}`, name: `Xã ${d}b ${w.tag}`, kind: 'party_committee' as const, level: 'commune' as const },
      ]),
    ]);
    const province = await actorClient(t, tree.P!.id, 'specialist');
    const task = (await province.post('/api/tasks', { leadUnitId: tree.P!.id, title: 'Ra quân dân vận', dueDate: '2026-10-31' })).body;
    const districts = (await province.post(`/api/tasks/${task.id}/assign`, { unitIds: [tree.D1!.id, tree.D2!.id, tree.D3!.id] })).body.items as { id: string; leadUnitId: string }[];
    const percents: Record<string, number> = { D1a: 100, D1b: 50, D2a: 20, D2b: 0, D3a: 80, D3b: 40 };
    for (const d of [1, 2, 3]) {
      const dTask = districts.find((x) => x.leadUnitId === tree[`D${d}`]!.id)!;
      const dUser = await actorClient(t, tree[`D${d}`]!.id, 'specialist');
      const communes = (await dUser.post(`/api/tasks/${dTask.id}/assign`, { unitIds: [tree[`D${d}a`]!.id, tree[`D${d}b`]!.id] })).body.items as { id: string; leadUnitId: string; version: number }[];
      for (const c of communes) {
        const key = c.leadUnitId === tree[`D${d}a`]!.id ? `D${d}a` : `D${d}b`;
        const cUser = await actorClient(t, tree[key]!.id, 'reporter');
        expect((await cUser.post(`/api/tasks/${c.id}/progress`, { version: c.version, reportedOn: '2026-04-01', percent: percents[key] })).status).toBe(201);
      }
    }
    const top = await get(province, task.id);
    const byLead = Object.fromEntries((top.children as { leadUnitId: string; effectiveProgress: number }[]).map((c) => [c.leadUnitId, c.effectiveProgress]));
    expect(byLead[tree.D1!.id]).toBe(75);
    expect(byLead[tree.D2!.id]).toBe(10);
    expect(byLead[tree.D3!.id]).toBe(60);
    expect(top.effectiveProgress).toBe(Math.round((75 + 10 + 60) / 3));
    // A commune of district 1 sees its own task but not district 2's.
    const commune = await actorClient(t, tree.D1a!.id, 'reporter');
    const d2Task = (top.children as { id: string; leadUnitId: string }[]).find((c) => c.leadUnitId === tree.D2!.id)!;
    expect((await commune.get(`/api/tasks/${d2Task.id}`)).status).toBe(404);
  });
});

describe('deadline classes (the 2×2 of government task reporting)', () => {
  it('counts a hand-computed fixture whose tasks straddle the period and the deadlines', async () => {
    const s = await setup();
    const { w, province, provinceLeader } = s;
    // Period: first half of 2026; as of 2026-06-10 (the test clock's "today" is overridden by asOf).
    const make = async (leadUnitId: string, title: string, dueDate: string) => (await province.post('/api/tasks', { leadUnitId, title, dueDate })).body;
    const finish = async (task: { id: string; version: number }, lead: C, submittedOn: Date) => {
      t.setNow(submittedOn);
      const sub = await lead.post(`/api/tasks/${task.id}/submit`, { version: task.version });
      t.setNow(new Date('2026-06-15T03:00:00Z'));
      const v = await provinceLeader.post(`/api/tasks/${task.id}/verify`, { version: sub.body.version });
      expect(v.status).toBe(200);
    };
    const d1 = await actorClient(t, w.units.D1c!.id, 'specialist');
    const base = t.deps.now();
    try {
      // D1: done on time (due 03-31, submitted 03-20), done late (due 02-28, submitted 03-05),
      //     open overdue (due 05-31), open within deadline (due 06-20, and within 7 days of 06-10? no: 10 days),
      //     open within deadline due 06-15 (within 7 days), one due in July (outside the period), one due 2025-12-31 (outside).
      const onTime = await make(w.units.D1!.id, 'Đúng hạn', '2026-03-31');
      const late = await make(w.units.D1!.id, 'Trễ hạn', '2026-02-28');
      await make(w.units.D1!.id, 'Quá hạn', '2026-05-31');
      await make(w.units.D1!.id, 'Trong hạn', '2026-06-20');
      await make(w.units.C1!.id, 'Sắp đến hạn', '2026-06-15');
      await make(w.units.D1!.id, 'Ngoài kỳ (sau)', '2026-07-01');
      await make(w.units.D1!.id, 'Ngoài kỳ (trước)', '2025-12-31');
      // Done after the as-of date counts as not done, overdue at the as-of date.
      const doneAfter = await make(w.units.D1!.id, 'Xong sau ngày báo cáo', '2026-06-01');
      // Cancelled: left out. A P-level task: counted under the province itself ('').
      const cancelled = await make(w.units.D1!.id, 'Đã hủy', '2026-04-30');
      await province.post(`/api/tasks/${cancelled.id}/cancel`, { version: cancelled.version, reason: 'Không còn phù hợp' });
      await make(w.units.P!.id, 'Của tỉnh', '2026-01-15');
      await finish(onTime, d1, new Date('2026-03-20T03:00:00Z'));
      await finish(late, d1, new Date('2026-03-05T03:00:00Z'));
      await finish(doneAfter, d1, new Date('2026-06-12T03:00:00Z'));
    } finally {
      t.setNow(base);
    }
    const res = await province.get(`/api/tasks/deadlines?unitId=${w.units.P!.id}&from=2026-01-01&to=2026-06-30&asOf=2026-06-10`);
    expect(res.status).toBe(200);
    const rows = Object.fromEntries((res.body.rows as { child_id: string }[]).map((r) => [r.child_id, r]));
    expect(rows[w.units.D1!.id]).toMatchObject({
      unitName: w.units.D1!.name,
      done_on_time: 1,
      done_late: 1,
      open_within_deadline: 2,
      open_overdue: 2,
      due_within_7_days: 1,
    });
    expect(rows['']).toMatchObject({ open_overdue: 1, done_on_time: 0, open_within_deadline: 0 });
    expect(Object.keys(rows).sort()).toEqual(['', w.units.D1!.id].sort());
    // Drilling down lists exactly the tasks behind a number.
    const drill = await province.get(`/api/tasks?unitId=${w.units.D1!.id}&dueFrom=2026-01-01&dueTo=2026-06-30&deadlineClass=open_overdue&asOf=2026-06-10`);
    expect(drill.body.items.map((x: { title: string }) => x.title).sort()).toEqual(['Quá hạn', 'Xong sau ngày báo cáo']);
    const soon = await province.get(`/api/tasks?unitId=${w.units.D1!.id}&dueFrom=2026-01-01&dueTo=2026-06-30&deadlineClass=done_late&asOf=2026-06-10`);
    expect(soon.body.items.map((x: { title: string }) => x.title)).toEqual(['Trễ hạn']);
    // A district sees only its own subtree's numbers; the province's answers 404 to it.
    expect((await d1Of(w)).status).toBe(404);
  });
});

async function d1Of(w: World) {
  const d1 = await actorClient(t, w.units.D1c!.id, 'viewer');
  return d1.get(`/api/tasks/deadlines?unitId=${w.units.P!.id}&from=2026-01-01&to=2026-06-30`);
}
