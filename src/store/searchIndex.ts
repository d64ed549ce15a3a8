/**
 * The search index over zones, former districts and 2025 communes, built in the background: a few
 * milliseconds at a time when the page is idle, so that first paint and the map's first idle never wait
 * for it. Until it is done, a keystroke is answered from the part built so far (places first, then the
 * zones in list order). `indexInSlices` takes any search documents, so another zone source (the tile
 * tree's sidecar index) can build its index the same way.
 */
import { buildSearchIndex, type SearchDoc, type SearchIndex } from '../domain/search';
import { placeDocs, zoneDocs } from '../domain/searchDocs';
import type { ZoneFeature } from '../domain/zone';
import type { Places } from '../domain/dataFiles';
import type { Lang } from '../domain/lang';
import type { AppState } from './index';
import { memoPerStore } from './perStore';

/** Runs `slice` later; returns a function that cancels it. */
export type Schedule = (slice: () => void) => () => void;

/** When the page is idle (at the latest after 500 ms), else on the next macrotask. */
export const whenIdle: Schedule = (slice) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(slice, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
};

/** How long one slice may run: well under a frame, so typing and panning stay smooth. */
export const SLICE_MS = 8;

/**
 * Indexes `docs` a slice at a time. After every slice `onProgress` gets a new index over the documents
 * done so far (`done` on the last one); the returned function stops the work.
 */
export function indexInSlices(
  docs: Iterable<SearchDoc>,
  onProgress: (index: SearchIndex, done: boolean) => void,
  { schedule = whenIdle, now = () => performance.now(), budgetMs = SLICE_MS } = {},
): () => void {
  const built: SearchIndex['docs'] = [];
  const it = docs[Symbol.iterator]();
  let cancel = () => {};
  let stopped = false;
  const slice = () => {
    const end = now() + budgetMs;
    let done = false;
    do {
      const next = it.next();
      if (next.done) {
        done = true;
        break;
      }
      built.push(...buildSearchIndex([next.value]).docs);
    } while (now() < end);
    if (stopped) return;
    // A new wrapper each time, so memoised searches see the change; the documents are not copied.
    onProgress({ docs: built }, done);
    if (!done) cancel = schedule(slice);
  };
  cancel = schedule(slice);
  return () => {
    stopped = true;
    cancel();
  };
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

/** The app's search documents (src/domain/searchDocs.ts), made as they are indexed: places first. */
export function* searchDocsOf({ zones, places, lang }: SearchInputs): Generator<SearchDoc> {
  yield* placeDocs(places, lang);
  for (let i = 0; i < zones.length; i += DOC_BATCH)
    yield* zoneDocs(zones.slice(i, i + DOC_BATCH), places, lang);
}
