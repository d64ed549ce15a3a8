/**
 * The interface languages, Vietnamese first (the default). A leaf module: the message tables, the
 * store and the URL codec all read the list from here, so adding a language starts with this line.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** Each language's name, written in that language, and the locale its numbers and dates follow. */
export const LANGUAGE_INFO = {
  vi: { name: 'Tiếng Việt', locale: 'vi-VN' },
  en: { name: 'English', locale: 'en-GB' },
} as const satisfies Record<Lang, { name: string; locale: string }>;

/** A name in the interface language: Vietnamese where no other is given. */
export function pickLabel(
  lang: Lang,
  label: { readonly vi: string } & { readonly [L in Lang]?: string },
): string {
  return label[lang] || label.vi;
}
