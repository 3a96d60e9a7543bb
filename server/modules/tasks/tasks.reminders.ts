/** Daily e-mail reminders of tasks due soon or overdue, to their responsible person. Off unless SMTP_URL is set. */
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/client.ts';
import { formatIsoDate, todayInVietnam } from '../../lib/dates.ts';
import { insertReminders, listDueForReminder, type ReminderRow } from './tasks.repository.ts';

/** Tasks due within this many days (or overdue) are reminded of. */
export const REMINDER_DAYS_AHEAD = 3;

export interface ReminderResult {
  /** One entry per e-mail sent. */
  sent: { to: string; taskIds: string[] }[];
  failed: { to: string; error: string }[];
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * E-mail each responsible person their open tasks due within three days or
 * overdue, at most once per task per day (remembered in `task_reminders`).
 * A failed e-mail is not remembered, so it is tried again on the next run.
 */
export async function sendDueReminders(db: Db, now: Date, transport: Pick<Transporter, 'sendMail'>, from = 'Dân vận số <no-reply@localhost>'): Promise<ReminderResult> {
  const today = todayInVietnam(now);
  const rows = await listDueForReminder(db, today, addDays(today, REMINDER_DAYS_AHEAD));
  const byPerson = new Map<string, ReminderRow[]>();
  for (const r of rows) byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), r]);
  const result: ReminderResult = { sent: [], failed: [] };
  for (const list of byPerson.values()) {
    const first = list[0]!;
    const line = (r: ReminderRow) => `- ${r.title} — hạn ${formatIsoDate(r.due_date)}${r.due_date < today ? ' (QUÁ HẠN)' : ''}`;
    const overdue = list.filter((r) => r.due_date < today).length;
    try {
      await transport.sendMail({
        from,
        to: `${first.full_name} <${first.email.trim()}>`,
        subject: `[Dân vận số] ${list.length} nhiệm vụ sắp đến hạn${overdue ? `, ${overdue} quá hạn` : ''}`,
        text: [`Kính gửi đồng chí ${first.full_name},`, '', 'Các nhiệm vụ đồng chí chịu trách nhiệm sắp đến hạn hoặc đã quá hạn:', ...list.map(line), '', 'Thư gửi tự động từ Dân vận số.'].join('\n'),
      });
      await insertReminders(db, list.map((r) => r.task_id), today);
      result.sent.push({ to: first.email.trim(), taskIds: list.map((r) => r.task_id) });
    } catch (err) {
      result.failed.push({ to: first.email, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return result;
}
