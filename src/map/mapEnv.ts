/**
 * What the map needs from the layers it may not import (src/map imports neither src/i18n nor
 * src/data): the data files' URLs and the few messages it shows itself. src/app/boot.ts makes it.
 */
import type { Lang } from '../domain/lang';

/** The messages the map shows itself: popups, its label and its errors. */
export type MapTextKey =
  | 'map.label'
  | 'map.error'
  | 'import.popupEmpty'
  | 'region.province'
  | 'region.area'
  | 'region.noArea'
  | 'region.context'
  | 'region.osmLink';

export type MapEnv = {
  /** The absolute URL of one bundled data file (public/data/), which MapLibre's worker can fetch. */
  dataUrl: (file: string) => string;
  /** A message in the given language. */
  text: (lang: Lang, key: MapTextKey, params?: Record<string, string | number>) => string;
};
