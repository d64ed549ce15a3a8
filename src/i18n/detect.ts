import type { Lang } from '../domain/lang';

/** The link decides first, then the browser's preferred languages, then Vietnamese. */
export function detectLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'vi') return 'vi';
    if (primary === 'en') return 'en';
  }
  return 'vi';
}
