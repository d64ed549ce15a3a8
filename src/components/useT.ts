import { useMemo } from 'react';
import {
  formatNumber,
  formatPartialDate,
  type MessageKey,
  noteText,
  type ParamArgs,
  pickLabel,
  translate,
  translateNotice,
} from '../i18n';
import type { NoticeMessage } from '../domain/notices';
import { useAppStore } from '../store';

/** The interface language and its formatters, for components. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useMemo(
    () => ({
      lang,
      t: <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => translate(lang, key, ...params),
      notice: (n: NoticeMessage) => translateNotice(lang, n),
      num: (value: number, digits?: number) => formatNumber(lang, value, digits),
      date: (value: string) => formatPartialDate(lang, value),
      label: (l: { vi: string; en?: string }) => pickLabel(lang, l),
      note: (n: string | { vi: string; en: string }) => noteText(lang, n),
    }),
    [lang],
  );
}
export type T = ReturnType<typeof useT>;
