/**
 * Vietnamese-aware text folding: lower case, no tone marks or diacritics, đ→d.
 * Used for search, slugs and ids, so "Hoà Lạc", "hoa lac" and "HOA LAC" all fold to "hoa lac".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** A URL- and id-safe slug: "Xã Quang Minh" → "xa-quang-minh". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorts names the way a Vietnamese reader expects (Đ after D, tones ignored first). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Letters only Vietnamese uses among the two languages (đ, ơ, ư, tone marks...). */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Which of the app's two languages a text is in, from its letters: any Vietnamese letter makes it Vietnamese. */
export function textLang(text: string): 'vi' | 'en' {
  return VIETNAMESE_LETTERS.test(text) ? 'vi' : 'en';
}
