/**
 * The task vocabulary: one status list with Vietnamese labels and no
 * overlapping codes (the QLNV lesson in docs: numeric codes with no label table).
 */
export const PERIOD_TYPES = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const TASK_STATUSES = ['not_started', 'in_progress', 'submitted', 'done', 'returned', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  submitted: { vi: 'Chờ thẩm định', en: 'Submitted for verification' },
  done: { vi: 'Hoàn thành (đạt)', en: 'Done (verified)' },
  returned: { vi: 'Chưa đạt — trả lại', en: 'Sent back' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const TASK_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_PRODUCTS = ['report', 'plan', 'conference', 'document', 'inspection', 'other'] as const;
export type TaskProduct = (typeof TASK_PRODUCTS)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/**
 * Deadline classes of government task reporting (Báo cáo 1270/BC-TCTTTg, 2017):
 * tasks due are either done (on time / late) or not done (within deadline / overdue).
 */
export const DEADLINE_CLASSES = ['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue'] as const;
export type DeadlineClass = (typeof DEADLINE_CLASSES)[number];

export const DEADLINE_CLASS_LABELS: Record<DeadlineClass, { vi: string; en: string }> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  open_within_deadline: { vi: 'Chưa hoàn thành, trong hạn', en: 'Not done, within deadline' },
  open_overdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not done, overdue' },
};
