/**
 * Search latency per keystroke, in node (V8, the engine Chromium runs), over the synthetic zones'
 * names, aliases and developers through src/domain/search.ts: each query is typed one character
 * at a time and every keystroke's search() is timed.
 */
import { buildSearchIndex, search, type SearchDoc } from '../../src/domain/search';
import type { ZoneFeature } from '../../src/domain/zone';

/** What people type: folded and accented, abbreviations, place names, a miss. */
export const QUERIES = [
  'khu công nghiệp thạch thất',
  'ccn dong anh',
  'Cụm công nghiệp Phú',
  'kcn 12',
  'xyzzy',
];

export function searchDocs(zones: readonly ZoneFeature[]): SearchDoc[] {
  return zones.map((z) => {
    const p = z.properties;
    return {
      type: 'zone',
      id: p.id,
      label: p.name.vi,
      texts: [
        { text: p.name.vi, field: 'name' },
        ...(p.name.en ? [{ text: p.name.en, field: 'alias' as const }] : []),
        ...p.developer.map((d) => ({ text: d.value, field: 'developer' as const })),
      ],
    };
  });
}

/** One run: every keystroke of every query, in ms. */
export function typeQueries(docs: readonly SearchDoc[], runs: number): { indexMs: number; runs: number[][] } {
  const t = performance.now();
  const index = buildSearchIndex(docs);
  const indexMs = performance.now() - t;
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
