/**
 * Builds a search index a slice at a time, so that a page can index many documents in the background
 * and answer keystrokes from the part built so far. The scheduler is given: the page passes one that
 * waits for idle time (src/store/searchIndex.ts), the bench one that runs the slices back to back.
 */
import { addToIndex, emptySearchIndex, type SearchDoc, type SearchIndex, settleSearchIndex } from './search';

/** Runs `slice` later; returns a function that cancels it. */
export type Schedule = (slice: () => void) => () => void;

export type SliceOptions = { schedule: Schedule; now?: () => number; budgetMs?: number };

/** How long one slice may run: well under a frame, so typing and panning stay smooth. */
export const SLICE_MS = 8;

/**
 * Indexes `docs` a slice at a time. After every slice `onProgress` gets a new index over the documents
 * done so far (`done` on the last one); the returned function stops the work.
 */
export function indexInSlices(
  docs: Iterable<SearchDoc>,
  onProgress: (index: SearchIndex, done: boolean) => void,
  { schedule, now = () => performance.now(), budgetMs = SLICE_MS }: SliceOptions,
): () => void {
  const built = emptySearchIndex();
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
      addToIndex(built, next.value);
    } while (now() < end);
    settleSearchIndex(built);
    if (stopped) return;
    // A new wrapper each time, so memoised searches see the change; the index itself is not copied.
    onProgress({ ...built }, done);
    if (!done) cancel = schedule(slice);
  };
  cancel = schedule(slice);
  return () => {
    stopped = true;
    cancel();
  };
}
