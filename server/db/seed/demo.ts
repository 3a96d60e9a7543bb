/**
 * Writes the demo plan (demo-data.ts) in one transaction, with bulk
 * multi-row inserts, computing every derived column exactly as the
 * repositories do (path, depth, searchText, sortKey).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { foldVietnamese, vietnameseSortKey } from '../../lib/vi-text.ts';
import { hashPassword } from '../../lib/password.ts';
import { persons, positions } from '../../modules/people/people.table.ts';
import { unitGroupMembers, unitGroups, units } from '../../modules/units/units.table.ts';
import { users } from '../../modules/users/users.table.ts';
import type { Db } from '../client.ts';
import { buildDemoPlan } from './demo-data.ts';

const CHUNK = 250;

export interface SeedDemoOptions {
  onProgress?: (msg: string) => void;
  /** Password of every demo account. */
  password: string;
}

export interface SeedDemoResult {
  /** Id of every demo unit by its (unique) name. */
  unitIdsByName: Record<string, string>;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function writeDemo(db: Db, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const progress = opts.onProgress ?? (() => {});
  const plan = buildDemoPlan();
  // argon2 is deliberately slow: hash once, outside the transaction, and share the hash.
  const passwordHash = await hashPassword(opts.password);

  const unitIdsByName: Record<string, string> = {};
  const unitRows: (typeof units.$inferInsert)[] = [];
  const placed = new Map<string, { id: string; path: string; depth: number }>();
  const idOf = (name: string): string => {
    const id = unitIdsByName[name];
    if (!id) throw new Error(`unknown demo unit: ${name}`);
    return id;
  };
  for (const u of plan.units) unitIdsByName[u.name] = randomUUID();
  for (const u of plan.units) {
    const id = idOf(u.name);
    const parent = u.parent === null ? null : placed.get(u.parent);
    if (u.parent !== null && !parent) throw new Error(`parent planned after child: ${u.name}`);
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    placed.set(u.name, { id, path, depth });
    unitRows.push({
      id,
      parentId: parent?.id ?? null,
      path,
      depth,
      name: u.name,
      shortName: u.shortName,
      code: u.code,
      kind: u.kind,
      level: u.level,
      status: u.status,
      validFrom: u.validFrom,
      validTo: u.validTo,
      successorId: u.successor === null ? null : idOf(u.successor),
      dissolutionNote: u.dissolutionNote,
      searchText: foldVietnamese([u.name, u.shortName, u.code].filter(Boolean).join(' ')),
      sortKey: vietnameseSortKey(u.name),
    });
  }

  const personIds = plan.persons.map(() => randomUUID());
  const personIdOf = (index: number): string => {
    const id = personIds[index];
    if (!id) throw new Error(`unknown demo person #${index}`);
    return id;
  };
  const personRows: (typeof persons.$inferInsert)[] = plan.persons.map((p) => ({
    id: personIdOf(p.index),
    unitId: idOf(p.unit),
    fullName: p.fullName,
    gender: p.gender,
    birthYear: p.birthYear,
    ethnicity: p.ethnicity,
    religion: p.religion,
    phone: null,
    email: null,
    searchText: foldVietnamese(p.fullName),
    sortKey: vietnameseSortKey(p.fullName),
  }));
  const positionRows: (typeof positions.$inferInsert)[] = plan.positions.map((p) => ({
    personId: personIdOf(p.person),
    unitId: idOf(p.unit),
    title: p.title,
    isHead: p.isHead,
    startDate: p.startDate,
    endDate: p.endDate,
  }));
  const groupRows = plan.groups.map((g) => ({
    row: {
      id: randomUUID(),
      ownerUnitId: idOf(g.owner),
      kind: g.kind,
      name: g.name,
      year: g.year,
      note: g.note,
      searchText: foldVietnamese(g.name),
      sortKey: vietnameseSortKey(g.name),
    } satisfies typeof unitGroups.$inferInsert,
    members: g.members.map(idOf),
  }));
  const userRows: (typeof users.$inferInsert)[] = plan.accounts.map((a) => {
    const person = plan.persons[a.person];
    if (!person) throw new Error(`no person for ${a.username}`);
    return {
      username: a.username,
      displayName: person.fullName,
      personId: personIdOf(a.person),
      unitId: idOf(a.unit),
      role: a.role,
      passwordHash,
      language: 'vi',
      searchText: foldVietnamese(`${a.username} ${person.fullName}`),
    };
  });

  await db.transaction(async (tx) => {
    // Plan order puts every parent and every successor before the units that refer to them.
    await insertChunked(unitRows, (chunk) => tx.insert(units).values(chunk));
    progress(`Đơn vị: ${unitRows.length}`);
    await insertChunked(personRows, (chunk) => tx.insert(persons).values(chunk));
    progress(`Cán bộ: ${personRows.length}`);
    await insertChunked(positionRows, (chunk) => tx.insert(positions).values(chunk));
    progress(`Chức vụ: ${positionRows.length}`);
    await tx.insert(unitGroups).values(groupRows.map((g) => g.row));
    await insertChunked(
      groupRows.flatMap((g) => g.members.map((unitId) => ({ groupId: g.row.id, unitId }))),
      (chunk) => tx.insert(unitGroupMembers).values(chunk),
    );
    progress(`Cụm, khối thi đua: ${groupRows.length}`);
    await tx.insert(users).values(userRows);
    progress(`Tài khoản: ${userRows.length}`);
  });

  return { unitIdsByName };
}

/** Id of a unit by its exact name, for tests and end-to-end scripts; throws when absent or ambiguous. */
export async function findDemoUnitId(db: Db, name: string): Promise<string> {
  const rows = await db.select({ id: units.id }).from(units).where(eq(units.name, name.normalize('NFC')));
  const [row] = rows;
  if (!row || rows.length > 1) throw new Error(`demo unit not found or not unique: ${name}`);
  return row.id;
}
