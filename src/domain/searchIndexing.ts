/**
 * The search index: each document's texts folded once (shared between documents that repeat a text)
 * and the look-ups src/domain/search.ts needs to score few documents per keystroke. Built a document
 * at a time, so the page can build it in slices (src/domain/searchSlices.ts).
 */
import {
  groupKey,
  indexText,
  type IndexedDoc,
  type IndexedText,
  type SearchDoc,
  type SearchField,
} from './searchRanking';
import { SortedRuns } from './sortedRuns';

/** A folded form or word and the documents that have it. */
export type FormDocs = { form: string; docs: number[] };
/**
 * The look-ups: which documents have a text of a given exact form, folded form or name (without its
 * kind words; only those can score 900 or more), which have a word in a field, each field's forms and
 * words in order (a prefix is a range), its exact forms joined, and each document's place in the first
 * two ranking tie-breaks, so that candidates can be scored in ranking order and the search can stop early.
 */
type Accel = {
  /** Each distinct text, indexed once (the documents share them). */
  texts: Map<string, IndexedText[]>;
  /** By field, kind of form and form ("name:f…", "name:e…", "name:a…", "name:k…|…"). */
  byForm: Map<string, number[]>;
  /** Per field, each folded word and its documents. */
  words: Map<SearchField, Map<string, number[]>>;
  /** Per field, the same words in order. */
  sortedWords: Map<SearchField, SortedRuns<FormDocs>>;
  /** Per field, the distinct folded forms in order, with their documents. */
  forms: Map<SearchField, SortedRuns<FormDocs>>;
  /** Per field, the distinct exact forms, '\n'-joined: whether the marks the user typed can match. */
  exact: Map<SearchField, string>;
  /** Each document's place in the first two ranking tie-breaks (type, label length). */
  groupOf: number[];
  /** The documents by that place (each group in document order), and the places in order. */
  groups: Map<number, number[]>;
  keys: number[];
};
export type SearchIndex = { docs: IndexedDoc[]; accel: Accel };

/** `seen`: the texts indexed so far, by field and text: a sector or a district repeats on many zones. */
function indexDoc(doc: SearchDoc, seen: Map<string, IndexedText[]>): IndexedDoc {
  const texts = doc.texts
    .filter((t) => t.text.trim())
    .flatMap((t) => {
      const key = `${t.field}\u0000${t.text}`;
      let indexed = seen.get(key);
      if (!indexed) seen.set(key, (indexed = indexText(t.text, t.field)));
      return indexed;
    });
  return { doc, texts };
}

export const emptySearchIndex = (): SearchIndex => ({
  docs: [],
  accel: {
    texts: new Map(),
    byForm: new Map(),
    words: new Map(),
    sortedWords: new Map(),
    forms: new Map(),
    exact: new Map(),
    groupOf: [],
    groups: new Map(),
    keys: [],
  },
});

/** Adds one document to `index` in place (the background build adds them a slice at a time). */
export function addToIndex(index: SearchIndex, doc: SearchDoc): void {
  const n = index.docs.length;
  const indexed = indexDoc(doc, index.accel.texts);
  index.docs.push(indexed);
  const { byForm, words, sortedWords, forms, exact, groupOf, groups, keys } = index.accel;
  /** Notes the document under `key`; true when the key is new. */
  const add = (map: Map<string, number[]>, key: string) => {
    const docs = map.get(key);
    if (!docs) map.set(key, [n]);
    else if (docs.at(-1) !== n) docs.push(n);
    return !docs;
  };
  for (const t of indexed.texts) {
    // Keyed by field and kind of form, so that none collide.
    if (add(byForm, `${t.field}:e${t.exact}`))
      exact.set(t.field, `${exact.get(t.field) ?? '\n'}${t.exact}\n`);
    const key = `${t.field}:f${t.folded}`;
    if (add(byForm, key)) {
      let sorted = forms.get(t.field);
      if (!sorted) forms.set(t.field, (sorted = new SortedRuns()));
      sorted.add({ form: t.folded, docs: byForm.get(key)! });
    }
    if (t.core) {
      // The same name of any kind ("Thăng Long" finds "KCN Thăng Long"), or of this kind.
      add(byForm, `${t.field}:a${t.core}`);
      if (t.kindWords) add(byForm, `${t.field}:k${t.kindWords}|${t.core}`);
    }
    let fieldWords = words.get(t.field);
    let inOrder = sortedWords.get(t.field);
    if (!fieldWords || !inOrder) {
      words.set(t.field, (fieldWords = new Map()));
      sortedWords.set(t.field, (inOrder = new SortedRuns()));
    }
    for (const w of t.words) if (add(fieldWords, w)) inOrder.add({ form: w, docs: fieldWords.get(w)! });
  }
  const key = groupKey(doc);
  groupOf.push(key);
  const group = groups.get(key);
  if (group) group.push(n);
  else {
    groups.set(key, [n]);
    let i = keys.length;
    while (i > 0 && keys[i - 1]! > key) i--;
    keys.splice(i, 0, key);
  }
}

/**
 * Sorts in what was added since the last call: the background build calls it after each slice, so
 * that a keystroke never pays for sorting what a slice added.
 */
export function settleSearchIndex({ accel }: SearchIndex): void {
  for (const runs of accel.forms.values()) runs.settle();
  for (const runs of accel.sortedWords.values()) runs.settle();
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = emptySearchIndex();
  for (const doc of docs) addToIndex(index, doc);
  settleSearchIndex(index);
  return index;
}
