/**
 * The authorization matrix: every API route × every role × the unit the record
 * belongs to (own unit, child, parent, peer, dissolved predecessor), on a
 * fresh world per case. Expected answers come from one table below plus the
 * role → permission table in shared/access.ts. A route that declares no guard,
 * or that is missing from this table, fails the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Permission, ROLES, type Role, roleCan } from '../../shared/access.ts';
import {
  buildWorld,
  insertTestGroup,
  insertTestPerson,
  insertTestDocument,
  insertTestPosition,
  insertTestTasks,
  insertTestUser,
  openTestSession,
  RELATIONS,
  type Relation,
  TEST_PASSWORD,
  TINY_PDF,
  type World,
} from '../test/factories.ts';
import { clientFor, createTestApp, type TestApp } from '../test/test-app.ts';
import { intakeBatches, intakeTexts } from '../modules/text-extraction/intake.table.ts';
import { routeGuardOf } from './auth.ts';

interface Fixture {
  world: World;
  doc: { docId: string; centralId: string; attachmentId: string; milestoneId: string };
  task: { openId: string; submittedId: string; extensionId: string; programmeId: string; reportId: string; evidenceSha: string };
  unit: World['relationUnit'][Relation];
  personId: string;
  positionId: string;
  groupId: string;
  userId: string;
  actor: { id: string; username: string };
  intake: { textId: string; batchId: string };
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  route: string;
  guard: Permission | 'signed-in' | 'public';
  request: (f: Fixture) => { path: string; body?: unknown };
  /** The status when the role holds the permission, by relation of the record's unit. */
  expect: Record<Relation, number>;
}

const visible = (ok: number, predecessor = ok) => ({ own: ok, child: ok, parent: 404, peer: 404, predecessor });
const everywhere = (ok: number) => ({ own: ok, child: ok, parent: ok, peer: ok, predecessor: ok });
/** Records read downwards too: the parent's record is readable from below. */
const readableDown = (ok: number) => ({ own: ok, child: ok, parent: ok, peer: 404, predecessor: ok });
/** …but changed only inside the scope: the parent's record answers 403. */
const writableDown = (ok: number) => ({ own: ok, child: ok, parent: 403, peer: 404, predecessor: ok });

const unitBody = (f: Fixture) => ({
  version: f.unit.version,
  name: `${f.unit.name} (sửa)`,
  kind: f.unit.kind,
  level: f.unit.level,
});

/** A PDF upload; distinct from the fixture's evidence file, so it is never a duplicate. */
const pdfForm = () => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(Buffer.concat([TINY_PDF, Buffer.from('% minh chung moi\n')]))], 'minh-chung.pdf', { type: 'application/pdf' }));
  return form;
};

const TABLE: RouteCase[] = [
  { method: 'GET', route: '/api/health', guard: 'public', request: () => ({ path: '/api/health' }), expect: everywhere(200) },
  { method: 'GET', route: '/api/openapi.json', guard: 'public', request: () => ({ path: '/api/openapi.json' }), expect: everywhere(200) },
  {
    method: 'POST',
    route: '/api/auth/login',
    guard: 'public',
    request: (f) => ({ path: '/api/auth/login', body: { username: f.actor.username, password: TEST_PASSWORD } }),
    expect: everywhere(200),
  },
  { method: 'POST', route: '/api/auth/logout', guard: 'public', request: () => ({ path: '/api/auth/logout', body: {} }), expect: everywhere(200) },
  { method: 'GET', route: '/api/auth/me', guard: 'signed-in', request: () => ({ path: '/api/auth/me' }), expect: everywhere(200) },
  {
    method: 'POST',
    route: '/api/auth/password',
    guard: 'signed-in',
    request: () => ({ path: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-dai' } }),
    expect: everywhere(200),
  },
  { method: 'PUT', route: '/api/auth/language', guard: 'signed-in', request: () => ({ path: '/api/auth/language', body: { language: 'en' } }), expect: everywhere(200) },

  { method: 'GET', route: '/api/units', guard: 'unit.read', request: (f) => ({ path: `/api/units?under=${f.unit.id}` }), expect: visible(200) },
  { method: 'GET', route: '/api/units/tree', guard: 'unit.read', request: (f) => ({ path: `/api/units/tree?parentId=${f.unit.id}` }), expect: visible(200) },
  { method: 'GET', route: '/api/units/:id', guard: 'unit.read', request: (f) => ({ path: `/api/units/${f.unit.id}` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/units',
    guard: 'unit.write',
    request: (f) => ({ path: '/api/units', body: { parentId: f.unit.id, name: 'Chi hội Khuyến học', kind: 'mass_association', level: 'commune' } }),
    expect: visible(201, 409),
  },
  { method: 'PUT', route: '/api/units/:id', guard: 'unit.write', request: (f) => ({ path: `/api/units/${f.unit.id}`, body: unitBody(f) }), expect: visible(200, 409) },
  {
    method: 'POST',
    route: '/api/units/:id/dissolve',
    guard: 'unit.reorganize',
    request: (f) => ({ path: `/api/units/${f.unit.id}/dissolve`, body: { version: f.unit.version, date: '2025-06-30', successorId: f.world.units.D1?.id } }),
    expect: visible(200, 409),
  },
  {
    method: 'POST',
    route: '/api/units/merge',
    guard: 'unit.reorganize',
    request: (f) => ({ path: '/api/units/merge', body: { unitIds: [f.unit.id], successorId: f.world.units.D1?.id, date: '2025-06-30' } }),
    expect: visible(200, 409),
  },

  { method: 'GET', route: '/api/groups', guard: 'group.read', request: () => ({ path: '/api/groups' }), expect: everywhere(200) },
  { method: 'GET', route: '/api/groups/:id', guard: 'group.read', request: (f) => ({ path: `/api/groups/${f.groupId}` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/groups',
    guard: 'group.write',
    request: (f) => ({ path: '/api/groups', body: { ownerUnitId: f.unit.id, kind: 'bloc', name: 'Khối thi đua mới', memberIds: [f.unit.id] } }),
    expect: visible(201),
  },
  {
    method: 'PUT',
    route: '/api/groups/:id',
    guard: 'group.write',
    request: (f) => ({ path: `/api/groups/${f.groupId}`, body: { version: 1, ownerUnitId: f.unit.id, kind: 'cluster', name: 'Cụm đổi tên', memberIds: [f.unit.id] } }),
    expect: visible(200),
  },
  { method: 'DELETE', route: '/api/groups/:id', guard: 'group.write', request: (f) => ({ path: `/api/groups/${f.groupId}?version=1` }), expect: visible(200) },

  { method: 'GET', route: '/api/persons', guard: 'person.read', request: (f) => ({ path: `/api/persons?unitId=${f.unit.id}` }), expect: visible(200) },
  { method: 'GET', route: '/api/persons/:id', guard: 'person.read', request: (f) => ({ path: `/api/persons/${f.personId}` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/persons',
    guard: 'person.write',
    request: (f) => ({ path: '/api/persons', body: { unitId: f.unit.id, fullName: 'Nguyễn Thị Mai' } }),
    expect: visible(201, 422),
  },
  {
    method: 'PUT',
    route: '/api/persons/:id',
    guard: 'person.write',
    request: (f) => ({ path: `/api/persons/${f.personId}`, body: { version: 1, unitId: f.unit.id, fullName: 'Trần Văn Bình' } }),
    expect: visible(200),
  },
  { method: 'DELETE', route: '/api/persons/:id', guard: 'person.write', request: (f) => ({ path: `/api/persons/${f.personId}?version=1` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/persons/:id/positions',
    guard: 'person.write',
    request: (f) => ({ path: `/api/persons/${f.personId}/positions`, body: { unitId: f.unit.id, title: 'Ủy viên' } }),
    expect: visible(201, 422),
  },
  { method: 'GET', route: '/api/positions/by-unit/:id', guard: 'person.read', request: (f) => ({ path: `/api/positions/by-unit/${f.unit.id}` }), expect: visible(200) },
  {
    method: 'PUT',
    route: '/api/positions/:id',
    guard: 'person.write',
    request: (f) => ({ path: `/api/positions/${f.positionId}`, body: { version: 1, unitId: f.unit.id, title: 'Phó Trưởng ban', endDate: '2025-12-31' } }),
    expect: visible(200),
  },
  { method: 'DELETE', route: '/api/positions/:id', guard: 'person.write', request: (f) => ({ path: `/api/positions/${f.positionId}?version=1` }), expect: visible(200) },

  { method: 'GET', route: '/api/users', guard: 'user.read', request: (f) => ({ path: `/api/users?unitId=${f.unit.id}` }), expect: visible(200) },
  { method: 'GET', route: '/api/users/:id', guard: 'user.read', request: (f) => ({ path: `/api/users/${f.userId}` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/users',
    guard: 'user.write',
    request: (f) => ({
      path: '/api/users',
      body: { username: `moi.${f.world.tag}`, displayName: 'Người dùng mới', unitId: f.unit.id, role: 'viewer', password: 'mat-khau-du-dai' },
    }),
    expect: visible(201, 422),
  },
  {
    method: 'PUT',
    route: '/api/users/:id',
    guard: 'user.write',
    request: (f) => ({ path: `/api/users/${f.userId}`, body: { version: 1, displayName: 'Tên mới', unitId: f.unit.id, role: 'reporter', active: true } }),
    expect: visible(200),
  },
  {
    method: 'POST',
    route: '/api/users/:id/password',
    guard: 'user.write',
    request: (f) => ({ path: `/api/users/${f.userId}/password`, body: { version: 1, password: 'mat-khau-dat-lai' } }),
    expect: visible(200),
  },

  { method: 'GET', route: '/api/audit', guard: 'audit.read', request: (f) => ({ path: `/api/audit?unitId=${f.unit.id}` }), expect: visible(200) },

  // Documents: a unit's document is read by its subtree and by units under it (so the parent's
  // document is readable: 200) but changed only within scope (parent: 403).
  { method: 'GET', route: '/api/documents', guard: 'document.read', request: () => ({ path: '/api/documents?scope=own' }), expect: everywhere(200) },
  {
    method: 'POST',
    route: '/api/documents',
    guard: 'document.write',
    request: (f) => ({
      path: '/api/documents',
      body: { ownerUnitId: f.unit.id, kind: 'plan', number: '07', symbol: '07-KH/HU', issueDate: '2024-03-01', issuerName: f.unit.name, subject: 'Kế hoạch thực hiện công tác dân vận' },
    }),
    expect: visible(201),
  },
  { method: 'GET', route: '/api/documents/reviews/calendar', guard: 'document.read', request: (f) => ({ path: `/api/documents/reviews/calendar?year=2025&unitId=${f.unit.id}` }), expect: visible(200) },
  { method: 'GET', route: '/api/documents/:id', guard: 'document.read', request: (f) => ({ path: `/api/documents/${f.doc.docId}` }), expect: readableDown(200) },
  {
    method: 'PUT',
    route: '/api/documents/:id',
    guard: 'document.write',
    request: (f) => ({
      path: `/api/documents/${f.doc.docId}`,
      body: { version: 1, ownerUnitId: f.unit.id, kind: 'plan', number: '01', symbol: '01-KH/HU', issueDate: '2024-01-15', issuerName: 'Huyện ủy', subject: 'Kế hoạch (sửa)' },
    }),
    expect: writableDown(200),
  },
  { method: 'DELETE', route: '/api/documents/:id', guard: 'document.write', request: (f) => ({ path: `/api/documents/${f.doc.docId}?version=1` }), expect: writableDown(200) },
  {
    method: 'POST',
    route: '/api/documents/:id/relations',
    guard: 'document.write',
    request: (f) => ({ path: `/api/documents/${f.doc.docId}/relations`, body: { relation: 'continues', targetId: f.doc.centralId } }),
    expect: writableDown(201),
  },
  {
    method: 'DELETE',
    route: '/api/documents/:id/relations',
    guard: 'document.write',
    request: (f) => ({ path: `/api/documents/${f.doc.docId}/relations?relation=implements&targetId=${f.doc.centralId}` }),
    expect: writableDown(200),
  },
  {
    method: 'POST',
    route: '/api/documents/:id/attachments',
    guard: 'document.write',
    request: (f) => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(Buffer.concat([TINY_PDF, Buffer.from(f.world.tag)]))], 'bao-cao.pdf', { type: 'application/pdf' }));
      return { path: `/api/documents/${f.doc.docId}/attachments`, body: form };
    },
    expect: writableDown(201),
  },
  { method: 'GET', route: '/api/documents/:id/attachments/:attachmentId', guard: 'document.read', request: (f) => ({ path: `/api/documents/${f.doc.docId}/attachments/${f.doc.attachmentId}` }), expect: readableDown(200) },
  { method: 'DELETE', route: '/api/documents/:id/attachments/:attachmentId', guard: 'document.write', request: (f) => ({ path: `/api/documents/${f.doc.docId}/attachments/${f.doc.attachmentId}` }), expect: writableDown(200) },
  { method: 'POST', route: '/api/documents/:id/milestones', guard: 'review.write', request: (f) => ({ path: `/api/documents/${f.doc.docId}/milestones`, body: { kind: 'final', yearsAfter: 5 } }), expect: writableDown(201) },
  { method: 'DELETE', route: '/api/documents/milestones/:id', guard: 'review.write', request: (f) => ({ path: `/api/documents/milestones/${f.doc.milestoneId}` }), expect: writableDown(200) },
  {
    method: 'POST',
    route: '/api/documents/milestones/:id/complete',
    guard: 'review.write',
    request: (f) => ({ path: `/api/documents/milestones/${f.doc.milestoneId}/complete`, body: { unitId: f.unit.id, doneDate: '2025-01-12', reportRef: 'Báo cáo sơ kết' } }),
    expect: visible(200),
  },
  { method: 'DELETE', route: '/api/documents/milestones/:id/complete', guard: 'review.write', request: (f) => ({ path: `/api/documents/milestones/${f.doc.milestoneId}/complete?unitId=${f.unit.id}` }), expect: visible(200) },

  // Programmes and tasks: the fixture's tasks are given and led by the record's unit.
  {
    method: 'POST',
    route: '/api/programmes',
    guard: 'task.write',
    request: (f) => ({ path: '/api/programmes', body: { ownerUnitId: f.unit.id, periodType: 'quarter', year: 2026, periodNo: 2, title: 'Chương trình công tác quý II/2026' } }),
    expect: visible(201),
  },
  { method: 'GET', route: '/api/programmes', guard: 'task.read', request: () => ({ path: '/api/programmes?year=2026' }), expect: everywhere(200) },
  { method: 'GET', route: '/api/programmes/:id', guard: 'task.read', request: (f) => ({ path: `/api/programmes/${f.task.programmeId}` }), expect: visible(200) },
  { method: 'GET', route: '/api/tasks/inbox', guard: 'task.read', request: () => ({ path: '/api/tasks/inbox' }), expect: everywhere(200) },
  { method: 'GET', route: '/api/tasks', guard: 'task.read', request: () => ({ path: '/api/tasks?view=all' }), expect: everywhere(200) },
  {
    method: 'POST',
    route: '/api/tasks',
    guard: 'task.write',
    request: (f) => ({ path: '/api/tasks', body: { leadUnitId: f.unit.id, title: 'Khảo sát tình hình nhân dân', dueDate: '2026-09-30' } }),
    expect: visible(201),
  },
  { method: 'GET', route: '/api/tasks/deadlines', guard: 'task.read', request: (f) => ({ path: `/api/tasks/deadlines?unitId=${f.unit.id}&from=2026-01-01&to=2026-12-31` }), expect: visible(200) },
  {
    method: 'PUT',
    route: '/api/tasks/:id',
    guard: 'task.write',
    request: (f) => ({ path: `/api/tasks/${f.task.openId}`, body: { version: 1, title: 'Tổ chức hội nghị sơ kết (sửa)', dueDate: '2026-07-15' } }),
    expect: visible(200),
  },
  {
    method: 'GET',
    route: '/api/tasks/:id/reports/:reportId/files/:sha256',
    guard: 'task.read',
    request: (f) => ({ path: `/api/tasks/${f.task.openId}/reports/${f.task.reportId}/files/${f.task.evidenceSha}` }),
    expect: visible(200),
  },
  { method: 'GET', route: '/api/tasks/:id', guard: 'task.read', request: (f) => ({ path: `/api/tasks/${f.task.openId}` }), expect: visible(200) },
  // Assigning to the lead unit itself is refused as "not below it" — after the role and scope checks.
  { method: 'POST', route: '/api/tasks/:id/assign', guard: 'task.write', request: (f) => ({ path: `/api/tasks/${f.task.openId}/assign`, body: { unitIds: [f.unit.id] } }), expect: visible(422) },
  {
    method: 'POST',
    route: '/api/tasks/:id/progress',
    guard: 'task.report',
    request: (f) => ({ path: `/api/tasks/${f.task.openId}/progress`, body: { version: 1, reportedOn: '2026-03-01', percent: 60, note: 'Đã xong 3/5 xã' } }),
    expect: visible(201),
  },
  { method: 'POST', route: '/api/tasks/:id/submit', guard: 'task.report', request: (f) => ({ path: `/api/tasks/${f.task.openId}/submit`, body: { version: 1 } }), expect: visible(200) },
  { method: 'POST', route: '/api/tasks/:id/verify', guard: 'task.verify', request: (f) => ({ path: `/api/tasks/${f.task.submittedId}/verify`, body: { version: 1 } }), expect: visible(200) },
  { method: 'POST', route: '/api/tasks/:id/return', guard: 'task.verify', request: (f) => ({ path: `/api/tasks/${f.task.submittedId}/return`, body: { version: 1, reason: 'Thiếu số liệu' } }), expect: visible(200) },
  { method: 'POST', route: '/api/tasks/:id/cancel', guard: 'task.write', request: (f) => ({ path: `/api/tasks/${f.task.openId}/cancel`, body: { version: 1, reason: 'Trùng nhiệm vụ' } }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/tasks/:id/extensions',
    guard: 'task.report',
    request: (f) => ({ path: `/api/tasks/${f.task.submittedId}/extensions`, body: { requestedDueDate: '2026-08-31', reason: 'Chờ ý kiến cấp trên' } }),
    expect: visible(201),
  },
  { method: 'GET', route: '/api/programmes/:id/export.xlsx', guard: 'task.read', request: (f) => ({ path: `/api/programmes/${f.task.programmeId}/export.xlsx` }), expect: visible(200) },
  // An upload that is not a workbook is refused — after the role and scope checks.
  { method: 'POST', route: '/api/programmes/:id/import', guard: 'task.write', request: (f) => ({ path: `/api/programmes/${f.task.programmeId}/import`, body: pdfForm() }), expect: visible(422) },
  { method: 'GET', route: '/api/tasks/export.xlsx', guard: 'task.read', request: () => ({ path: '/api/tasks/export.xlsx?view=all' }), expect: everywhere(200) },
  {
    method: 'POST',
    route: '/api/tasks/bulk-progress',
    guard: 'task.report',
    request: (f) => ({ path: '/api/tasks/bulk-progress', body: { reportedOn: '2026-03-01', items: [{ taskId: f.task.openId, version: 1, percent: 70 }] } }),
    expect: visible(200),
  },
  {
    method: 'POST',
    route: '/api/tasks/:id/reports/:reportId/files',
    guard: 'task.report',
    request: (f) => ({ path: `/api/tasks/${f.task.openId}/reports/${f.task.reportId}/files`, body: pdfForm() }),
    expect: visible(201),
  },
  { method: 'POST', route: '/api/tasks/extensions/:id/decide', guard: 'task.write', request: (f) => ({ path: `/api/tasks/extensions/${f.task.extensionId}/decide`, body: { approve: true } }), expect: visible(200) },

  // Text intake: texts and batches belong to the importing unit; accepting writes through the owning modules.
  { method: 'GET', route: '/api/intake/texts', guard: 'intake.read', request: () => ({ path: '/api/intake/texts?status=pending' }), expect: everywhere(200) },
  { method: 'POST', route: '/api/intake/texts', guard: 'intake.write', request: (f) => ({ path: '/api/intake/texts', body: { text: `Ngày 15/01/2024, Ban Dân vận họp ${f.world.tag}.` } }), expect: everywhere(201) },
  { method: 'GET', route: '/api/intake/texts/:id', guard: 'intake.read', request: (f) => ({ path: `/api/intake/texts/${f.intake.textId}` }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/intake/texts/:id/accept',
    guard: 'intake.write',
    request: (f) => ({ path: `/api/intake/texts/${f.intake.textId}/accept`, body: { version: 1, event: { eventDate: '2024-01-15', title: 'Hội nghị giao ban' } } }),
    expect: visible(200),
  },
  { method: 'POST', route: '/api/intake/texts/:id/reject', guard: 'intake.write', request: (f) => ({ path: `/api/intake/texts/${f.intake.textId}/reject`, body: { version: 1 } }), expect: visible(200) },
  {
    method: 'POST',
    route: '/api/intake/files',
    guard: 'intake.write',
    request: (f) => {
      const form = new FormData();
      form.append('file', new File([`Báo cáo ${f.world.tag}: Ban Dân vận Tỉnh ủy tổ chức hội nghị.`], 'bao-cao.txt', { type: 'text/plain' }));
      return { path: '/api/intake/files', body: form };
    },
    expect: everywhere(201),
  },
  { method: 'POST', route: '/api/intake/batches', guard: 'intake.write', request: () => ({ path: '/api/intake/batches', body: { fileCount: 3 } }), expect: everywhere(201) },
  { method: 'GET', route: '/api/intake/batches/:id', guard: 'intake.read', request: (f) => ({ path: `/api/intake/batches/${f.intake.batchId}` }), expect: visible(200) },
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_PER_MINUTE: '100000' });
});
afterAll(() => t.close());

/** A batch and a pending text of the record's unit; the text reports an event on 15/01/2024. */
async function insertTestIntake(unitId: string, userId: string, tag: string) {
  const [batch] = await t.deps.db.insert(intakeBatches).values({ unitId, createdByUserId: userId, name: 'Lô thử', fileCount: 1 }).returning();
  const text = `Ngày 15/01/2024, hội nghị ${tag}.`;
  const [row] = await t.deps.db
    .insert(intakeTexts)
    .values({
      unitId,
      batchId: batch!.id,
      contentHash: tag,
      title: 'Hội nghị',
      sourceName: 'hoi-nghi.txt',
      sourceKind: 'txt',
      text,
      extraction: { documents: [], people: [], awards: [], units: [], eventDate: { date: '2024-01-15', publishedDate: null, start: 5, end: 15 }, publishedDate: null },
      createdByUserId: userId,
      searchText: text,
    })
    .returning();
  return { textId: row!.id, batchId: batch!.id };
}

async function fixture(role: Role, relation: Relation): Promise<{ f: Fixture; cookie: string }> {
  const db = t.deps.db;
  const world = await buildWorld(db);
  const unit = world.relationUnit[relation];
  const person = await insertTestPerson(db, unit.id, 'Lê Văn Thử');
  const position = await insertTestPosition(db, person.id, unit.id, 'Chuyên viên');
  const group = await insertTestGroup(db, unit.id, 'Cụm thi đua thử', [unit.id]);
  const target = await insertTestUser(db, unit.id, 'viewer');
  const actor = await insertTestUser(db, world.relationUnit.own.id, role, `${role}.${world.tag}`);
  const doc = await insertTestDocument(db, unit.id, world.tag);
  const task = await insertTestTasks(db, unit.id, unit.path, target.id);
  const intake = await insertTestIntake(unit.id, target.id, world.tag);
  const cookie = await openTestSession(db, actor.id, t.deps.now());
  return { f: { world, doc, task, unit, personId: person.id, positionId: position.id, groupId: group.id, userId: target.id, actor: { id: actor.id, username: actor.username }, intake }, cookie };
}

function expected(c: RouteCase, role: Role, relation: Relation): number {
  if (c.guard === 'public' || c.guard === 'signed-in') return c.expect[relation];
  return roleCan(role, c.guard) ? c.expect[relation] : 403;
}

describe('every route declares a guard and is in the matrix', () => {
  it('finds a guard on every API route and a matrix row for each', () => {
    const byRoute = new Map<string, boolean>();
    for (const r of t.app.routes) {
      if (!r.path.startsWith('/api') || r.method === 'ALL') continue;
      const key = `${r.method} ${r.path}`;
      byRoute.set(key, (byRoute.get(key) ?? false) || routeGuardOf(r.handler) !== undefined);
    }
    expect(byRoute.size).toBeGreaterThan(20);
    const unguarded = [...byRoute].filter(([, guarded]) => !guarded).map(([k]) => k);
    expect(unguarded).toEqual([]);
    const inTable = new Set(TABLE.map((c) => `${c.method} ${c.route}`));
    expect([...byRoute.keys()].filter((k) => !inTable.has(k))).toEqual([]);
    expect([...inTable].filter((k) => !byRoute.has(k))).toEqual([]);
  });

  it('declares in the table the same permission the route checks', () => {
    for (const c of TABLE) {
      const handlers = t.app.routes.filter((r) => r.method === c.method && r.path === c.route).map((r) => routeGuardOf(r.handler));
      const guard = handlers.find(Boolean);
      const declared = guard?.kind === 'permission' ? guard.permission : guard?.kind;
      expect(`${c.method} ${c.route} ${declared}`).toBe(`${c.method} ${c.route} ${c.guard}`);
    }
  });
});

describe.each(TABLE.map((c) => [`${c.method} ${c.route}`, c] as const))('%s', (_name, c) => {
  it.each(ROLES.flatMap((role) => RELATIONS.map((relation) => [role, relation, expected(c, role, relation)] as const)))(
    '%s on a record of the %s unit → %i',
    async (role, relation, status) => {
      const { f, cookie } = await fixture(role, relation);
      const { path, body } = c.request(f);
      const client = clientFor(t, c.guard === 'public' && c.route === '/api/auth/login' ? undefined : cookie);
      const res = await client.call(c.method, path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (status >= 400) expect(res.body.error.code).toBeTypeOf('string');
    },
  );
});
