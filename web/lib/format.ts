/** Display helpers: dd/mm/yyyy, Vietnam time, Vietnamese number and name order. */
export { compareVietnamese, foldVietnamese } from '../../server/lib/vi-text.ts';
export { formatIsoDate, formatInstant } from '../../server/lib/dates.ts';

export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

/** Parse dd/mm/yyyy (or d/m/yyyy, with . or -) into ISO; null when not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/u.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const formatNumber = (n: number, lang: 'vi' | 'en' = 'vi') => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN').format(n);
