/**
 * Search over zones and places that ignores case and diacritics (đ→d), understands the KCN / CCN /
 * KCNC / CNC abbreviations, and ranks exact and tone-correct matches first, then prefix matches,
 * then matches inside a word (the rules: src/domain/searchRanking.ts). Index once
 * (src/domain/searchIndexing.ts), query per keystroke: `search`, checked against the plain scan
 * `searchLinear`.
 */
import {
  FIELD_WEIGHT,
  groupKey,
  offer,
  prepare,
  scoreDoc,
  type SearchField,
  type SearchHit,
} from './searchRanking';
import type { SearchIndex } from './searchIndexing';

export type { SearchDoc, SearchField, SearchHit, SearchTarget } from './searchRanking';
export { MAX_QUERY_LENGTH } from './searchRanking';
export type { SearchIndex } from './searchIndexing';
export { addToIndex, buildSearchIndex, emptySearchIndex, settleSearchIndex } from './searchIndexing';

/**
 * The documents of a tier: listed, or (when listing them would cost much) a test of one document, what
 * listing would cost, and the list.
 */
type Candidates = number[] | { test: (d: number) => boolean; cost: number; list: () => number[] };

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
 * The best `limit` hits, the same as `searchLinear` returns, without scoring every document. A
 * document's score comes from one text in one field at one level; per field, each level has the set of
 * documents that can reach it and the highest score they can reach (times the field's weight):
 * - exact form equal to the query's: 1000;
 * - folded form or name equal: 900, 950 if the marks typed appear in the field;
 * - a folded form that starts with the query: 700 (750);
 * - every query word starts a word of the field: 500 (550);
 * - every query word is inside a word of the field: 200 (250).
 * These tiers are taken best first; each one's documents are scored in tie-break order (type, label
 * length), stopping once the top `limit` are full and nothing left can beat the last of them.
 */
export function search(index: SearchIndex, rawQuery: string, limit = 8): SearchHit[] {
  const q = prepare(rawQuery);
  if (!q) return [];
  const { byForm, words, sortedWords, forms, exact, groupOf, groups, keys } = index.accel;
  const n = index.docs.length;
  const top: SearchHit[] = [];
  const at: number[] = [];
  const seen = new Uint8Array(n);
  // Generation marks for this query's sets: a document is in the set of generation g when its mark
  // is g, so no array is cleared between sets.
  const mark = new Int32Array(n);
  let generation = 0;

  const union = (lists: Iterable<readonly number[]>): number[] => {
    const g = ++generation;
    const out: number[] = [];
    for (const docs of lists)
      for (const d of docs)
        if (mark[d] !== g) {
          mark[d] = g;
          out.push(d);
        }
    return out;
  };
  const formDocs = (field: SearchField, forms: readonly string[]) =>
    union(forms.map((form) => byForm.get(`${field}:${form}`) ?? []));
  /**
   * Documents with a folded form of `field` that starts with the query: the forms' range, or, when the
   * range is a large part of the index, a test each document in the walk answers for itself.
   */
  const startingWith = (field: SearchField): Candidates => {
    const sorted = forms.get(field);
    if (!sorted) return [];
    const count = sorted.countStartingWith(q.folded);
    const list = () => union(Array.from(sorted.startingWith(q.folded), (f) => f.docs));
    if (count < 64) return list();
    return {
      test: (d) => index.docs[d]!.texts.some((t) => t.field === field && t.folded.startsWith(q.folded)),
      cost: count,
      list,
    };
  };
  /** Documents with a word of `field` that every query word starts (or is inside). */
  const wordDocs = (field: SearchField, inside: boolean): number[] => {
    const inOrder = sortedWords.get(field)!;
    let result: number[] | null = null;
    for (const w of new Set(q.words)) {
      const matching = inside ? inOrder.containing(w) : inOrder.startingWith(w);
      const docs = union(Array.from(matching, (f) => f.docs));
      const g = generation;
      result = result === null ? docs : result.filter((d) => mark[d] === g);
      if (result.length === 0) break;
    }
    return result ?? [];
  };

  const nameForm = q.core ? [q.kindWords ? `k${q.kindWords}|${q.core}` : `a${q.core}`] : [];
  type Tier = { max: number; tone?: SearchField; docs: () => Candidates };
  const tiers: Tier[] = [...words.keys()].flatMap((field) => {
    const w = FIELD_WEIGHT[field];
    // Until checked, the marks typed may appear in the field (the check reads all its exact forms).
    const tone = q.hasMarks ? field : undefined;
    const bonus = q.hasMarks ? 50 : 0;
    return [
      { max: 1000 * w, docs: () => formDocs(field, [`e${q.exact}`]) },
      { max: (900 + bonus) * w, tone, docs: () => formDocs(field, [`f${q.folded}`, ...nameForm]) },
      { max: (700 + bonus) * w, tone, docs: () => startingWith(field) },
      { max: (500 + bonus) * w, tone, docs: () => wordDocs(field, false) },
      { max: (200 + bonus) * w, tone, docs: () => wordDocs(field, true) },
    ];
  });
  const toneIn = new Map<SearchField, boolean>();

  const beaten = (max: number, key: number) => {
    const last = top[limit - 1];
    return last !== undefined && (last.score > max || (last.score === max && groupKey(last.doc) < key));
  };
  const take = (d: number) => {
    if (seen[d]) return;
    seen[d] = 1;
    const hit = scoreDoc(index.docs[d]!, q);
    if (hit) offer(top, at, hit, d, limit);
  };
  while (tiers.length > 0) {
    let best = 0;
    for (let i = 1; i < tiers.length; i++) if (tiers[i]!.max > tiers[best]!.max) best = i;
    const tier = tiers[best]!;
    if (beaten(tier.max, -Infinity)) break;
    if (tier.tone) {
      // Narrow the bound to what the field can reach, and look again for the best tier.
      const field = tier.tone;
      if (!toneIn.has(field)) toneIn.set(field, exact.get(field)!.includes(q.exact));
      if (!toneIn.get(field)) tier.max -= 50 * FIELD_WEIGHT[field];
      tier.tone = undefined;
      continue;
    }
    tiers.splice(best, 1);
    const docs = tier.docs();
    if (!Array.isArray(docs) || docs.length > n / 8) {
      // Many: walk every document in order, taking those of the set (sorting them would cost more).
      // A set given by a test is tested document by document while that costs less than listing it.
      const g = ++generation;
      const inSet = (d: number) => mark[d] === g;
      const listed = (list: number[]) => {
        for (const d of list) mark[d] = g;
        return inSet;
      };
      let has = Array.isArray(docs) ? listed(docs) : docs.test;
      let budget = Array.isArray(docs) ? Infinity : docs.cost;
      walk: for (const key of keys)
        for (const d of groups.get(key)!) {
          if (seen[d]) continue;
          if (--budget === 0 && !Array.isArray(docs)) has = listed(docs.list());
          if (!has(d)) continue;
          if (beaten(tier.max, key)) break walk;
          take(d);
        }
    } else {
      const unseen = docs.filter((d) => !seen[d]).sort((a, b) => groupOf[a]! - groupOf[b]! || a - b);
      for (const d of unseen) {
        if (beaten(tier.max, groupOf[d]!)) break;
        take(d);
      }
    }
  }
  return top;
}
