export { programmeRoutes, taskRoutes } from './tasks.routes.ts';
export { REMINDER_DAYS_AHEAD, sendDueReminders, type ReminderResult } from './tasks.reminders.ts';
