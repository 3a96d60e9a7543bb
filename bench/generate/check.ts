/**
 * Consistency checks of a generated data set against the rules the server
 * keeps: materialised paths, the roll-up of effective progress, dates no
 * later than the data's "today", folded search text, the shared password.
 * Returns the problems found (empty when the data is sound).
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/client.ts';
import { verifyPassword } from '../../server/lib/password.ts';
import { foldVietnamese } from '../../server/lib/vi-text.ts';
import { BENCH_AS_OF, BENCH_PASSWORD, BENCH_PASSWORD_HASH } from './plan.ts';

export async function checkGenerated(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const count = async (label: string, query: ReturnType<typeof sql>) => {
    const [r] = await queryRows<{ n: number }>(db, query);
    if ((r?.n ?? 0) > 0) problems.push(`${label}: ${r?.n}`);
  };
  await count(
    'units whose path or depth does not follow their parent',
    sql`select count(*)::int as n from units c left join units p on p.id = c.parent_id
        where c.path <> coalesce(p.path, '/') || c.id || '/' or c.depth <> coalesce(p.depth + 1, 0)`,
  );
  await count(
    'tasks whose path does not follow their parent',
    sql`select count(*)::int as n from tasks c left join tasks p on p.id = c.parent_id
        where c.path <> coalesce(p.path, '/') || c.id || '/' or (c.parent_id is not null and p.id is null)`,
  );
  await count(
    'parent tasks whose effective progress is not the roll-up of their children',
    sql`select count(*)::int as n from (
          select p.id, p.effective_progress, p.progress,
            round(sum(c.weight * c.effective_progress) filter (where c.status <> 'cancelled')::numeric
                  / nullif(sum(c.weight) filter (where c.status <> 'cancelled'), 0))::int as v
          from tasks p join tasks c on c.parent_id = p.id group by p.id) x
        where x.effective_progress <> coalesce(x.v, x.progress)`,
  );
  await count('leaf tasks whose effective progress is not their progress', sql`select count(*)::int as n from tasks t where t.effective_progress <> t.progress and not exists (select 1 from tasks c where c.parent_id = t.id)`);
  await count(
    'done tasks without a completion on or before the as-of date, or whose completion is not the submission day',
    sql`select count(*)::int as n from tasks where status = 'done' and (completed_on is null or completed_on > ${BENCH_AS_OF}
        or submitted_at is null or (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <> completed_on)`,
  );
  await count('open tasks with a completion date', sql`select count(*)::int as n from tasks where status <> 'done' and completed_on is not null`);
  await count('tasks due before they start', sql`select count(*)::int as n from tasks where start_date > due_date`);
  await count('events after the as-of date', sql`select count(*)::int as n from task_events where at >= (${BENCH_AS_OF}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  await count('units with more than one current head', sql`select count(*)::int as n from (select unit_id from positions where is_head and end_date is null group by unit_id having count(*) > 1) x`);
  const classes = await queryRows<{ on_time: number; late: number; within: number; overdue: number }>(
    db,
    sql`select count(*) filter (where status = 'done' and completed_on <= due_date)::int as on_time,
               count(*) filter (where status = 'done' and completed_on > due_date)::int as late,
               count(*) filter (where status not in ('done', 'cancelled') and due_date >= ${BENCH_AS_OF})::int as within,
               count(*) filter (where status not in ('done', 'cancelled') and due_date < ${BENCH_AS_OF})::int as overdue
        from tasks`,
  );
  const c = classes[0];
  if (!c || !c.on_time || !c.late || !c.within || !c.overdue) problems.push(`a deadline class is empty: ${JSON.stringify(c)}`);
  // Folded text, on a sample (every 997th row): the same function as the services.
  const tasks = await queryRows<{ title: string; description: string | null; search_text: string }>(db, sql`select title, description, search_text from tasks where abs(hashtext(id::text)) % 997 = 0`);
  const badTasks = tasks.filter((t) => t.search_text !== foldVietnamese(`${t.title} ${t.description ?? ''}`)).length;
  if (badTasks) problems.push(`tasks whose search_text is not the folded title and description: ${badTasks} of ${tasks.length} sampled`);
  const persons = await queryRows<{ full_name: string; search_text: string }>(db, sql`select full_name, search_text from persons where abs(hashtext(id::text)) % 97 = 0`);
  const badPersons = persons.filter((p) => p.search_text !== foldVietnamese(p.full_name)).length;
  if (badPersons) problems.push(`persons whose search_text is not the folded name: ${badPersons} of ${persons.length} sampled`);
  if (!(await verifyPassword(BENCH_PASSWORD_HASH, BENCH_PASSWORD))) problems.push('the shared password hash does not verify');
  return problems;
}
