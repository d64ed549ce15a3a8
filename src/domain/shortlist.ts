/**
 * The investor's shortlist: the zones they pinned, kept in localStorage. What comes back from
 * storage is untrusted (older versions, other tabs, hand edits), so it is parsed with zod: an id that
 * does not parse is dropped on its own and reported, the others kept; nothing may crash the app.
 */
import { z } from 'zod';
import { IdSchema } from './zone';

export const SHORTLIST_KEY = 'hanoi-industrial-zones.shortlist';
/** The comparison table is readable with up to four columns. */
export const MAX_PINNED = 4;

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem' | 'removeItem'>;

/** The stored value's envelope; its ids are then checked one by one, so one bad id costs only itself. */
const StoredSchema = z.object({ version: z.literal(1), ids: z.array(z.unknown()) }).strict();

/**
 * The stored ids. `corrupt`: something was stored but is unreadable as a whole. `dropped`: how many
 * ids of a readable value were left out (malformed, repeated, or beyond MAX_PINNED); the others stay.
 */
export function readShortlist(storage: Reader | null): { ids: string[]; corrupt: boolean; dropped: number } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SHORTLIST_KEY) ?? null;
  } catch {
    return { ids: [], corrupt: false, dropped: 0 }; // storage switched off: nothing to read, nothing to report
  }
  if (raw === null) return { ids: [], corrupt: false, dropped: 0 };
  let parsed;
  try {
    parsed = StoredSchema.safeParse(JSON.parse(raw));
  } catch {
    return { ids: [], corrupt: true, dropped: 0 };
  }
  if (!parsed.success) return { ids: [], corrupt: true, dropped: 0 };
  const ids = keepValidIds(parsed.data.ids);
  return { ids, corrupt: false, dropped: parsed.data.ids.length - ids.length };
}

/** The well-formed ids, first occurrence of each, at most MAX_PINNED, in their order. */
export function keepValidIds(ids: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const r = IdSchema.safeParse(id);
    if (r.success && !out.includes(r.data) && out.length < MAX_PINNED) out.push(r.data);
  }
  return out;
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
