/** The search index for the search box: built in the background, partial until it is done (src/store/searchIndex.ts). */
import { useEffect, useState } from 'react';
import { emptySearchIndex, type SearchIndex } from '../domain/search';
import { useAppStore } from '../store';
import { indexInSlices, type SearchInputs, searchDocsOf, selectSearchInputs } from '../store/searchIndex';

const EMPTY = { index: emptySearchIndex(), done: false };

export function useSearchIndex(): { index: SearchIndex; done: boolean } {
  const inputs = useAppStore(selectSearchInputs);
  const [built, setBuilt] = useState<{ of: SearchInputs; index: SearchIndex; done: boolean } | null>(null);
  useEffect(
    () => indexInSlices(searchDocsOf(inputs), (index, done) => setBuilt({ of: inputs, index, done })),
    [inputs],
  );
  // An index of other inputs (the other language) is not shown while the new one starts.
  return built?.of === inputs ? built : EMPTY;
}
