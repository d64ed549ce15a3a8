/** Message lookup and locale-aware number/date formatting. Pure: components call these via useT(). */
import { LANGUAGE_INFO, LANGUAGES, type Lang, pickLabel } from '../domain/lang';
import type { NoticeCatalogue, NoticeKey, NoticeMessage, NoticePart } from '../domain/notices';
import {
  MESSAGES,
  type MessageKey,
  type ParamArgs,
  type Params,
  type ParamsOf,
  type PlainKey,
} from './messages';
import type { ParamValue } from './table';

export { LANGUAGE_INFO, LANGUAGES, MESSAGES, pickLabel };
export type { Lang, MessageKey, ParamArgs, Params, PlainKey };

/** `{count|zone|zones}`: the first form when `count` is one in the language's plural rules, else the second. */
const PLURAL_FORMS = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

/** A count as a number; a count already formatted for English ("240,000") has its separators taken out. */
const countOf = (value: ParamValue) => (typeof value === 'number' ? value : Number(value.replace(/,/g, '')));

const rulesByLang = new Map<Lang, Intl.PluralRules>();
/** Made once per language: texts are filled on every render. */
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(LANGUAGE_INFO[lang].locale)));
  return rules;
}

function fill(
  lang: Lang,
  template: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
): string {
  if (!params) return template;
  // Forms first, so a value put in for a placeholder is never read as template.
  return template
    .replace(PLURAL_FORMS, (m, name: string, one: string, other: string) =>
      name in params ? (pluralRules(lang).select(countOf(params[name]!)) === 'one' ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The text of `key` in `lang`, its placeholders filled from the values its type requires. */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamArgs<K>): string {
  return fill(lang, MESSAGES[lang][key], params);
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type NamesOf<V> = V extends undefined ? never : keyof V;
/** The notice keys whose values are not exactly their message's placeholders (must be none). */
type NoticeMismatch = {
  [K in NoticeKey]: K extends MessageKey
    ? Same<NamesOf<NoticeCatalogue[K]>, ParamsOf<K>> extends true
      ? never
      : K
    : K;
}[NoticeKey];
// A compile error here names a notice of src/domain/notices.ts that does not match its message.
const noticesMatchMessages: [NoticeMismatch] extends [never] ? true : NoticeMismatch = true;
void noticesMatchMessages;

/** A notice's text in `lang`: translated when drawn, so it follows a change of language. */
export function translateNotice(lang: Lang, notice: NoticeMessage): string {
  const params: Record<string, ParamValue> = {};
  const given: Record<string, ParamValue | NoticePart> = notice.params ?? {};
  for (const [name, value] of Object.entries(given))
    params[name] = typeof value === 'object' ? MESSAGES[lang][value.key] : value;
  return fill(lang, MESSAGES[lang][notice.key], params);
}

/** 1.586 in Vietnamese, 1,586 in English. */
export function formatNumber(lang: Lang, value: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(LANGUAGE_INFO[lang].locale, {
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
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
  return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].locale, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m - 1, d ?? 1)),
  );
}

/**
 * A data note in the interface language; a note written in one language only is shown as written,
 * and a language the data does not write in reads the English.
 */
export function noteText(
  lang: Lang,
  note: string | ({ vi: string; en: string } & { [L in Lang]?: string }),
): string {
  return typeof note === 'string' ? note : (note[lang] ?? note.en);
}
