import { describe, expect, it } from 'vitest';
import type { Places } from '../domain/dataFiles';
import { buildSearchIndex, search, type SearchDoc, type SearchIndex } from '../domain/search';
import { shippedPlaceNames, shippedZones as zones } from '../test/shippedSearch';
import { indexInSlices, searchDocsOf } from './searchIndex';

const doc = (id: string, name: string): SearchDoc => ({
  type: 'zone',
  id,
  label: name,
  texts: [{ text: name, field: 'name' }],
});
const DOCS = [
  doc('a', 'Khu công nghiệp Thăng Long'),
  doc('b', 'Cụm công nghiệp Phú Nghĩa'),
  doc('c', 'Quang Minh II'),
];

/** A scheduler the test runs by hand, and a clock that moves one budget per reading. */
function manual() {
  const queue: (() => void)[] = [];
  let t = 0;
  return {
    schedule: (slice: () => void) => {
      queue.push(slice);
      return () => queue.splice(queue.indexOf(slice), 1);
    },
    now: () => (t += 8),
    run: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

describe('the search index built in the background', () => {
  it('builds nothing at once, then serves keystrokes from the part built so far', () => {
    const m = manual();
    const seen: { index: SearchIndex; done: boolean }[] = [];
    indexInSlices(DOCS, (index, done) => seen.push({ index, done }), { ...m, budgetMs: 8 });
    expect(seen).toHaveLength(0);
    m.run();
    // One document per slice with this clock: the first slice finds only the first zone.
    expect(search(seen[0]!.index, 'thang long').map((h) => h.doc.id)).toEqual(['a']);
    expect(search(seen[0]!.index, 'phu nghia')).toEqual([]);
    expect(seen[0]!.done).toBe(false);
    while (m.pending) m.run();
    const last = seen.at(-1)!;
    expect(last.done).toBe(true);
    // Done, it answers as the index built in one go does.
    for (const q of ['phu nghia', 'quang minh 2', 'kcn'])
      expect(search(last.index, q)).toEqual(search(buildSearchIndex(DOCS), q));
  });

  it('stops when cancelled', () => {
    const m = manual();
    const seen: boolean[] = [];
    const stop = indexInSlices(DOCS, (_, done) => seen.push(done), { ...m, budgetMs: 8 });
    m.run();
    stop();
    while (m.pending) m.run();
    expect(seen).toEqual([false]);
  });
});

// The search documents read the places' names only.
const places = shippedPlaceNames as Places;

describe("the app's search documents, on the shipped data", () => {
  it('come zones first, so a zone typed early is found before a place named alike', () => {
    const docs = [...searchDocsOf({ zones, places, lang: 'vi' })];
    const firstPlace = docs.findIndex((d) => d.type !== 'zone');
    expect(firstPlace).toBe(zones.length);
    expect(docs.slice(firstPlace).every((d) => d.type !== 'zone')).toBe(true);
    // The index as it stands once the zones are in and no place yet: "hoa lac" is the park, not the commune.
    const partial = buildSearchIndex(docs.slice(0, firstPlace));
    expect(search(partial, 'hoa lac')[0]!.doc.id).toBe('hhtp-hoa-lac');
  });
});
