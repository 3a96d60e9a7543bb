/**
 * The baselines: the best hand-written SQL for the same answers as our
 * services, run directly on the database in one statement each. They know
 * what a generic repository cannot (the scope is one prefix, the answer fits
 * one statement), which is the point: the ratio shows what our layering and
 * query shapes cost.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/client.ts';
import { escapeLike, foldVietnamese } from '../../server/lib/vi-text.ts';

export interface DeadlineCounts {
  child_id: string;
  name: string | null;
  done_on_time: number;
  done_late: number;
  open_within_deadline: number;
  open_overdue: number;
  due_within_7_days: number;
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The 2×2 by direct sub-unit of `rootPath`: counts per lead unit first (a
 * hash aggregate on the uuid), then the few thousand unit rows are folded
 * into their sub-unit, so the path arithmetic runs per unit, not per task.
 */
export function handDeadlines(db: Db, rootPath: string, from: string, to: string, asOf: string): Promise<DeadlineCounts[]> {
  const weekEnd = addDays(asOf, 7);
  return queryRows<DeadlineCounts>(
    db,
    sql`
    with per_unit as (
      select k.lead_unit_id,
        count(*) filter (where k.status = 'done' and k.completed_on <= ${asOf} and k.completed_on <= k.due_date) as on_time,
        count(*) filter (where k.status = 'done' and k.completed_on <= ${asOf} and k.completed_on > k.due_date) as late,
        count(*) filter (where not (k.status = 'done' and k.completed_on <= ${asOf}) and k.due_date >= ${asOf}) as within,
        count(*) filter (where not (k.status = 'done' and k.completed_on <= ${asOf}) and k.due_date < ${asOf}) as overdue,
        count(*) filter (where not (k.status = 'done' and k.completed_on <= ${asOf}) and k.due_date >= ${asOf} and k.due_date <= ${weekEnd}) as soon
      from tasks k
      where k.lead_unit_id in (select id from units where path like ${`${escapeLike(rootPath)}%`})
        and k.status <> 'cancelled' and k.due_date between ${from} and ${to}
      group by k.lead_unit_id
    ), per_child as (
      select split_part(substr(u.path, ${rootPath.length + 1}), '/', 1) as child_id,
        sum(on_time)::int as done_on_time, sum(late)::int as done_late, sum(within)::int as open_within_deadline,
        sum(overdue)::int as open_overdue, sum(soon)::int as due_within_7_days
      from per_unit p join units u on u.id = p.lead_unit_id
      group by 1
    )
    select c.*, n.name from per_child c left join units n on n.id = nullif(c.child_id, '')::uuid`,
  );
}

/**
 * Recompute the effective progress of a commune task and of the province
 * task above it in one statement, from the children's stored values (the
 * commune task's new value feeds the province average). Two levels, as in
 * the data: province → commune → organisation.
 */
export async function handRollUp(db: Db, childId: string, topId: string, now: Date): Promise<{ id: string; effective_progress: number }[]> {
  return queryRows(
    db,
    sql`
    with c1 as (
      select round(sum(weight * effective_progress)::numeric / nullif(sum(weight), 0))::int as v
      from tasks where parent_id = ${childId} and status <> 'cancelled'
    ), c2 as (
      select round(sum(k.weight * case when k.id = ${childId} then coalesce((select v from c1), k.progress) else k.effective_progress end)::numeric / nullif(sum(k.weight), 0))::int as v
      from tasks k where k.parent_id = ${topId} and k.status <> 'cancelled'
    ), u1 as (
      update tasks set effective_progress = coalesce((select v from c1), progress), updated_at = ${now} where id = ${childId} returning id, effective_progress
    ), u2 as (
      update tasks set effective_progress = coalesce((select v from c2), progress), updated_at = ${now} where id = ${topId} returning id, effective_progress
    )
    select id, effective_progress::int from u1 union all select id, effective_progress::int from u2`,
  );
}

const likeWords = (column: string, q: string) => {
  const words = foldVietnamese(q).split(' ').filter(Boolean);
  return words.length ? sql.join(words.map((w) => sql`${sql.raw(column)} like ${`%${escapeLike(w)}%`}`), sql` and `) : sql`true`;
};

const strposWords = (column: string, q: string) => {
  const words = foldVietnamese(q).split(' ').filter(Boolean);
  return words.length ? sql.join(words.map((w) => sql`strpos(${sql.raw(column)}, ${w}) > 0`), sql` and `) : sql`true`;
};

/**
 * Documents readable in a one-prefix scope matching every folded word: page and total in one statement.
 * Below the top, the central documents (partial trigram index) and those of the scope's units and the
 * units above it (owner index, words tested on those rows only) are found apart, then counted and
 * sorted together. The whole tree reads nearly everything: one pass led by the trigram index.
 */
export function handDocumentSearch(db: Db, rootPath: string, q: string, limit: number) {
  const ancestors = rootPath.split('/').filter(Boolean);
  const columns = sql`d.id, d.issue_date, d.kind, d.number`;
  const found =
    ancestors.length === 1
      ? sql`select ${columns} from documents d
          where (d.owner_unit_id is null or d.owner_unit_id in (select id from units where path like ${`${escapeLike(rootPath)}%`}) or d.owner_unit_id = ${ancestors[0]})
            and ${likeWords('d.search_text', q)}`
      : sql`select ${columns} from documents d where d.owner_unit_id is null and ${likeWords('d.search_text', q)}
          union all
          select ${columns} from documents d
          where d.owner_unit_id = any(array(select id from units where path like ${`${escapeLike(rootPath)}%`} or id = any(${`{${ancestors.join(',')}}`}::uuid[])))
            and ${strposWords('d.search_text', q)}`;
  return queryRows<{ id: string; issue_date: string | null; kind: string; number: string; total: number }>(
    db,
    sql`
    select f.id, f.issue_date::text, f.kind::text, f.number, count(*) over ()::int as total
    from (${found}) f
    order by f.issue_date desc nulls last, f.kind, f.number, f.id
    limit ${limit}`,
  );
}

/**
 * Tasks visible to a one-prefix scope (lead, assigner or co-operator inside) matching every folded word; the
 * scope's unit ids as one array keep each branch of the OR on its index, and below the top the words are
 * tested with `strpos` on those rows only (a `LIKE` lets the planner pick the trigram index over all tasks).
 */
export function handTaskSearch(db: Db, rootPath: string, q: string, limit: number) {
  const inScope = sql`(select id from units where path like ${`${escapeLike(rootPath)}%`})`;
  const ids = sql`array${inScope}`;
  // The whole tree: one pass with hashed subqueries; a subtree: each branch of the OR on its index.
  const visible =
    rootPath.split('/').filter(Boolean).length === 1
      ? sql`(k.lead_unit_id in ${inScope} or k.assigner_unit_id in ${inScope} or exists (select 1 from task_cooperators c where c.task_id = k.id and c.unit_id in ${inScope}))`
      : sql`(k.lead_unit_id = any(${ids}) or k.assigner_unit_id = any(${ids}) or k.id = any(array(select c.task_id from task_cooperators c where c.unit_id = any(${ids}))))`;
  return queryRows<{ id: string; due_date: string; title: string; lead_name: string; total: number }>(
    db,
    sql`
    select k.id, k.due_date::text, k.title, u.name as lead_name, count(*) over ()::int as total
    from tasks k join units u on u.id = k.lead_unit_id
    where ${visible} and ${rootPath.split('/').filter(Boolean).length === 1 ? likeWords('k.search_text', q) : strposWords('k.search_text', q)}
    order by k.due_date, k.title
    limit ${limit}`,
  );
}

/** Persons of units in a one-prefix scope matching every folded word, in Vietnamese order. */
export function handPersonSearch(db: Db, rootPath: string, q: string, limit: number) {
  return queryRows<{ id: string; sort_key: string; unit_name: string; total: number }>(
    db,
    sql`
    select p.id, p.sort_key, u.name as unit_name, count(*) over ()::int as total
    from persons p join units u on u.id = p.unit_id
    where u.path like ${`${escapeLike(rootPath)}%`} and ${likeWords('p.search_text', q)}
    order by p.sort_key collate "C"
    limit ${limit}`,
  );
}

/** A task's page in one round trip: the task, its children, events, reports and extensions as JSON. */
export function handTaskDetail(db: Db, id: string) {
  return queryRows<{ task: Record<string, unknown>; children: unknown[] | null; events: unknown[] | null; reports: unknown[] | null; extensions: unknown[] | null }>(
    db,
    sql`
    select to_jsonb(t) - 'search_text' as task,
      (select json_agg(c order by c.due_date, c.created_at) from tasks c where c.parent_id = t.id) as children,
      (select json_agg(e order by e.at) from task_events e where e.task_id = t.id) as events,
      (select json_agg(r order by r.reported_on, r.created_at) from task_reports r where r.task_id = t.id) as reports,
      (select json_agg(x order by x.created_at) from task_extensions x where x.task_id = t.id) as extensions
    from tasks t where t.id = ${id}`,
  );
}
