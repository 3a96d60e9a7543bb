import type { Lang } from '../../shared/labels.ts';

const KEY = 'danvan.lang';
let lang: Lang = readInitial();
const listeners = new Set<() => void>();

function readInitial(): Lang {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage unavailable
  }
  return 'vi';
}

export const currentLanguage = (): Lang => lang;

export function setLanguage(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // storage unavailable
  }
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
