import { useMemo } from 'react';
import { formatNumber, formatPartialDate, type MessageKey, noteText, pickLabel, translate } from '../i18n';
import { useAppStore } from '../store';

/** The interface language and its formatters, for components. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useMemo(
    () => ({
      lang,
      t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
      num: (value: number, digits?: number) => formatNumber(lang, value, digits),
      date: (value: string) => formatPartialDate(lang, value),
      label: (l: { vi: string; en?: string }) => pickLabel(lang, l),
      note: (n: string | { vi: string; en: string }) => noteText(lang, n),
    }),
    [lang],
  );
}
export type T = ReturnType<typeof useT>;
