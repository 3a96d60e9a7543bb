import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorClient } from '../../test/actors.ts';
import { buildWorld, insertTestPerson, TINY_PDF } from '../../test/factories.ts';
import { type Client, createTestApp, TEST_ORIGIN, type TestApp } from '../../test/test-app.ts';
import { files } from '../documents/documents.table.ts';
import { persons } from '../people/people.table.ts';
import { sendDueReminders } from './tasks.reminders.ts';
import { taskReminders } from './tasks.table.ts';
import { COLUMNS, SHEET_NAME } from './tasks.xlsx.ts';
import nodemailer from 'nodemailer';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setup() {
  const w = await buildWorld(t.deps.db);
  const province = await actorClient(t, w.units.PC!.id, 'specialist');
  const district = await actorClient(t, w.units.D1c!.id, 'specialist');
  const peer = await actorClient(t, w.units.D2c!.id, 'specialist');
  const programme = (await province.post('/api/programmes', { ownerUnitId: w.units.PC!.id, periodType: 'year', year: 2026, title: 'Chương trình công tác năm 2026' })).body;
  const person = await insertTestPerson(t.deps.db, w.units.PC!.id, `Nguyễn Văn Trách ${w.tag}`);
  const a = (
    await province.post('/api/tasks', {
      programmeId: programme.id,
      leadUnitId: w.units.PC!.id,
      cooperatorIds: [w.units.D1!.id],
      responsiblePersonId: person.id,
      title: 'Sơ kết 5 năm Kết luận 03',
      description: 'Tổ chức hội nghị sơ kết',
      startDate: '2026-02-01',
      dueDate: '2026-06-30',
      expectedProduct: 'report',
      field: 'mass_mobilization',
      priority: 'high',
      isKey: true,
    })
  ).body;
  const b = (await province.post('/api/tasks', { programmeId: programme.id, leadUnitId: w.units.D1!.id, title: 'Khảo sát tình hình nhân dân', dueDate: '2026-09-30' })).body;
  return { w, province, district, peer, programme, person, a, b };
}

/** Raw bytes of a GET, with the client's session. */
async function download(c: Client, path: string) {
  const res = await t.app.request(`${TEST_ORIGIN}${path}`, { headers: { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin', cookie: c.cookie ?? '' } });
  return { status: res.status, type: res.headers.get('content-type'), content: Buffer.from(await res.arrayBuffer()) };
}

async function open(content: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(SHEET_NAME)!;
}

const upload = (c: Client, path: string, content: Buffer, name = 'chuong-trinh.xlsx') => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(content)], name));
  return c.post(path, form);
};

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const col = (key: (typeof COLUMNS)[number]['key']) => COLUMNS.findIndex((c) => c.key === key) + 1;

describe('programme export and import (Excel)', () => {
  it('exports one row per task with Vietnamese headers, dates as dates', async () => {
    const s = await setup();
    const file = await download(s.province, `/api/programmes/${s.programme.id}/export.xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const ws = await open(file.content);
    expect(ws.getRow(1).getCell(1).value).toBe('STT');
    expect(ws.getRow(1).getCell(col('dueDate')).value).toBe('Hạn hoàn thành');
    expect(ws.rowCount).toBe(3);
    const row = [2, 3].map((n) => ws.getRow(n)).find((r) => r.getCell(col('id')).value === s.a.id)!;
    expect(row.getCell(col('title')).value).toBe('Sơ kết 5 năm Kết luận 03');
    expect(row.getCell(col('lead')).value).toBe(s.w.units.PC!.name);
    expect(row.getCell(col('cooperators')).value).toBe(s.w.units.D1!.name);
    expect(row.getCell(col('responsible')).value).toBe(`Nguyễn Văn Trách ${s.w.tag}`);
    expect(row.getCell(col('dueDate')).value).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(row.getCell(col('dueDate')).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(col('product')).value).toBe('Báo cáo');
    expect(row.getCell(col('priority')).value).toBe('Cao');
    expect(row.getCell(col('isKey')).value).toBe('x');
    expect(row.getCell(col('status')).value).toBe('Chưa thực hiện');
    expect(row.getCell(col('version')).value).toBe(s.a.version);
    // Out of scope: not found.
    expect((await download(s.peer, `/api/programmes/${s.programme.id}/export.xlsx`)).status).toBe(404);
  });

  it('round trip: re-importing the export unchanged changes nothing', async () => {
    const s = await setup();
    const file = await download(s.province, `/api/programmes/${s.programme.id}/export.xlsx`);
    const r = await upload(s.province, `/api/programmes/${s.programme.id}/import`, file.content);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const after = (await s.province.get(`/api/programmes/${s.programme.id}`)).body.tasks;
    expect(after.map((x: { version: number }) => x.version).sort()).toEqual([s.a.version, s.b.version].sort());
  });

  it('updates changed rows (dd/mm/yyyy text accepted) and creates rows without a Mã', async () => {
    const s = await setup();
    const ws = await open((await download(s.province, `/api/programmes/${s.programme.id}/export.xlsx`)).content);
    const rowA = [2, 3].find((n) => ws.getRow(n).getCell(col('id')).value === s.a.id)!;
    ws.getRow(rowA).getCell(col('dueDate')).value = '15/07/2026';
    ws.getRow(rowA).getCell(col('title')).value = 'Sơ kết 5 năm Kết luận 03 (sửa)';
    const n = ws.addRow([]);
    n.getCell(col('title')).value = 'Hội nghị đối thoại với nông dân';
    n.getCell(col('lead')).value = s.w.units.D1!.name;
    n.getCell(col('dueDate')).value = new Date('2026-10-31T00:00:00Z');
    n.getCell(col('priority')).value = 'Khẩn';
    const r = await upload(s.province, `/api/programmes/${s.programme.id}/import`, await toBuffer(ws.workbook));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const a = (await s.province.get(`/api/tasks/${s.a.id}`)).body;
    expect(a).toMatchObject({ title: 'Sơ kết 5 năm Kết luận 03 (sửa)', dueDate: '2026-07-15', version: s.a.version + 1, isKey: true, responsiblePersonId: s.person.id });
    expect(a.cooperators.map((c: { id: string }) => c.id)).toEqual([s.w.units.D1!.id]);
    const created = (await s.province.get(`/api/programmes/${s.programme.id}`)).body.tasks.find((x: { title: string }) => x.title === 'Hội nghị đối thoại với nông dân');
    expect(created).toMatchObject({ leadUnitId: s.w.units.D1!.id, assignerUnitId: s.w.units.PC!.id, dueDate: '2026-10-31', priority: 'urgent' });
    const audit = (await s.province.get(`/api/audit?entity=task&entityId=${s.a.id}`)).body;
    expect(JSON.stringify(audit)).toContain('nhập Excel');
  });

  it('one bad row: the error names the row and column, and nothing is saved', async () => {
    const s = await setup();
    const ws = await open((await download(s.province, `/api/programmes/${s.programme.id}/export.xlsx`)).content);
    ws.getRow(2).getCell(col('title')).value = 'Đổi tên nhưng không được lưu';
    const bad = ws.addRow([]);
    bad.getCell(col('title')).value = 'Dòng lỗi';
    bad.getCell(col('lead')).value = s.w.units.D1!.name;
    bad.getCell(col('dueDate')).value = '31/02/2026';
    const unknown = ws.addRow([]);
    unknown.getCell(col('title')).value = 'Đơn vị lạ';
    unknown.getCell(col('lead')).value = 'Đơn vị không tồn tại';
    unknown.getCell(col('dueDate')).value = '01/12/2026';
    const r = await upload(s.province, `/api/programmes/${s.programme.id}/import`, await toBuffer(ws.workbook));
    expect(r.status).toBe(422);
    expect(r.body.error.fields['row 4, Hạn hoàn thành']).toMatch(/^Ngày không hợp lệ/u);
    expect(Object.keys(r.body.error.fields).sort()).toEqual(['row 4, Hạn hoàn thành', 'row 5, Đơn vị chủ trì']);
    expect(r.body.error.message).toContain('row 4, Hạn hoàn thành');
    const after = (await s.province.get(`/api/programmes/${s.programme.id}`)).body.tasks;
    expect(after).toHaveLength(2);
    expect(after.map((x: { title: string }) => x.title)).not.toContain('Đổi tên nhưng không được lưu');
  });

  it('a changed row exported at an old version is refused by its Phiên bản', async () => {
    const s = await setup();
    const ws = await open((await download(s.province, `/api/programmes/${s.programme.id}/export.xlsx`)).content);
    await s.province.post(`/api/tasks/${s.a.id}/progress`, { version: s.a.version, reportedOn: '2026-03-01', percent: 10 });
    const rowA = [2, 3].find((n) => ws.getRow(n).getCell(col('id')).value === s.a.id)!;
    ws.getRow(rowA).getCell(col('title')).value = 'Sửa trên bản cũ';
    const r = await upload(s.province, `/api/programmes/${s.programme.id}/import`, await toBuffer(ws.workbook));
    expect(r.status).toBe(422);
    expect(Object.keys(r.body.error.fields)).toEqual([`row ${rowA}, Phiên bản`]);
  });

  it('a file that is not XLSX is refused clearly', async () => {
    const s = await setup();
    const r = await upload(s.province, `/api/programmes/${s.programme.id}/import`, TINY_PDF, 'gia-mao.xlsx');
    expect(r.status).toBe(422);
    expect(r.body.error.fields.file).toMatch(/Excel|xlsx/u);
    const none = await s.province.post(`/api/programmes/${s.programme.id}/import`, new FormData());
    expect(none.status).toBe(422);
  });
});

describe('task list export', () => {
  it('exports the filtered list, same columns', async () => {
    const s = await setup();
    const file = await download(s.province, `/api/tasks/export.xlsx?programmeId=${s.programme.id}&keyOnly=true`);
    expect(file.status).toBe(200);
    const ws = await open(file.content);
    expect(ws.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(col('id')).value).toBe(s.a.id);
    const all = await open((await download(s.province, `/api/tasks/export.xlsx?programmeId=${s.programme.id}`)).content);
    expect(all.rowCount).toBe(3);
    expect((await download(s.province, '/api/tasks/export.xlsx?dueFrom=x')).status).toBe(422);
  });
});

describe('bulk progress', () => {
  it('saves every report at once', async () => {
    const s = await setup();
    const r = await s.province.post('/api/tasks/bulk-progress', {
      reportedOn: '2026-03-02',
      items: [
        { taskId: s.a.id, version: s.a.version, percent: 30, note: 'Đã họp chuẩn bị' },
        { taskId: s.b.id, version: s.b.version, percent: 50 },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.items.map((x: { progress: number; status: string }) => [x.progress, x.status])).toEqual([
      [30, 'in_progress'],
      [50, 'in_progress'],
    ]);
    expect((await s.province.get(`/api/tasks/${s.a.id}`)).body.reports).toHaveLength(1);
  });

  it('all or nothing: one refusal saves nothing and names the failing tasks', async () => {
    const s = await setup();
    const cancelled = await s.province.post(`/api/tasks/${s.b.id}/cancel`, { version: s.b.version, reason: 'Trùng' });
    const r = await s.province.post('/api/tasks/bulk-progress', {
      reportedOn: '2026-03-02',
      items: [
        { taskId: s.a.id, version: s.a.version, percent: 30 },
        { taskId: s.b.id, version: cancelled.body.version, percent: 50 },
      ],
    });
    expect(r.status).toBe(409);
    expect(r.body.error.reason).toBe('BULK_REFUSED');
    expect(r.body.error.data.failures).toEqual([{ taskId: s.b.id, reason: 'TASK_CLOSED' }]);
    expect(r.body.error.message).toContain(s.b.id);
    const a = (await s.province.get(`/api/tasks/${s.a.id}`)).body;
    expect(a).toMatchObject({ progress: 0, version: s.a.version, reports: [] });
    // A stale version is named too; a task out of sight answers 404.
    const stale = await s.province.post('/api/tasks/bulk-progress', { reportedOn: '2026-03-02', items: [{ taskId: s.a.id, version: s.a.version + 5, percent: 30 }] });
    expect(stale.body.error.data.failures).toEqual([{ taskId: s.a.id, reason: 'STALE_VERSION' }]);
    expect((await s.peer.post('/api/tasks/bulk-progress', { reportedOn: '2026-03-02', items: [{ taskId: s.a.id, version: s.a.version, percent: 30 }] })).status).toBe(404);
  });
});

describe('evidence on progress reports', () => {
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('anh-minh-chung')]);
  const form = (content: Buffer, name: string) => {
    const f = new FormData();
    f.append('file', new File([new Uint8Array(content)], name));
    return f;
  };

  it('uploads, stores each file once, lists them in the detail, refuses other types', async () => {
    const s = await setup();
    await s.province.post(`/api/tasks/${s.a.id}/progress`, { version: s.a.version, reportedOn: '2026-03-01', percent: 20 });
    await s.province.post(`/api/tasks/${s.a.id}/progress`, { version: s.a.version + 1, reportedOn: '2026-03-02', percent: 40 });
    const [r1, r2] = (await s.province.get(`/api/tasks/${s.a.id}`)).body.reports;
    const filesBefore = (await t.deps.db.select({ sha256: files.sha256 }).from(files)).length;
    const up = await s.province.post(`/api/tasks/${s.a.id}/reports/${r1.id}/files`, form(PNG, 'anh-hoi-nghi.png'));
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ fileName: 'anh-hoi-nghi.png', mediaType: 'image/png', size: PNG.length });
    // Same bytes on another report: one more link, no second copy.
    expect((await s.province.post(`/api/tasks/${s.a.id}/reports/${r2.id}/files`, form(PNG, 'anh.png'))).status).toBe(201);
    expect((await t.deps.db.select({ sha256: files.sha256 }).from(files)).length).toBe(filesBefore + 1);
    // Photos larger than the 1 MB JSON body limit go through.
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024, 7)]);
    expect((await s.province.post(`/api/tasks/${s.a.id}/reports/${r2.id}/files`, form(big, 'anh-lon.png'))).status).toBe(201);
    // Same file on the same report: refused.
    expect((await s.province.post(`/api/tasks/${s.a.id}/reports/${r1.id}/files`, form(PNG, 'lai.png'))).status).toBe(409);
    // Checked by content, not by name.
    const fake = await s.province.post(`/api/tasks/${s.a.id}/reports/${r1.id}/files`, form(Buffer.from('MZ not really a pdf'), 'bao-cao.pdf'));
    expect(fake.status).toBe(422);
    expect(Object.keys(fake.body.error.fields)).toEqual(['file']);
    // A report of another task: not found.
    expect((await s.province.post(`/api/tasks/${s.b.id}/reports/${r1.id}/files`, form(TINY_PDF, 'x.pdf'))).status).toBe(404);
    const detail = (await s.province.get(`/api/tasks/${s.a.id}`)).body;
    expect(detail.reports[0].files).toEqual([{ fileName: 'anh-hoi-nghi.png', sha256: up.body.sha256, size: PNG.length, mediaType: 'image/png' }]);
    expect(detail.reports[1].files.map((f: { fileName: string }) => f.fileName).sort()).toEqual(['anh-lon.png', 'anh.png']);
  });
});

describe('deadline reminders by e-mail', () => {
  it('mails each responsible person their tasks due within 3 days or overdue, once a day', async () => {
    const s = await setup();
    const db = t.deps.db;
    await db.update(persons).set({ email: 'trach@example.vn' }).where(eq(persons.id, s.person.id));
    const other = await insertTestPerson(db, s.w.units.D1c!.id, `Trần Thị Hạn ${s.w.tag}`, { email: 'han@example.vn' });
    const noMail = await insertTestPerson(db, s.w.units.D1c!.id, `Lê Không Thư ${s.w.tag}`);
    const make = async (title: string, dueDate: string, responsiblePersonId: string) =>
      (await s.province.post('/api/tasks', { programmeId: s.programme.id, leadUnitId: s.w.units.PC!.id, title, dueDate, responsiblePersonId })).body;
    const now = new Date('2026-03-02T02:00:00Z');
    const soon = await make('Báo cáo tháng 3', '2026-03-05', s.person.id);
    const overdue = await make('Báo cáo tháng 2', '2026-02-25', s.person.id);
    await make('Còn xa', '2026-03-06', s.person.id);
    const theirs = await make('Kế hoạch giám sát', '2026-03-02', other.id);
    await make('Không có thư', '2026-03-03', noMail.id);
    const done = await make('Đã hủy', '2026-03-03', other.id);
    await s.province.post(`/api/tasks/${done.id}/cancel`, { version: done.version, reason: 'Bỏ' });

    const transport = nodemailer.createTransport({ jsonTransport: true });
    const first = await sendDueReminders(db, now, transport);
    const mine = first.sent.filter((m) => m.to === 'trach@example.vn' || m.to === 'han@example.vn');
    expect(mine.map((m) => [m.to, [...m.taskIds].sort()]).sort()).toEqual(
      [
        ['han@example.vn', [theirs.id]],
        ['trach@example.vn', [soon.id, overdue.id].sort()],
      ].sort(),
    );
    expect(first.failed).toEqual([]);
    expect(await db.select().from(taskReminders).where(eq(taskReminders.taskId, soon.id))).toEqual([{ taskId: soon.id, sentOn: '2026-03-02' }]);

    const second = await sendDueReminders(db, new Date('2026-03-02T10:00:00Z'), transport);
    expect(second.sent).toEqual([]);
    // Next day: reminded again.
    const next = await sendDueReminders(db, new Date('2026-03-03T02:00:00Z'), transport);
    expect(next.sent.some((m) => m.to === 'trach@example.vn')).toBe(true);
  });

  it('writes the message with the tasks and their due dates', async () => {
    const s = await setup();
    const db = t.deps.db;
    await db.update(persons).set({ email: 'mot@example.vn' }).where(eq(persons.id, s.person.id));
    await s.province.post('/api/tasks', { programmeId: s.programme.id, leadUnitId: s.w.units.PC!.id, title: 'Nộp báo cáo quý', dueDate: '2026-03-04', responsiblePersonId: s.person.id });
    const messages: { to: string; subject: string; text: string }[] = [];
    const transport = {
      sendMail: async (m: { to: string; subject: string; text: string }) => {
        messages.push(m);
        return nodemailer.createTransport({ jsonTransport: true }).sendMail(m);
      },
    };
    await sendDueReminders(db, new Date('2026-03-02T02:00:00Z'), transport as never, 'Ban Dân vận <bdv@example.vn>');
    const m = messages.find((x) => x.to.includes('mot@example.vn'))!;
    expect(m.text).toContain('Nộp báo cáo quý — hạn 04/03/2026');
    expect(m.subject).toContain('nhiệm vụ sắp đến hạn');
  });
});
