/**
 * Search latency per keystroke, in node (V8, the engine Chromium runs), over the synthetic zones'
 * search documents (the app's own builder, src/domain/searchDocs.ts), indexed the way the app does it
 * (src/store/searchIndex.ts's `indexInSlices`, its slices run back to back) and searched through
 * src/domain/search.ts: each query is typed one character at a time and every keystroke's search() is timed.
 */
import { search, type SearchDoc, type SearchIndex } from '../../src/domain/search';
import { indexInSlices } from '../../src/domain/searchSlices';
import { type PlaceNames, placeDocs, zoneDocs } from '../../src/domain/searchDocs';
import type { ZoneFeature } from '../../src/domain/zone';

/** What people type: folded and accented, abbreviations, place names, a miss. */
export const QUERIES = [
  'khu công nghiệp thạch thất',
  'ccn dong anh',
  'Cụm công nghiệp Phú',
  'kcn 12',
  'xyzzy',
];

/** The app's own search documents (src/domain/searchDocs.ts) of the synthetic zones and the real places. */
export function searchDocs(zones: readonly ZoneFeature[], places: PlaceNames): SearchDoc[] {
  return [...zoneDocs(zones, places, 'vi'), ...placeDocs(places, 'vi')];
}

/** One run: every keystroke of every query, in ms. */
export function typeQueries(docs: readonly SearchDoc[], runs: number): { indexMs: number; runs: number[][] } {
  const t = performance.now();
  const slices: (() => void)[] = [];
  let index: SearchIndex | null = null;
  indexInSlices(docs, (built, done) => done && (index = built), {
    schedule: (slice) => (slices.push(slice), () => {}),
  });
  while (slices.length) slices.shift()!();
  const indexMs = performance.now() - t;
  if (!index) throw new Error('the search index did not finish');
  const out: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const times: number[] = [];
    for (const q of QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        search(index, q.slice(0, i));
        times.push(performance.now() - t0);
      }
    out.push(times);
  }
  return { indexMs, runs: out };
}
