/**
 * The search index over zones, former districts and 2025 communes, built in the background: a few
 * milliseconds at a time when the page is idle, so that first paint and the map's first idle never wait
 * for it. Until it is done, a keystroke is answered from the part built so far (the zones in list
 * order first: they are what the map is about; then the districts and communes). `indexInSlices`
 * takes any search documents, so another zone source (the tile tree's sidecar index) can build its
 * index the same way.
 */
import type { SearchDoc, SearchIndex } from '../domain/search';
import { indexInSlices as indexInSlicesWith, type Schedule, type SliceOptions } from '../domain/searchSlices';
import { placeDocs, zoneDocs } from '../domain/searchDocs';
import type { ZoneFeature } from '../domain/zone';
import type { Places } from '../domain/dataFiles';
import type { Lang } from '../domain/lang';
import type { AppState } from './index';
import { memoPerStore } from './perStore';

/** When the page is idle (at the latest after 500 ms), else on the next macrotask. */
export type { Schedule };
export { SLICE_MS } from '../domain/searchSlices';

export const whenIdle: Schedule = (slice) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(slice, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
};

/**
 * Indexes `docs` a slice at a time (src/domain/searchSlices.ts), when the page is idle unless told
 * otherwise. After every slice `onProgress` gets the index so far; the returned function stops the work.
 */
export function indexInSlices(
  docs: Iterable<SearchDoc>,
  onProgress: (index: SearchIndex, done: boolean) => void,
  options: Partial<SliceOptions> = {},
): () => void {
  return indexInSlicesWith(docs, onProgress, { schedule: whenIdle, ...options });
}

/** What the index covers: rebuilt only when the zones, the places or the language change. */
export type SearchInputs = { zones: readonly ZoneFeature[]; places: Places; lang: Lang };

const EMPTY_PLACES: Places = { districts: [], communes: [] };
const NO_ZONES: ZoneFeature[] = [];
const inputsOf = memoPerStore((zones: ZoneFeature[], places: Places, lang: Lang): SearchInputs => ({
  zones,
  places,
  lang,
}));

export const selectSearchInputs = (s: AppState): SearchInputs =>
  s.data.status === 'ready'
    ? inputsOf(s, s.data.zones, s.data.places, s.lang)
    : inputsOf(s, NO_ZONES, EMPTY_PLACES, s.lang);

/** Zones are turned into documents this many at a time, as the index asks for them. */
const DOC_BATCH = 200;

/**
 * The app's search documents (src/domain/searchDocs.ts), made as they are indexed: zones first, so a
 * zone's name typed while the index is still being built finds the zone before a place named alike.
 */
export function* searchDocsOf({ zones, places, lang }: SearchInputs): Generator<SearchDoc> {
  for (let i = 0; i < zones.length; i += DOC_BATCH)
    yield* zoneDocs(zones.slice(i, i + DOC_BATCH), places, lang);
  yield* placeDocs(places, lang);
}
