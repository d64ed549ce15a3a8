/**
 * The rules of the search over zones and places: how a text is folded (case, diacritics, đ→d, KCN /
 * CCN / KCNC / CNC abbreviations, numerals) and how a text scores against a query: exact and
 * tone-correct matches first, then prefix matches, then matches inside a word; ties go to zones, then
 * shorter names. src/domain/search.ts finds the best hits fast; this module says what "best" is.
 */
import { foldVietnamese } from './text';

export type SearchTarget = { type: 'zone' | 'district' | 'commune'; id: string };
export type SearchField = 'name' | 'alias' | 'formerName' | 'developer' | 'place' | 'sector';

export type SearchDoc = SearchTarget & {
  /** What the result shows. */
  label: string;
  texts: readonly { text: string; field: SearchField }[];
};

export type IndexedText = {
  field: SearchField;
  exact: string;
  folded: string;
  kindWords: string;
  core: string;
  words: string[];
};
export type IndexedDoc = { doc: SearchDoc; texts: IndexedText[] };

export type SearchHit = { doc: SearchDoc; score: number; field: SearchField };

/** The longest accepted query; anything longer is cut, never an error. */
export const MAX_QUERY_LENGTH = 100;

export const FIELD_WEIGHT: Record<SearchField, number> = {
  name: 1,
  alias: 0.97,
  formerName: 0.9,
  place: 0.85,
  developer: 0.6,
  sector: 0.55,
};

// Long forms → the abbreviations people type. Applied to index and query alike, so either form finds either.
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bkhu cong nghe cao\b/g, 'kcnc cnc'],
  [/\bkhu cnc\b/g, 'kcnc cnc'],
  [/\bcong nghe cao\b/g, 'cnc'],
  [/\bkhu cong nghiep\b/g, 'kcn'],
  [/\bcum cong nghiep\b/g, 'ccn'],
  [/\bkcnc\b(?! cnc)/g, 'kcnc cnc'],
];

/**
 * Roman numerals as the digits people type: "Quang Minh II" and "quang minh 2" are the same name.
 * Only the unambiguous forms: "vi" and "x" are Vietnamese words, and "i" counts only at the end.
 */
const NUMERALS: readonly [RegExp, string][] = [
  [/\biii\b/g, '3'],
  [/\bii\b/g, '2'],
  [/\biv\b/g, '4'],
  [/\bi$/g, '1'],
];

/** Folded, punctuation gone, numerals as digits; abbreviated (KCN, CCN…) unless `plain`. */
function normalise(text: string, plain = false): string {
  let s = foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [pattern, digit] of NUMERALS) s = s.replace(pattern, digit);
  if (plain) return s;
  for (const [pattern, short] of ABBREVIATIONS) s = s.replace(pattern, short);
  return s;
}

// Words that name the kind of thing, not the thing: "KCN Thăng Long" and "Xã Hòa Lạc" are exact for "thang long", "hoa lac".
const GENERIC_PREFIX = /^(?:(?:kcnc cnc|kcn|ccn|cnc|xa|phuong|quan|huyen|thi xa|thi tran|khu|cum)\s+)+/;
const coreOf = (folded: string) => folded.replace(GENERIC_PREFIX, '');
const kindWordsOf = (folded: string) => folded.match(GENERIC_PREFIX)?.[0].trim() ?? '';

/** Zones first, then the places they sit in, when scores tie. */
export const TYPE_ORDER: Record<SearchTarget['type'], number> = { zone: 0, district: 1, commune: 2 };

const exactForm = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export function indexText(text: string, field: SearchField): IndexedText[] {
  // Indexed twice when abbreviating changes it: "công nghệ sinh học" must find "Khu công nghệ cao sinh học".
  const forms = [...new Set([normalise(text), normalise(text, true)])];
  const exact = exactForm(text);
  return forms.map((folded) => ({
    field,
    exact,
    folded,
    core: coreOf(folded),
    kindWords: kindWordsOf(folded),
    words: folded.split(' '),
  }));
}

/** The first two tie-breaks (type, label length) as one number, lower first. */
export const groupKey = (doc: SearchDoc) => TYPE_ORDER[doc.type] * 1e7 + doc.label.length;

export function scoreText(t: IndexedText, q: Query): number {
  let score = 0;
  // Exact when the names match and the query either names no kind or the same kind.
  const sameName = q.core !== '' && t.core === q.core && (q.kindWords === '' || q.kindWords === t.kindWords);
  if (t.folded === q.folded || sameName) score = 900;
  else if (t.folded.startsWith(q.folded)) score = 700;
  else if (q.words.every((w) => t.words.some((tw) => tw.startsWith(w)))) score = 500;
  else if (q.words.every((w) => t.folded.includes(w))) score = 200;
  if (score === 0) return 0;
  // Tone-correct: the user typed diacritics and the original text has them the same way.
  if (t.exact === q.exact) score += 100;
  else if (q.hasMarks && t.exact.includes(q.exact)) score += 50;
  return score;
}

export type Query = {
  exact: string;
  folded: string;
  core: string;
  kindWords: string;
  words: string[];
  hasMarks: boolean;
};

export function prepare(rawQuery: string): Query | null {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
  const folded = normalise(query);
  if (!folded) return null;
  return {
    exact: exactForm(query),
    folded,
    core: coreOf(folded),
    kindWords: kindWordsOf(folded),
    words: folded.split(' '),
    hasMarks: foldVietnamese(query) !== query.toLowerCase(),
  };
}

/** A document's hit: its best text's score and field, or null. */
export function scoreDoc({ doc, texts }: IndexedDoc, q: Query): SearchHit | null {
  let best = 0;
  let field: SearchField = 'name';
  for (const t of texts) {
    const s = scoreText(t, q) * FIELD_WEIGHT[t.field];
    if (s > best) {
      best = s;
      field = t.field;
    }
  }
  return best === 0 ? null : { doc, score: best, field };
}

/** Keeps `top` the best `limit` hits, best first; `at` is each hit's document number, the last tie-break. */
export function offer(top: SearchHit[], at: number[], hit: SearchHit, n: number, limit: number): void {
  const worse = (i: number) => {
    const c = compareHits(hit, top[i]!);
    return c < 0 || (c === 0 && n < at[i]!);
  };
  if (top.length === limit && !worse(limit - 1)) return;
  let i = top.length;
  while (i > 0 && worse(i - 1)) i--;
  top.splice(i, 0, hit);
  at.splice(i, 0, n);
  if (top.length > limit) {
    top.pop();
    at.pop();
  }
}

/** Best first: score, then zones before places, then the shorter name, then alphabetical. */
function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    TYPE_ORDER[a.doc.type] - TYPE_ORDER[b.doc.type] ||
    a.doc.label.length - b.doc.label.length ||
    a.doc.label.localeCompare(b.doc.label, 'vi')
  );
}
