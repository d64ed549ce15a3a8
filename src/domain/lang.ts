/** The interface languages, Vietnamese first. The messages for each live in src/i18n. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A label in the interface language; English falls back to Vietnamese where a source gives none. */
export function pickLabel(lang: Lang, label: { vi: string; en?: string }): string {
  return (lang === 'en' && label.en) || label.vi;
}
