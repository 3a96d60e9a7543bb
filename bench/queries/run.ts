/**
 * Dashboard and query benchmarks (issue 6, Deliver 3): each of our service
 * calls — the ones the routes make, with a real actor and scope — beside the
 * best hand-written SQL for the same answer, checked to agree, timed
 * interleaved: median and p95 over N runs after a warm-up, and the ratio.
 */
import { sql } from 'drizzle-orm';
import { type Database, type Db, openDatabase, queryRows } from '../../server/db/client.ts';
import type { Actor, ServiceContext } from '../../server/http/context.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { ListDocumentsQuerySchema } from '../../server/modules/documents/documents.schemas.ts';
import { listDocuments } from '../../server/modules/documents/documents.service.ts';
import { ListPersonsQuerySchema } from '../../server/modules/people/people.schemas.ts';
import { listPersons } from '../../server/modules/people/people.service.ts';
import { rollUpFrom } from '../../server/modules/tasks/tasks.repository.ts';
import { ListTasksQuerySchema } from '../../server/modules/tasks/tasks.schemas.ts';
import { deadlineClasses, getTaskDetail, listTasks } from '../../server/modules/tasks/tasks.service.ts';
import { scopeOfUnit } from '../../server/modules/units/index.ts';
import { findUserByUsername } from '../../server/modules/users/users.repository.ts';
import { BENCH_AS_OF, BENCH_NOW, benchFixtures, type ScaleName } from '../generate/index.ts';
import { type Timing, ratio, timeInterleaved } from '../lib/stats.ts';
import { explainBench } from './explain.ts';
import { handDeadlines, handDocumentSearch, handPersonSearch, handRollUp, handTaskDetail, handTaskSearch } from './hand.ts';

export interface QueryFigure {
  /** Stable key across runs and scales, e.g. `deadlines.province`. */
  key: string;
  label: string;
  ours: Timing;
  hand: Timing;
  /** ours / hand, medians. */
  ratio: number;
  /** Size of the answer (rows, or the total of a search), the same for both. */
  answer: string;
  match: boolean;
  mismatch?: string;
}

export interface QueryBenchResult {
  scale: ScaleName;
  seed: number;
  engine: Database['engine'];
  asOf: string;
  period: { from: string; to: string };
  counts: { units: number; tasks: number; documents: number; persons: number; users: number };
  figures: QueryFigure[];
  /** EXPLAIN (ANALYZE, BUFFERS) reports of the heaviest benches, by key. */
  explains: Record<string, string>;
}

export interface QueryBenchOptions {
  scale: ScaleName;
  seed: number;
  /** An open database; or `url` / `dataDir` to open (and close) here. */
  database?: Database;
  url?: string;
  dataDir?: string;
  runs?: number;
  warmup?: number;
  /** Only the benches whose key contains one of these. */
  only?: string[];
  /** Explain the statements of the N heaviest benches (PostgreSQL only). */
  explain?: number;
  log?: (line: string) => void;
}

/** The dashboard period: the year of BENCH_AS_OF, half of it past. */
export const PERIOD = { from: '2026-01-01', to: '2026-12-31' } as const;

class Rollback extends Error {}

export async function runQueryBenches(o: QueryBenchOptions): Promise<QueryBenchResult> {
  const log = o.log ?? console.log;
  const database = o.database ?? (await openDatabase({ url: o.url, dataDir: o.dataDir, poolSize: 4 }));
  try {
    const db = database.db;
    const fx = benchFixtures(o.seed);
    const counts = await countRows(db);
    if (counts.units === 0) throw new Error('The bench database is empty: run `npm run bench:generate` first.');
    const [hasFixture] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units where id = ${fx.province(0).committeeId}`);
    if (!hasFixture?.n) throw new Error(`This database was not generated with seed ${o.seed}: regenerate it or pass the right --seed.`);

    const ctxOf = async (username: string): Promise<ServiceContext> => {
      const user = await findUserByUsername(db, username);
      if (!user) throw new Error(`no user ${username} in the bench data`);
      const scope = await scopeOfUnit(db, user.unitId);
      if (!scope) throw new Error(`no scope for ${username}`);
      const actor: Actor = { userId: user.id, username: user.username, displayName: user.displayName, personId: user.personId, role: user.role, unitId: user.unitId, scope, language: 'vi' };
      return { db, actor, now: BENCH_NOW, log: createLogger('silent'), requestId: 'bench' };
    };
    const central = await ctxOf(fx.central.adminUsername);
    const province = await ctxOf(fx.province(0).specialistUsername);
    const commune = await ctxOf(fx.commune(0, 0).specialistUsername);
    const pathOf = async (id: string) => {
      const [row] = await queryRows<{ path: string }>(db, sql`select path from units where id = ${id}`);
      if (!row) throw new Error(`no unit ${id}`);
      return row.path;
    };

    const figures: QueryFigure[] = [];
    const calls = new Map<string, { label: string; ours: () => Promise<unknown>; hand: () => Promise<unknown> }>();
    const runs = o.runs ?? 20;
    const warmup = o.warmup ?? 3;
    const bench = async <A, B>(
      key: string,
      label: string,
      ours: () => Promise<A>,
      hand: () => Promise<B>,
      compare: (a: A, b: B) => { answer: string; mismatch?: string | undefined },
      heavy = false,
    ) => {
      if (o.only && !o.only.some((k) => key.includes(k))) return;
      calls.set(key, { label, ours, hand });
      const check = compare(await ours(), await hand());
      const [t1, t2] = await timeInterleaved([ours, hand], { warmup: heavy ? 1 : warmup, runs: heavy ? Math.min(runs, 10) : runs, maxSeconds: 60 });
      if (!t1 || !t2) throw new Error('no timing');
      const f: QueryFigure = { key, label, ours: t1, hand: t2, ratio: ratio(t1, t2), answer: check.answer, match: !check.mismatch, ...(check.mismatch ? { mismatch: check.mismatch } : {}) };
      figures.push(f);
      if (check.mismatch) log(`!!! MISMATCH in ${key}: ${check.mismatch}`);
      log(`  ${key.padEnd(24)} ours ${t1.median.toFixed(2).padStart(8)} ms  hand ${t2.median.toFixed(2).padStart(8)} ms  ${f.ratio.toFixed(2)}×  ${check.answer}`);
    };

    // 2×2 deadline classes (ADR 010): the service the /api/tasks/deadlines route calls. `deadlines.*`
    // counts every time, as after any change that moves the deadline epoch: the service keeps its
    // answers per database object (ADR 015), so each call gets an object of its own that inherits
    // everything from the real one. `deadlines.*.kept` is the same call while the epoch stands still.
    const deadlineBench = async (key: string, label: string, ctx: ServiceContext, unitId: string, heavy = false, kept = false) => {
      const path = await pathOf(unitId);
      await bench(
        key,
        label,
        () => deadlineClasses(kept ? ctx : { ...ctx, db: Object.create(ctx.db) as Db }, { unitId, from: PERIOD.from, to: PERIOD.to, asOf: BENCH_AS_OF }),
        () => handDeadlines(db, path, PERIOD.from, PERIOD.to, BENCH_AS_OF),
        (a, b) => {
          const norm = (rows: { child_id: string; done_on_time: number; done_late: number; open_within_deadline: number; open_overdue: number; due_within_7_days: number }[]) =>
            rows
              .map((r) => `${r.child_id}:${r.done_on_time}/${r.done_late}/${r.open_within_deadline}/${r.open_overdue}/${r.due_within_7_days}`)
              .sort()
              .join(',');
          const total = a.rows.reduce((s, r) => s + r.done_on_time + r.done_late + r.open_within_deadline + r.open_overdue, 0);
          const names = a.rows.every((r) => r.child_id === '' || b.some((h) => h.child_id === r.child_id && h.name === r.unitName));
          const same = norm(a.rows) === norm(b);
          return { answer: `${a.rows.length} rows, ${total.toLocaleString('en')} tasks`, mismatch: same && names ? undefined : `ours ${norm(a.rows).slice(0, 200)} vs hand ${norm(b).slice(0, 200)}` };
        },
        heavy,
      );
    };
    await deadlineBench('deadlines.commune', '2×2 deadlines, a commune', commune, fx.commune(0, 0).committeeId);
    await deadlineBench('deadlines.province', '2×2 deadlines, a province', province, fx.province(0).committeeId);
    await deadlineBench('deadlines.country', '2×2 deadlines, the country', central, fx.central.committeeId, true);
    await deadlineBench('deadlines.province.kept', '2×2 deadlines, a province, kept (epoch unchanged)', province, fx.province(0).committeeId, false, true);
    await deadlineBench('deadlines.country.kept', '2×2 deadlines, the country, kept (epoch unchanged)', central, fx.central.committeeId, true, true);

    // Roll-up of a province task: a progress report on a commune's part recomputes the commune task, then the province task.
    const topId = fx.province(0).assignedTaskId;
    const [child] = await queryRows<{ id: string; kids: number; tree: number }>(
      db,
      sql`select c.id, (select count(*)::int from tasks g where g.parent_id = c.id) as kids,
            (select count(*)::int from tasks d where d.path like (select path from tasks where id = ${topId}) || '%') as tree
          from tasks c where c.parent_id = ${topId} order by (select count(*) from tasks g where g.parent_id = c.id) desc, c.id limit 1`,
    );
    if (!child) throw new Error('the first province task has no children');
    const inRolledBack = async <T>(body: (tx: Db) => Promise<T>): Promise<T> => {
      let out: T | undefined;
      await db
        .transaction(async (tx) => {
          out = await body(tx as unknown as Db);
          throw new Rollback();
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
        });
      return out as T;
    };
    const readBack = (tx: Db) => queryRows<{ id: string; effective_progress: number }>(tx, sql`select id, effective_progress from tasks where id in (${child.id}, ${topId}) order by id`);
    const stored = await readBack(db);
    await bench(
      'rollup.province-task',
      `roll-up: commune part → province task (${child.tree.toLocaleString('en')} tasks in the tree)`,
      () =>
        inRolledBack(async (tx) => {
          await rollUpFrom(tx, child.id, BENCH_NOW);
          return readBack(tx);
        }),
      () =>
        inRolledBack(async (tx) => {
          await handRollUp(tx, child.id, topId, BENCH_NOW);
          return readBack(tx);
        }),
      (a, b) => {
        const s = (rows: { id: string; effective_progress: number }[]) => rows.map((r) => `${r.id.slice(0, 8)}=${r.effective_progress}`).join(',');
        const mismatch = s(a) !== s(b) ? `ours ${s(a)} vs hand ${s(b)}` : s(a) !== s(stored) ? `recomputed ${s(a)} but the generator stored ${s(stored)}` : undefined;
        return { answer: `${child.kids} + ${child.tree - 1 - child.kids} children, ${s(a)}`, mismatch };
      },
    );
    await bench(
      'detail.province-task',
      'task page of the province task',
      () => getTaskDetail(province, topId),
      () => handTaskDetail(db, topId),
      (a, b) => {
        const h = b[0];
        const ours = `${a.children.length} children, ${a.events.length} events, ${a.reports.length} reports`;
        const hand = `${h?.children?.length ?? 0} children, ${h?.events?.length ?? 0} events, ${h?.reports?.length ?? 0} reports`;
        return { answer: ours, mismatch: ours === hand ? undefined : `ours ${ours} vs hand ${hand}` };
      },
    );

    // Diacritic-insensitive searches, as the list routes call them (first page).
    const searchBench = async (key: string, label: string, ctx: ServiceContext, heavy = false) => {
      const root = ctx.actor.scope.prefixes[0] ?? '/';
      if (key.startsWith('search.documents')) {
        const q = ListDocumentsQuerySchema.parse({ q: 'ket luan dan van', pageSize: '20' });
        await bench(
          key,
          label,
          () => listDocuments(ctx, q),
          () => handDocumentSearch(db, root, q.q ?? '', q.pageSize),
          (a, b) => {
            const keyOf = (d: { issueDate?: string | null; issue_date?: string | null; kind: string; number: string }) => `${d.issueDate ?? d.issue_date}|${d.kind}|${d.number}`;
            const ours = a.rows.map(keyOf).join(',');
            const hand = b.map(keyOf).join(',');
            const total = b[0]?.total ?? 0;
            return { answer: `${a.total.toLocaleString('en')} found`, mismatch: a.total === total && ours === hand ? undefined : `ours ${a.total} [${ours.slice(0, 120)}] vs hand ${total} [${hand.slice(0, 120)}]` };
          },
          heavy,
        );
      } else if (key.startsWith('search.tasks')) {
        const q = ListTasksQuerySchema.parse({ q: 'tuyen truyen dan van kheo', pageSize: '20' });
        await bench(
          key,
          label,
          () => listTasks(ctx, q),
          () => handTaskSearch(db, root, q.q ?? '', q.pageSize),
          (a, b) => {
            const ours = a.rows.map((r) => `${r.task.dueDate}|${r.task.title.slice(0, 20)}`).join(',');
            const hand = b.map((r) => `${r.due_date}|${r.title.slice(0, 20)}`).join(',');
            const total = b[0]?.total ?? 0;
            return { answer: `${a.total.toLocaleString('en')} found`, mismatch: a.total === total && ours === hand ? undefined : `ours ${a.total} vs hand ${total}; ${ours === hand ? 'same page' : 'pages differ'}` };
          },
          heavy,
        );
      } else {
        const q = ListPersonsQuerySchema.parse({ q: 'nguyen thi hoa', pageSize: '20' });
        await bench(
          key,
          label,
          () => listPersons(ctx, q),
          () => handPersonSearch(db, root, q.q ?? '', q.pageSize),
          (a, b) => {
            const ours = a.rows.map((r) => r.person.sortKey).join(',');
            const hand = b.map((r) => r.sort_key).join(',');
            const total = b[0]?.total ?? 0;
            return { answer: `${a.total.toLocaleString('en')} found`, mismatch: a.total === total && ours === hand ? undefined : `ours ${a.total} vs hand ${total}; ${ours === hand ? 'same page' : 'pages differ'}` };
          },
          heavy,
        );
      }
    };
    await searchBench('search.documents.commune', 'documents "ket luan dan van", a commune', commune);
    await searchBench('search.documents.province', 'documents "ket luan dan van", a province', province);
    await searchBench('search.documents.country', 'documents "ket luan dan van", the country', central, true);
    await searchBench('search.tasks.commune', 'tasks "tuyen truyen dan van kheo", a commune', commune);
    await searchBench('search.tasks.province', 'tasks "tuyen truyen dan van kheo", a province', province);
    await searchBench('search.tasks.country', 'tasks "tuyen truyen dan van kheo", the country', central, true);
    await searchBench('search.persons.province', 'persons "nguyen thi hoa", a province', province);
    await searchBench('search.persons.country', 'persons "nguyen thi hoa", the country', central);

    const explains: Record<string, string> = {};
    if (o.explain && database.engine === 'postgres') {
      const heaviest = [...figures].filter((f) => !f.key.startsWith('rollup')).sort((a, b) => b.ours.median - a.ours.median).slice(0, o.explain);
      for (const f of heaviest) {
        const c = calls.get(f.key);
        if (!c) continue;
        log(`  explaining ${f.key}`);
        explains[f.key] = await explainBench(database, `${f.key} — ${c.label} (${o.scale} scale, ours p50 ${f.ours.median.toFixed(1)} ms, hand p50 ${f.hand.median.toFixed(1)} ms)`, c.ours, c.hand);
      }
    }
    return { scale: o.scale, seed: o.seed, engine: database.engine, asOf: BENCH_AS_OF, period: { ...PERIOD }, counts, figures, explains };
  } finally {
    if (!o.database) await database.close();
  }
}

async function countRows(db: Db): Promise<QueryBenchResult['counts']> {
  // Planner estimates would do for a report, but exact counts also prove the data is there.
  const [r] = await queryRows<QueryBenchResult['counts']>(
    db,
    sql`select (select count(*)::int from units) as units, (select count(*)::int from tasks) as tasks, (select count(*)::int from documents) as documents,
               (select count(*)::int from persons) as persons, (select count(*)::int from users) as users`,
  );
  if (!r) throw new Error('no counts');
  return r;
}
