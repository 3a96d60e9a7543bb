/**
 * The task workbook officials keep programmes in: one sheet "Nhiệm vụ", a
 * Vietnamese header row, one row per task. Dates are written as real Excel
 * dates shown dd/mm/yyyy; on reading, Excel dates, date serials and
 * dd/mm/yyyy (or yyyy-mm-dd) text are all accepted.
 */
import ExcelJS from 'exceljs';
import { DOCUMENT_FIELDS, type DocumentField } from '../../../shared/documents.ts';
import { DOCUMENT_FIELD_LABELS } from '../../../shared/labels.ts';
import { TASK_PRIORITIES, TASK_PRODUCTS, TASK_STATUS_LABELS, type TaskPriority, type TaskProduct } from '../../../shared/tasks.ts';
import type { TaskRow } from './tasks.repository.ts';

export const SHEET_NAME = 'Nhiệm vụ';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Most rows one export carries. */
export const EXPORT_MAX_ROWS = 5000;

export const COLUMNS = [
  { key: 'no', header: 'STT', width: 6 },
  { key: 'id', header: 'Mã', width: 38 },
  { key: 'title', header: 'Tên nhiệm vụ', width: 48 },
  { key: 'description', header: 'Nội dung', width: 48 },
  { key: 'lead', header: 'Đơn vị chủ trì', width: 30 },
  { key: 'cooperators', header: 'Đơn vị phối hợp', width: 30 },
  { key: 'responsible', header: 'Người chịu trách nhiệm', width: 24 },
  { key: 'startDate', header: 'Ngày bắt đầu', width: 14 },
  { key: 'dueDate', header: 'Hạn hoàn thành', width: 14 },
  { key: 'product', header: 'Sản phẩm', width: 18 },
  { key: 'field', header: 'Lĩnh vực', width: 24 },
  { key: 'priority', header: 'Mức ưu tiên', width: 12 },
  { key: 'isKey', header: 'Trọng tâm', width: 10 },
  { key: 'status', header: 'Trạng thái', width: 18 },
  { key: 'progress', header: 'Tiến độ (%)', width: 10 },
  { key: 'version', header: 'Phiên bản', width: 10 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const COLUMN_HEADER = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

export const PRIORITY_VI: Record<TaskPriority, string> = { normal: 'Bình thường', high: 'Cao', urgent: 'Khẩn' };
export const PRODUCT_VI: Record<TaskProduct, string> = {
  report: 'Báo cáo',
  plan: 'Kế hoạch',
  conference: 'Hội nghị',
  document: 'Văn bản',
  inspection: 'Kiểm tra, giám sát',
  other: 'Khác',
};

/** Cooperating units in one cell. */
export const LIST_SEPARATOR = '; ';

export interface ExportRow {
  task: TaskRow;
  leadName: string;
  cooperatorNames: string[];
  responsibleName: string | null;
}

const isoToExcelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function buildTaskWorkbook(rows: ExportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân vận số';
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) => {
    const t = r.task;
    ws.addRow({
      no: i + 1,
      id: t.id,
      title: t.title,
      description: t.description ?? '',
      lead: r.leadName,
      cooperators: r.cooperatorNames.join(LIST_SEPARATOR),
      responsible: r.responsibleName ?? '',
      startDate: t.startDate ? isoToExcelDate(t.startDate) : null,
      dueDate: isoToExcelDate(t.dueDate),
      product: t.expectedProduct ? PRODUCT_VI[t.expectedProduct] : '',
      field: t.field ? (DOCUMENT_FIELD_LABELS[t.field as DocumentField]?.vi ?? t.field) : '',
      priority: PRIORITY_VI[t.priority],
      isKey: t.isKey ? 'x' : '',
      status: TASK_STATUS_LABELS[t.status].vi,
      progress: t.effectiveProgress,
      version: t.version,
    });
  });
  for (const key of ['startDate', 'dueDate'] as const) ws.getColumn(key).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell as the import sees it: text (trimmed, '' when empty), a number or a date. */
export type Cell = string | number | Date;

export interface SheetRow {
  /** The row number in the sheet, as Excel shows it. */
  rowNo: number;
  cells: Record<ColumnKey, Cell>;
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date || typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'x' : '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('').trim();
    if ('result' in v) return v.result === undefined || typeof v.result === 'object' ? (v.result instanceof Date ? v.result : '') : cellValue(v.result);
    if ('text' in v) return String(v.text).trim();
  }
  return '';
}

export class NotAWorkbook extends Error {}
export class WrongLayout extends Error {
  constructor(readonly missing: string[]) {
    super(`missing columns: ${missing.join(', ')}`);
  }
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Read the task sheet: header row found by its titles (columns may be in any order); blank rows skipped. */
export async function readTaskWorkbook(content: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new NotAWorkbook();
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) throw new NotAWorkbook();
  const header = ws.getRow(1);
  const position = new Map<ColumnKey, number>();
  header.eachCell((cell, col) => {
    const text = fold(String(cellValue(cell.value)));
    const column = COLUMNS.find((c) => fold(c.header) === text || text.startsWith(`${fold(c.header)} (`));
    if (column && !position.has(column.key)) position.set(column.key, col);
  });
  const required: ColumnKey[] = ['title', 'lead', 'dueDate'];
  const missing = required.filter((k) => !position.has(k)).map((k) => COLUMN_HEADER[k]);
  if (missing.length) throw new WrongLayout(missing);
  const rows: SheetRow[] = [];
  ws.eachRow((row, rowNo) => {
    if (rowNo === 1) return;
    const cells = Object.fromEntries(COLUMNS.map((c) => [c.key, position.has(c.key) ? cellValue(row.getCell(position.get(c.key)!).value) : ''])) as Record<ColumnKey, Cell>;
    const meaningful: ColumnKey[] = ['id', 'title', 'description', 'lead', 'dueDate'];
    if (meaningful.every((k) => cells[k] === '')) return;
    rows.push({ rowNo, cells });
  });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const validIso = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
};

/** A date cell → ISO date, null when empty, undefined when not a date. */
export function cellDate(cell: Cell): string | null | undefined {
  if (cell === '') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    // Excel dates carry no zone; exceljs reads them as UTC. Round to the nearest day.
    const d = new Date(cell.getTime() + 12 * 3600_000);
    return validIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? undefined;
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 150000) return undefined;
    const d = new Date(Date.UTC(1899, 11, 30) + cell * 86400_000);
    return validIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? undefined;
  }
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(cell);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
  m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(cell);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  return undefined;
}

const byLabel = <K extends string>(codes: readonly K[], label: (k: K) => string) => (cell: Cell): K | null | undefined => {
  const text = fold(String(cell));
  if (text === '') return null;
  return codes.find((k) => fold(label(k)) === text || k === text);
};
export const cellPriority = byLabel(TASK_PRIORITIES, (k) => PRIORITY_VI[k]);
export const cellProduct = byLabel(TASK_PRODUCTS, (k) => PRODUCT_VI[k]);
export const cellField = byLabel(DOCUMENT_FIELDS, (k) => DOCUMENT_FIELD_LABELS[k].vi);

export const cellText = (cell: Cell): string => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());
