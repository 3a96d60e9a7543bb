/** Dates as officials write them: dd/mm/yyyy in Asia/Ho_Chi_Minh. */
export const DISPLAY_TZ = 'Asia/Ho_Chi_Minh';

/** ISO date `YYYY-MM-DD` → `dd/mm/yyyy`. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → `dd/mm/yyyy HH:mm` in Vietnam time, whatever the server's TZ. */
export function formatInstant(value: Date | string, timeZone = DISPLAY_TZ): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** Today's date `YYYY-MM-DD` in Vietnam time. */
export function todayInVietnam(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts;
}
