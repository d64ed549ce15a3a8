/** The search index over zones, former districts and 2025 communes, rebuilt only when its inputs change. */
import { buildSearchIndex } from '../domain/search';
import { placeDocs, zoneDocs } from '../domain/searchDocs';
import type { ZoneFeature } from '../domain/zone';
import type { Places } from '../domain/dataFiles';
import type { Lang } from '../domain/lang';
import type { AppState } from './index';
import { memoPerStore } from './perStore';

const EMPTY_PLACES: Places = { districts: [], communes: [] };
const NO_ZONES: ZoneFeature[] = [];

const indexOf = memoPerStore((zones: ZoneFeature[], places: Places, lang: Lang) =>
  buildSearchIndex([...zoneDocs(zones, places, lang), ...placeDocs(places, lang)]),
);

export const selectSearchIndex = (s: AppState) =>
  s.data.status === 'ready'
    ? indexOf(s, s.data.zones, s.data.places, s.lang)
    : indexOf(s, NO_ZONES, EMPTY_PLACES, s.lang);
