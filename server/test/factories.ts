import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/access.ts';
import type { UnitKind, UnitLevel } from '../../shared/units.ts';
import type { Db } from '../db/client.ts';
import { newToken, sha256 } from '../lib/ids.ts';
import { hashPassword } from '../lib/password.ts';
import { foldVietnamese, vietnameseSortKey } from '../lib/vi-text.ts';
import { sessions } from '../modules/auth/auth.table.ts';
import { persons, positions } from '../modules/people/people.table.ts';
import { unitGroupMembers, unitGroups, units } from '../modules/units/units.table.ts';
import { users } from '../modules/users/users.table.ts';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';
let hashed: Promise<string> | undefined;
/** argon2 is slow on purpose: hash the test password once per process. */
export const testPasswordHash = () => (hashed ??= hashPassword(TEST_PASSWORD));

export interface UnitSpec {
  key: string;
  parent?: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  dissolved?: { successor: string };
}

type UnitRow = typeof units.$inferSelect;

/** Insert a tree of units in one statement; parents must come before children. */
export async function insertUnitTree(db: Db, specs: UnitSpec[]): Promise<Record<string, UnitRow>> {
  const ids = Object.fromEntries(specs.map((s) => [s.key, randomUUID()]));
  const paths: Record<string, string> = {};
  const rows = specs.map((s) => {
    const id = ids[s.key] as string;
    const parentPath = s.parent ? paths[s.parent] : '/';
    if (parentPath === undefined) throw new Error(`parent ${s.parent} must come before ${s.key}`);
    paths[s.key] = `${parentPath}${id}/`;
    return {
      id,
      parentId: s.parent ? (ids[s.parent] as string) : null,
      path: paths[s.key] as string,
      depth: (paths[s.key] as string).split('/').filter(Boolean).length - 1,
      name: s.name,
      kind: s.kind,
      level: s.level,
      status: s.dissolved ? ('dissolved' as const) : ('active' as const),
      validTo: s.dissolved ? '2025-06-30' : null,
      searchText: foldVietnamese(s.name),
      sortKey: vietnameseSortKey(s.name),
    };
  });
  const inserted = await db.insert(units).values(rows).returning();
  // Successors may point forward in the list, so set them after the insert.
  for (const s of specs) {
    if (s.dissolved) {
      const { eq } = await import('drizzle-orm');
      await db
        .update(units)
        .set({ successorId: ids[s.dissolved.successor] as string })
        .where(eq(units.id, ids[s.key] as string));
    }
  }
  const byId = new Map(inserted.map((r) => [r.id, r]));
  return Object.fromEntries(
    specs.map((s) => {
      const row = byId.get(ids[s.key] as string) as UnitRow;
      return [s.key, s.dissolved ? { ...row, successorId: ids[s.dissolved.successor] as string } : row];
    }),
  );
}

export async function insertTestPerson(db: Db, unitId: string, fullName: string, extra: Partial<typeof persons.$inferInsert> = {}) {
  const [row] = await db
    .insert(persons)
    .values({ unitId, fullName, searchText: foldVietnamese(fullName), sortKey: vietnameseSortKey(fullName), ...extra })
    .returning();
  return row as typeof persons.$inferSelect;
}

export async function insertTestPosition(db: Db, personId: string, unitId: string, title: string, isHead = false) {
  const [row] = await db.insert(positions).values({ personId, unitId, title, isHead, startDate: '2020-10-15' }).returning();
  return row as typeof positions.$inferSelect;
}

export async function insertTestUser(db: Db, unitId: string, role: Role, username = `u_${randomUUID().slice(0, 8)}`) {
  const [row] = await db
    .insert(users)
    .values({
      username,
      displayName: username,
      unitId,
      role,
      passwordHash: await testPasswordHash(),
      searchText: foldVietnamese(username),
    })
    .returning();
  return row as typeof users.$inferSelect;
}

export async function insertTestGroup(db: Db, ownerUnitId: string, name: string, memberIds: string[]) {
  const [row] = await db
    .insert(unitGroups)
    .values({ ownerUnitId, kind: 'cluster', name, year: 2024, searchText: foldVietnamese(name), sortKey: vietnameseSortKey(name) })
    .returning();
  const group = row as typeof unitGroups.$inferSelect;
  if (memberIds.length) await db.insert(unitGroupMembers).values(memberIds.map((unitId) => ({ groupId: group.id, unitId })));
  return group;
}

/** A session for a user without going through sign-in; returns the cookie header value. */
export async function openTestSession(db: Db, userId: string, now: Date): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({ id: sha256(token), userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 365 * 86_400_000) });
  return `danvan_session=${token}`;
}

export const RELATIONS = ['own', 'child', 'parent', 'peer', 'predecessor'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * A small province: P with its commission, districts D1 (actor's), D2 (peer)
 * and D0 (dissolved into D1), a commune under D1 and one under D0 (dissolved
 * into D1's commune). Actors work in D1's commission, so their scope is D1.
 */
export async function buildWorld(db: Db, tag = randomUUID().slice(0, 8)) {
  const u = await insertUnitTree(db, [
    { key: 'root', name: `Trung ương ${tag}`, kind: 'party_committee', level: 'central' },
    { key: 'P', parent: 'root', name: `Tỉnh ủy Thử nghiệm ${tag}`, kind: 'party_committee', level: 'province' },
    { key: 'PC', parent: 'P', name: `Ban Dân vận Tỉnh ủy ${tag}`, kind: 'commission', level: 'province' },
    { key: 'D1', parent: 'P', name: `Huyện ủy Một ${tag}`, kind: 'party_committee', level: 'district' },
    { key: 'D1c', parent: 'D1', name: `Ban Dân vận Huyện ủy Một ${tag}`, kind: 'commission', level: 'district' },
    { key: 'C1', parent: 'D1', name: `Đảng ủy xã Một ${tag}`, kind: 'party_committee', level: 'commune' },
    { key: 'D2', parent: 'P', name: `Huyện ủy Hai ${tag}`, kind: 'party_committee', level: 'district' },
    { key: 'D2c', parent: 'D2', name: `Ban Dân vận Huyện ủy Hai ${tag}`, kind: 'commission', level: 'district' },
    { key: 'D0', parent: 'P', name: `Huyện ủy Cũ ${tag}`, kind: 'party_committee', level: 'district', dissolved: { successor: 'D1' } },
    { key: 'C0', parent: 'D0', name: `Đảng ủy xã Cũ ${tag}`, kind: 'party_committee', level: 'commune', dissolved: { successor: 'C1' } },
  ]);
  const relationUnit: Record<Relation, UnitRow> = {
    own: u.D1c as UnitRow,
    child: u.C1 as UnitRow,
    parent: u.P as UnitRow,
    peer: u.D2 as UnitRow,
    predecessor: u.D0 as UnitRow,
  };
  return { units: u, relationUnit, tag };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A minimal real PDF (header, one empty page, trailer). */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/**
 * A unit's document with everything hanging off it: a relation to a central
 * document, an attachment, a review milestone and the unit's completion of it.
 */
export async function insertTestDocument(db: Db, ownerUnitId: string, tag = randomUUID().slice(0, 8)) {
  const { documents, documentRelations, files, documentAttachments, reviewMilestones, reviewCompletions } = await import('../modules/documents/documents.table.ts');
  const { createHash } = await import('node:crypto');
  const number = String(Math.floor(Math.random() * 900000) + 100);
  const [central] = await db
    .insert(documents)
    .values({ kind: 'resolution', number, symbol: `${number}-NQ/TW`, issueDate: '2013-06-03', issuerCode: 'bch_tw', issuerName: 'Ban Chấp hành Trung ương', term: 11, subject: `Trung ương ${tag}`, identityKey: `central-${tag}`, searchText: `nghi quyet ${tag}` })
    .returning();
  const [doc] = await db
    .insert(documents)
    .values({ ownerUnitId, kind: 'plan', number: '01', symbol: '01-KH/HU', issueDate: '2024-01-15', issuerName: 'Huyện ủy', subject: `Kế hoạch ${tag}`, identityKey: `unit-${tag}`, searchText: `ke hoach ${tag}` })
    .returning();
  await db.insert(documentRelations).values({ fromId: doc!.id, toId: central!.id, relation: 'implements' });
  const sha256 = createHash('sha256').update(TINY_PDF).digest('hex');
  await db.insert(files).values({ sha256, size: TINY_PDF.length, mediaType: 'application/pdf', content: TINY_PDF }).onConflictDoNothing();
  const [attachment] = await db.insert(documentAttachments).values({ documentId: doc!.id, fileSha256: sha256, fileName: 'ke-hoach.pdf' }).returning();
  const [milestone] = await db.insert(reviewMilestones).values({ documentId: doc!.id, kind: 'interim', yearsAfter: 1, dueDate: '2025-01-15' }).returning();
  await db.insert(reviewCompletions).values({ milestoneId: milestone!.id, unitId: ownerUnitId, doneDate: '2025-01-10', reportRef: 'Báo cáo 12-BC/HU' });
  return { docId: doc!.id, centralId: central!.id, attachmentId: attachment!.id, milestoneId: milestone!.id };
}

/**
 * Tasks of a unit in the states the lifecycle routes need: one in progress
 * with an extension request pending, one submitted; both given by the unit
 * itself and submitted/requested by `otherUserId`, so the actor is never "self".
 */
export async function insertTestTasks(db: Db, unitId: string, unitPath: string, otherUserId: string) {
  const { tasks, taskExtensions, taskReports, programmes } = await import('../modules/tasks/tasks.table.ts');
  const [programme] = await db
    .insert(programmes)
    .values({ ownerUnitId: unitId, periodType: 'year', year: 2026, title: 'Chương trình công tác năm 2026', searchText: 'chuong trinh cong tac nam 2026' })
    .returning();
  const make = async (status: 'in_progress' | 'submitted', title: string) => {
    const id = randomUUID();
    const [row] = await db
      .insert(tasks)
      .values({
        id,
        path: `/${id}/`,
        programmeId: programme!.id,
        assignerUnitId: unitId,
        leadUnitId: unitId,
        title,
        dueDate: '2026-06-30',
        originalDueDate: '2026-06-30',
        status,
        progress: 40,
        effectiveProgress: 40,
        createdByUserId: otherUserId,
        submittedByUserId: status === 'submitted' ? otherUserId : null,
        submittedAt: status === 'submitted' ? new Date('2026-03-01T03:00:00Z') : null,
        searchText: foldVietnamese(title),
      })
      .returning();
    return row!;
  };
  void unitPath;
  const open = await make('in_progress', 'Tổ chức hội nghị sơ kết');
  const submitted = await make('submitted', 'Báo cáo kết quả giám sát');
  const [ext] = await db
    .insert(taskExtensions)
    .values({ taskId: open.id, requestedDueDate: '2026-07-31', previousDueDate: '2026-06-30', reason: 'Chờ số liệu cơ sở', requestedByUserId: otherUserId })
    .returning();
  const [report] = await db.insert(taskReports).values({ taskId: open.id, reportedOn: '2026-02-20', percent: 40, note: 'Đã xong 2/5 xã', byUserId: otherUserId }).returning();
  const { taskReportFiles } = await import('../modules/tasks/tasks.table.ts');
  const { files } = await import('../modules/documents/documents.table.ts');
  const { createHash } = await import('node:crypto');
  const evidenceSha = createHash('sha256').update(TINY_PDF).digest('hex');
  await db.insert(files).values({ sha256: evidenceSha, size: TINY_PDF.length, mediaType: 'application/pdf', content: TINY_PDF }).onConflictDoNothing();
  await db.insert(taskReportFiles).values({ reportId: report!.id, fileSha256: evidenceSha, fileName: 'bien-ban.pdf' });
  return { openId: open.id, submittedId: submitted.id, extensionId: ext!.id, programmeId: programme!.id, reportId: report!.id, evidenceSha };
}
