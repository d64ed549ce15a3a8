/**
 * Search over zones and places that ignores case and diacritics (đ→d), understands the KCN / CCN /
 * KCNC / CNC abbreviations, and ranks exact and tone-correct matches first, then prefix matches,
 * then matches inside a word. Index once, query per keystroke.
 */
import { foldVietnamese } from './text';

export type SearchTarget = { type: 'zone' | 'district' | 'commune'; id: string };
export type SearchField = 'name' | 'alias' | 'formerName' | 'developer' | 'place' | 'sector';

export type SearchDoc = SearchTarget & {
  /** What the result shows. */
  label: string;
  texts: readonly { text: string; field: SearchField }[];
};

type IndexedText = {
  field: SearchField;
  exact: string;
  folded: string;
  kindWords: string;
  core: string;
  words: string[];
};
/** `all`: every folded form, '\n'-joined: a document none of whose texts holds every query word cannot match. */
type IndexedDoc = { doc: SearchDoc; texts: IndexedText[]; all: string };

/**
 * Per field, every distinct folded and exact form, joined into one string with '\n' before and after
 * each: one `includes` tells whether any text of the field could reach a score level.
 */
type FieldTexts = { folded: string; exact: string; seen: Set<string> };
/**
 * The accelerator: which documents have a text of a given folded form, core or exact form (only those
 * can score 900 or get the exact-tone bonus), the fields' joined forms, and the documents grouped by
 * the first two ranking tie-breaks (type, label length), so a walk in that order can stop early.
 */
type Accel = {
  byForm: Map<string, number[]>;
  fields: Map<SearchField, FieldTexts>;
  groups: Map<number, number[]>;
  keys: number[];
};
export type SearchIndex = { docs: IndexedDoc[]; accel: Accel };

export type SearchHit = { doc: SearchDoc; score: number; field: SearchField };

/** The longest accepted query; anything longer is cut, never an error. */
export const MAX_QUERY_LENGTH = 100;

const FIELD_WEIGHT: Record<SearchField, number> = {
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
const TYPE_ORDER: Record<SearchTarget['type'], number> = { zone: 0, district: 1, commune: 2 };

const exactForm = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function indexDoc(doc: SearchDoc): IndexedDoc {
  const texts = doc.texts
    .filter((t) => t.text.trim())
    .flatMap((t) => {
      // Indexed twice when abbreviating changes it: "công nghệ sinh học" must find "Khu công nghệ cao sinh học".
      const forms = [...new Set([normalise(t.text), normalise(t.text, true)])];
      return forms.map((folded) => ({
        field: t.field,
        exact: exactForm(t.text),
        folded,
        core: coreOf(folded),
        kindWords: kindWordsOf(folded),
        words: folded.split(' '),
      }));
    });
  return { doc, texts, all: texts.map((t) => t.folded).join('\n') };
}

export const emptySearchIndex = (): SearchIndex => ({
  docs: [],
  accel: { byForm: new Map(), fields: new Map(), groups: new Map(), keys: [] },
});

const groupKey = (doc: SearchDoc) => TYPE_ORDER[doc.type] * 1e7 + doc.label.length;

/** Adds one document to `index` in place (the background build adds them a slice at a time). */
export function addToIndex(index: SearchIndex, doc: SearchDoc): void {
  const n = index.docs.length;
  const indexed = indexDoc(doc);
  index.docs.push(indexed);
  const { byForm, fields, groups, keys } = index.accel;
  const note = (form: string) => {
    const docs = byForm.get(form);
    if (!docs) byForm.set(form, [n]);
    else if (docs.at(-1) !== n) docs.push(n);
  };
  for (const t of indexed.texts) {
    // Keyed by field and kind of form, so that none collide.
    note(`${t.field}:f${t.folded}`);
    note(`${t.field}:c${t.core}`);
    note(`${t.field}:e${t.exact}`);
    let f = fields.get(t.field);
    if (!f) {
      f = { folded: '\n', exact: '\n', seen: new Set() };
      fields.set(t.field, f);
    }
    if (!f.seen.has(`f${t.folded}`)) {
      f.seen.add(`f${t.folded}`);
      f.folded += t.folded + '\n';
    }
    if (!f.seen.has(`e${t.exact}`)) {
      f.seen.add(`e${t.exact}`);
      f.exact += t.exact + '\n';
    }
  }
  const key = groupKey(doc);
  const group = groups.get(key);
  if (group) group.push(n);
  else {
    groups.set(key, [n]);
    let i = keys.length;
    while (i > 0 && keys[i - 1]! > key) i--;
    keys.splice(i, 0, key);
  }
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = emptySearchIndex();
  for (const doc of docs) addToIndex(index, doc);
  return index;
}

function scoreText(t: IndexedText, q: Query): number {
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

type Query = {
  exact: string;
  folded: string;
  core: string;
  kindWords: string;
  words: string[];
  hasMarks: boolean;
};

function prepare(rawQuery: string): Query | null {
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
function scoreDoc({ doc, texts }: IndexedDoc, q: Query): SearchHit | null {
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
function offer(top: SearchHit[], at: number[], hit: SearchHit, n: number, limit: number): void {
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

/**
 * The plain scan: every document scored. Kept as the reference the indexed search is tested against.
 */
export function searchLinear(index: SearchIndex, rawQuery: string, limit = 8): SearchHit[] {
  const q = prepare(rawQuery);
  if (!q) return [];
  const top: SearchHit[] = [];
  const at: number[] = [];
  index.docs.forEach((d, n) => {
    const hit = scoreDoc(d, q);
    if (hit) offer(top, at, hit, n, limit);
  });
  return top;
}

/**
 * The best `limit` hits, the same as `searchLinear` returns, without scoring every document:
 * 1. the documents with a text equal to the query (folded, core or exact form) are found in the joined
 *    strings and scored first: only they can score 900 or get the exact-tone bonus;
 * 2. for every other document, the joined strings give an upper bound of its score (the best level any
 *    text of a field could reach, times the field's weight);
 * 3. the rest are scored in tie-break order (type, then label length), stopping once the top `limit`
 *    are full and none left can beat the last of them.
 */
export function search(index: SearchIndex, rawQuery: string, limit = 8): SearchHit[] {
  const q = prepare(rawQuery);
  if (!q) return [];
  const { byForm, fields, groups, keys } = index.accel;
  const top: SearchHit[] = [];
  const at: number[] = [];
  const seen = new Set<number>();
  const take = (n: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    const d = index.docs[n]!;
    if (!q.words.every((x) => d.all.includes(x))) return;
    const hit = scoreDoc(d, q);
    if (hit) offer(top, at, hit, n, limit);
  };
  let bound = 0;
  for (const [field, f] of fields) {
    const w = FIELD_WEIGHT[field];
    if ((700 + 50) * w <= bound || !q.words.every((x) => f.folded.includes(x))) continue;
    let level = 200;
    if (f.folded.includes(`\n${q.folded}`)) level = 700;
    else if (q.words.every((x) => f.folded.includes(` ${x}`) || f.folded.includes(`\n${x}`))) level = 500;
    const tone = q.hasMarks && (level + 50) * w > bound && f.exact.includes(q.exact) ? 50 : 0;
    bound = Math.max(bound, (level + tone) * w);
  }
  // The documents with a text of the query's own folded form, core or exact form: scored now where
  // they could beat the bound, else left to the walk under a bound raised to their best.
  const equal = [...fields.keys()]
    .map((field) => ({
      w: FIELD_WEIGHT[field],
      docs: [`f${q.folded}`, q.core ? `c${q.core}` : '', `e${q.exact}`].flatMap(
        (form) => byForm.get(`${field}:${form}`) ?? [],
      ),
    }))
    .filter((e) => e.docs.length > 0);
  let walkBound = bound;
  for (const e of equal)
    if ((900 + 100) * e.w > bound) e.docs.forEach(take);
    else walkBound = Math.max(walkBound, (900 + 100) * e.w);
  if (walkBound === 0) return top;
  bound = walkBound;
  for (const key of keys) {
    const last = top[limit - 1];
    if (last && (last.score > bound || (last.score === bound && groupKey(last.doc) < key))) break;
    for (const n of groups.get(key)!) take(n);
  }
  return top;
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
