/**
 * The notices the app can raise, each a message key and the values its text needs. The store keeps
 * a notice in this form and the interface translates it when it draws it, so a notice follows the
 * language when the user switches. Values that are data (a file name, a link's echoed text, an error
 * message from the browser) stay as given; a value that is itself a message is a `{ key }` part,
 * translated with the notice. src/i18n checks, by type, that every entry here is a message whose
 * placeholders are exactly these values.
 */
import type { FallbackReason } from './basemapHealth';

/** The reasons a stored layer cannot be kept, each said in plain words in the interface. */
export type StorageFailure = 'quota' | 'tooLarge' | 'unavailable' | 'invalid' | 'refused';

/** A message used as a value inside a notice's text. */
export type NoticePart = { key: `import.storage.${StorageFailure}` };

type Count = { count: number };

/** Each notice key and its values (`undefined`: the text has no placeholder). */
export type NoticeCatalogue = {
  'map.error': { message: string };
  'url.ignored': { values: string };
  'url.ignoredMore': { values: string; count: number; total: number };
  'shortlist.corrupt': undefined;
  'shortlist.notSaved': undefined;
  'shortlist.full': undefined;
  'shortlist.dropped': Count;
  'shortlist.unknown': Count;
  'fit.copied': undefined;
  'import.noticeDone': { file: string; count: number; problems: number };
  'import.noticeFailed': { file: string };
  'import.setAside': { name: string };
  'import.storageFailed': { name: string; reason: NoticePart };
} & { [R in FallbackReason as `basemap.fallback.${R}`]: { provider: string } };

export type NoticeKey = keyof NoticeCatalogue;

/** One notice's text, as data: `{ key: 'shortlist.dropped', params: { count: 2 } }`. */
export type NoticeMessage = {
  [K in NoticeKey]: NoticeCatalogue[K] extends undefined
    ? { key: K; params?: undefined }
    : { key: K; params: NoticeCatalogue[K] };
}[NoticeKey];

/** The same text twice shows once: two messages are the same notice when this is equal. */
export function noticeIdentity(m: NoticeMessage): string {
  return JSON.stringify([m.key, m.params ?? null]);
}
