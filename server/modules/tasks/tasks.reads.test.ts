import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertTestPerson, TINY_PDF } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { files } from '../documents/documents.table.ts';
import { units } from '../units/units.table.ts';
import { presentTask } from './tasks.presenter.ts';
import { taskCooperators, taskEvents, taskExtensions, taskReportFiles, taskReports, tasks } from './tasks.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setup() {
  const w = await buildWorld(t.deps.db);
  const province = await actorClient(t, w.units.PC!.id, 'specialist');
  const provinceLeader = await actorClient(t, w.units.PC!.id, 'leader');
  const district = await actorClient(t, w.units.D1c!.id, 'specialist');
  return { w, province, provinceLeader, district };
}

describe('task list', () => {
  it('answers the total with every page, also past the end, and pages through ties without repeating', async () => {
    const { w, district } = await setup();
    // Seven tasks share due date and title: only the id tells them apart.
    for (let i = 0; i < 7; i++) expect((await district.post('/api/tasks', { leadUnitId: w.units.D1!.id, title: 'Họp giao ban', dueDate: '2026-05-01' })).status).toBe(201);
    for (let i = 0; i < 5; i++) await district.post('/api/tasks', { leadUnitId: w.units.C1!.id, title: `Việc ${i}`, dueDate: `2026-06-0${i + 1}` });
    const page = (n: number) => district.get(`/api/tasks?view=all&page=${n}&pageSize=5`);
    const pages = [await page(1), await page(2), await page(3)];
    expect(pages.map((p) => [p.body.items.length, p.body.total])).toEqual([
      [5, 12],
      [5, 12],
      [2, 12],
    ]);
    const ids = pages.flatMap((p) => p.body.items.map((x: { id: string }) => x.id));
    expect(new Set(ids).size).toBe(12);
    const tied = pages.flatMap((p) => p.body.items).filter((x: { title: string }) => x.title === 'Họp giao ban');
    expect(tied.map((x: { id: string }) => x.id)).toEqual(tied.map((x: { id: string }) => x.id).sort());
    const past = await page(9);
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ items: [], total: 12, page: 9, pageSize: 5 });
    const none = await district.get('/api/tasks?view=all&q=khong-co-viec-nao&page=1&pageSize=5');
    expect(none.body).toMatchObject({ items: [], total: 0 });
    expect((await district.get('/api/tasks?view=all&q=khong-co-viec-nao&page=2&pageSize=5')).body.total).toBe(0);
  });

  it('lists what a list row shows, with the lead unit, and leaves the free text to the task page', async () => {
    const { w, district } = await setup();
    const person = await insertTestPerson(t.deps.db, w.units.D1c!.id, `Phạm Văn Phụ Trách ${w.tag}`);
    const created = (
      await district.post('/api/tasks', {
        leadUnitId: w.units.C1!.id,
        title: 'Sơ kết mô hình dân vận khéo',
        description: 'Mô tả dài chỉ hiện ở trang nhiệm vụ',
        sourceNote: 'Kế hoạch 12-KH/HU',
        responsiblePersonId: person.id,
        startDate: '2026-02-01',
        dueDate: '2026-04-30',
        expectedProduct: 'report',
        field: 'mass_mobilization',
        priority: 'high',
        isKey: true,
        weight: 2,
      })
    ).body;
    const [item] = (await district.get(`/api/tasks?view=all&q=${encodeURIComponent('dân vận khéo')}`)).body.items;
    const { description: _d, sourceNote: _s, ...expected } = created;
    expect(item).toEqual({ ...expected, leadName: w.units.C1!.name });
    expect(item).not.toHaveProperty('description');
  });
});

describe('task page', () => {
  it('returns the collections exactly as the tables hold them: dates as text, timestamps to the millisecond, numbers as numbers', async () => {
    const { w, province, provinceLeader, district } = await setup();
    const db = t.deps.db;
    const step = (iso: string) => t.setNow(new Date(iso));
    const base = t.deps.now();
    try {
      step('2026-03-02T02:00:00.101Z');
      const programme = (await province.post('/api/programmes', { ownerUnitId: w.units.PC!.id, periodType: 'year', year: 2026, title: `Chương trình ${w.tag}` })).body;
      const parent = (
        await province.post('/api/tasks', {
          programmeId: programme.id,
          leadUnitId: w.units.P!.id,
          cooperatorIds: [w.units.D2!.id, w.units.C1!.id],
          title: 'Tổng kết công tác dân vận',
          description: 'Có mô tả',
          dueDate: '2026-09-30',
        })
      ).body;
      step('2026-03-03T02:00:00.202Z');
      const [d1Task] = (await province.post(`/api/tasks/${parent.id}/assign`, { unitIds: [w.units.D1!.id, w.units.D2!.id], dueDate: '2026-08-31' })).body.items;
      step('2026-03-04T02:00:00.303Z');
      const reported = await district.post(`/api/tasks/${d1Task.id}/progress`, { version: d1Task.version, reportedOn: '2026-03-04', percent: 35, note: 'Đã họp 3/5 xã' });
      expect(reported.status).toBe(201);
      const [report] = (await district.get(`/api/tasks/${d1Task.id}`)).body.reports;
      expect((await district.post(`/api/tasks/${d1Task.id}/reports/${report.id}/files`, pdfForm('bien-ban.pdf'))).status).toBe(201);
      step('2026-03-05T02:00:00.404Z');
      const ext = (await district.post(`/api/tasks/${d1Task.id}/extensions`, { requestedDueDate: '2026-09-15', reason: 'Chờ số liệu' })).body;
      // Microseconds, as now() writes them: the page shows them cut to the millisecond.
      await db.update(taskExtensions).set({ createdAt: sql`'2026-03-05 09:00:00.456789+07'::timestamptz` }).where(eq(taskExtensions.id, ext.id));
      step('2026-03-06T02:00:00.505Z');
      expect((await provinceLeader.post(`/api/tasks/extensions/${ext.id}/decide`, { approve: true, note: 'Đồng ý' })).status).toBe(200);

      for (const [taskId, viewer] of [
        [parent.id, province],
        [d1Task.id, district],
      ] as const) {
        const detail = (await viewer.get(`/api/tasks/${taskId}`)).body;
        const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId));
        const children = await db.select().from(tasks).where(eq(tasks.parentId, taskId)).orderBy(asc(tasks.dueDate), asc(tasks.createdAt), asc(tasks.id));
        const events = await db.select().from(taskEvents).where(eq(taskEvents.taskId, taskId)).orderBy(asc(taskEvents.at));
        const extensions = await db.select().from(taskExtensions).where(eq(taskExtensions.taskId, taskId)).orderBy(asc(taskExtensions.createdAt));
        const reports = await db.select().from(taskReports).where(eq(taskReports.taskId, taskId)).orderBy(asc(taskReports.reportedOn), asc(taskReports.createdAt));
        const evidence = await db.select({ reportId: taskReportFiles.reportId, fileName: taskReportFiles.fileName, sha256: files.sha256, size: files.size, mediaType: files.mediaType }).from(taskReportFiles).innerJoin(files, eq(files.sha256, taskReportFiles.fileSha256));
        const cooperators = await db.select({ id: units.id, name: units.name }).from(taskCooperators).innerJoin(units, eq(units.id, taskCooperators.unitId)).where(eq(taskCooperators.taskId, taskId)).orderBy(asc(units.sortKey));
        expect(detail).toMatchObject(presentTask(task!));
        expect(detail.children).toEqual(children.map(presentTask));
        expect(detail.cooperators).toEqual(cooperators);
        expect(detail.events).toEqual(events.map((e) => ({ ...e, at: e.at.toISOString() })));
        expect(detail.extensions).toEqual(extensions.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), decidedAt: e.decidedAt?.toISOString() ?? null })));
        expect(detail.reports).toEqual(
          reports.map((r) => ({
            id: r.id,
            reportedOn: r.reportedOn,
            percent: r.percent,
            note: r.note,
            byUserId: r.byUserId,
            files: evidence.filter((f) => f.reportId === r.id).map(({ reportId: _r, ...f }) => f),
          })),
        );
      }

      const child = (await district.get(`/api/tasks/${d1Task.id}`)).body;
      expect(child).toMatchObject({ leadName: w.units.D1!.name, assignerName: w.units.P!.name, programmeTitle: programme.title, parentTitle: parent.title, dueDate: '2026-09-15', progress: 35 });
      expect(child.events.map((e: { action: string; at: string }) => [e.action, e.at])).toEqual([
        ['assign', '2026-03-03T02:00:00.202Z'],
        ['start', '2026-03-04T02:00:00.303Z'],
        ['request_extension', '2026-03-05T02:00:00.404Z'],
        ['approve_extension', '2026-03-06T02:00:00.505Z'],
      ]);
      expect(child.extensions).toEqual([
        expect.objectContaining({ status: 'approved', requestedDueDate: '2026-09-15', previousDueDate: '2026-08-31', createdAt: '2026-03-05T02:00:00.456Z', decidedAt: '2026-03-06T02:00:00.505Z', decisionNote: 'Đồng ý' }),
      ]);
      expect(child.reports).toEqual([
        { id: report.id, reportedOn: '2026-03-04', percent: 35, note: 'Đã họp 3/5 xã', byUserId: district.userId, files: [expect.objectContaining({ fileName: 'bien-ban.pdf', size: TINY_PDF.length, mediaType: 'application/pdf' })] },
      ]);
      expect(child.abilities).toMatchObject({ report: true, verify: false, cancel: false });
      const top = (await province.get(`/api/tasks/${parent.id}`)).body;
      // Children are whole tasks on the page, description included.
      expect(top.children.map((c: { leadUnitId: string; description: string | null }) => [c.leadUnitId, c.description]).sort()).toEqual(
        [
          [w.units.D1!.id, 'Có mô tả'],
          [w.units.D2!.id, 'Có mô tả'],
        ].sort(),
      );
      expect(top.cooperators.map((c: { id: string }) => c.id).sort()).toEqual([w.units.D2!.id, w.units.C1!.id].sort());
      expect(top).toMatchObject({ parentTitle: null, reports: [], extensions: [], abilities: { cancel: true, edit: true } });
      // Out of scope: the whole page answers 404, collections included.
      const peer = await actorClient(t, w.units.D2c!.id, 'specialist');
      expect((await peer.get(`/api/tasks/${d1Task.id}`)).status).toBe(404);
    } finally {
      t.setNow(base);
    }
  });
});

describe('deadline dashboard', () => {
  it("counts under the actor's own root without naming it, with the same answer as naming it", async () => {
    const { w, province } = await setup();
    await province.post('/api/tasks', { leadUnitId: w.units.D1!.id, title: 'Của huyện', dueDate: '2026-04-30' });
    await province.post('/api/tasks', { leadUnitId: w.units.P!.id, title: 'Của tỉnh', dueDate: '2026-05-31' });
    const q = 'from=2026-01-01&to=2026-12-31&asOf=2026-06-10';
    const implicit = await province.get(`/api/tasks/deadlines?${q}`);
    const named = await province.get(`/api/tasks/deadlines?unitId=${w.units.P!.id}&${q}`);
    expect(implicit.status).toBe(200);
    expect(implicit.body).toEqual(named.body);
    const rows = Object.fromEntries((implicit.body.rows as { child_id: string }[]).map((r) => [r.child_id, r]));
    expect(implicit.body.unitId).toBe(w.units.P!.id);
    expect(rows['']).toEqual({ child_id: '', done_on_time: 0, done_late: 0, open_within_deadline: 0, open_overdue: 1, due_within_7_days: 0, unitId: w.units.P!.id, unitName: w.units.P!.name, sortKey: '' });
    expect(rows[w.units.D1!.id]).toMatchObject({ open_overdue: 1, unitId: w.units.D1!.id, unitName: w.units.D1!.name, sortKey: w.units.D1!.sortKey });
    // A unit under the root is looked up in the scope: its own subtree only.
    const d1 = await province.get(`/api/tasks/deadlines?unitId=${w.units.D1!.id}&${q}`);
    expect(d1.body.rows).toEqual([expect.objectContaining({ child_id: '', unitId: w.units.D1!.id, unitName: w.units.D1!.name, open_overdue: 1 })]);
  });
});

function pdfForm(name: string) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(TINY_PDF)], name, { type: 'application/pdf' }));
  return form;
}
