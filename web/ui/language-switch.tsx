import { SegmentedControl } from '@mantine/core';
import type { Lang } from '../../shared/labels.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';

/** VI | EN; remembered in the browser and, when signed in, on the account. */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { lang, setLanguage } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label="Ngôn ngữ / Language"
      value={lang}
      onChange={(v) => {
        setLanguage(v as Lang);
        if (signedIn) void api.auth.language.$put({ json: { language: v as Lang } });
      }}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
