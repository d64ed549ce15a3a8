/** Message lookup and locale-aware number/date formatting. Pure: components call these via useT(). */
import type { Lang } from '../domain/lang';
import { en, type MessageKey, type Messages, vi } from './messages';

export { LANGUAGES, type Lang, pickLabel } from '../domain/lang';
export const MESSAGES: Record<Lang, Messages> = { vi, en };
export type { MessageKey };

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** 1.586 in Vietnamese, 1,586 in English. */
export function formatNumber(lang: Lang, value: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Formats YYYY, YYYY-MM or YYYY-MM-DD at the precision it has; a range "a/b" as "a–b". */
export function formatPartialDate(lang: Lang, date: string): string {
  const slash = date.indexOf('/');
  if (slash >= 0)
    return `${formatPartialDate(lang, date.slice(0, slash))}–${formatPartialDate(lang, date.slice(slash + 1))}`;
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  // Vietnamese writes dates with slashes (12/2025, 14/12/2025); English as "Dec 2025", "14 Dec 2025".
  if (lang === 'vi') return d === undefined ? `${String(m).padStart(2, '0')}/${y}` : `${d}/${m}/${y}`;
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'short' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m - 1, d ?? 1)),
  );
}

/** A data note in the interface language; a note written in one language only is shown as written. */
export function noteText(lang: Lang, note: string | { vi: string; en: string }): string {
  return typeof note === 'string' ? note : note[lang];
}
