/**
 * The investor's shortlist: the zones they pinned, kept in localStorage. What comes back from
 * storage is untrusted (older versions, other tabs, hand edits), so it is parsed with zod; anything
 * that does not parse is dropped and reported, never allowed to crash the app.
 */
import { z } from 'zod';
import { IdSchema } from './zone';

export const SHORTLIST_KEY = 'hanoi-industrial-zones.shortlist';
/** The comparison table is readable with up to four columns. */
export const MAX_PINNED = 4;

export const ShortlistSchema = z
  .object({ version: z.literal(1), ids: z.array(IdSchema).max(MAX_PINNED) })
  .strict()
  .refine((s) => new Set(s.ids).size === s.ids.length, 'duplicate ids');

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem' | 'removeItem'>;

/** The stored ids; `corrupt` when something was stored but could not be read. */
export function readShortlist(storage: Reader | null): { ids: string[]; corrupt: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SHORTLIST_KEY) ?? null;
  } catch {
    return { ids: [], corrupt: false }; // storage switched off: nothing to read, nothing to report
  }
  if (raw === null) return { ids: [], corrupt: false };
  try {
    const parsed = ShortlistSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ids: parsed.data.ids, corrupt: false } : { ids: [], corrupt: true };
  } catch {
    return { ids: [], corrupt: true };
  }
}

/** Writes the ids (or removes the key when empty); false when storage refused. */
export function writeShortlist(storage: Writer | null, ids: readonly string[]): boolean {
  try {
    if (!storage) return false;
    if (ids.length === 0) storage.removeItem(SHORTLIST_KEY);
    else storage.setItem(SHORTLIST_KEY, JSON.stringify({ version: 1, ids }));
    return true;
  } catch {
    return false;
  }
}

/** Pins or unpins; `full` when the pin was refused because the list is at MAX_PINNED. */
export function togglePinned(ids: readonly string[], id: string): { ids: string[]; full: boolean } {
  if (ids.includes(id)) return { ids: ids.filter((x) => x !== id), full: false };
  if (ids.length >= MAX_PINNED) return { ids: [...ids], full: true };
  return { ids: [...ids, id], full: false };
}

/** Drops ids the loaded data does not hold (a zone renamed or removed since it was pinned). */
export function keepKnown(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => known.has(id));
}
