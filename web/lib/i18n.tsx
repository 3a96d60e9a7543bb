import { useCallback, useSyncExternalStore } from 'react';
import type { Label, Lang } from '../../shared/labels.ts';
import { currentLanguage, setLanguage, subscribeLanguage } from './i18n-store.ts';

/**
 * Vietnamese first, English second. Strings are written in place as
 * `tr('Vietnamese', 'English')`, so each module keeps its own wording.
 */
export function useI18n() {
  const lang = useSyncExternalStore(subscribeLanguage, currentLanguage, currentLanguage);
  const tr = useCallback((vi: string, en: string) => (lang === 'en' ? en : vi), [lang]);
  const label = useCallback((l: Label | undefined) => (l ? l[lang] : ''), [lang]);
  return { lang, tr, label, setLanguage: (next: Lang) => setLanguage(next) };
}
