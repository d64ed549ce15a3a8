/**
 * Dates as the sources give them, and how old a zone's current status is. An as-of date is YYYY,
 * YYYY-MM, YYYY-MM-DD or a range "start/end"; ordering uses a range's end (the fact held by then),
 * but nothing here turns a range or a year into a more precise date.
 */
import { currentFact } from './facts';
import type { Zone } from './zone';

/** The latest day a date can mean, as a comparable key: a range's end, a year or month as written. */
export function asOfEnd(asOf: string): string {
  const slash = asOf.indexOf('/');
  return slash < 0 ? asOf : asOf.slice(slash + 1);
}

/** The first year a date can mean: the start of a range, or the year itself. */
export const asOfStartYear = (asOf: string): number => Number(asOf.slice(0, 4));
/** The last year a date can mean: the end of a range, or the year itself. */
export const asOfEndYear = (asOf: string): number => Number(asOfEnd(asOf).slice(0, 4));

/**
 * Whole years from a date to `today` (YYYY-MM-DD), counting from the latest day the date can mean,
 * so a year-only date is never made older than it may be.
 */
export function yearsSince(asOf: string, today: string): number {
  const end = asOfEnd(asOf);
  const [y, m = 12, d = 31] = end.split('-').map(Number) as [number, number?, number?];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let years = ty - y;
  if (tm < m || (tm === m && td < d)) years--;
  return Math.max(0, years);
}

/** A current status dated more than this many years ago says so next to the status. */
export const STALE_AFTER_YEARS = 3;

export function isStale(asOf: string | null, today: string): boolean {
  return asOf !== null && yearsSince(asOf, today) > STALE_AFTER_YEARS;
}

/** The dates of the zones' current statuses: the oldest, the newest, and how many are undated. */
export type StatusDateRange = { oldest: string | null; newest: string | null; undated: number };

export function statusDateRange(zones: readonly Pick<Zone, 'status'>[]): StatusDateRange {
  let oldest: string | null = null;
  let newest: string | null = null;
  let undated = 0;
  for (const z of zones) {
    const asOf = currentFact(z.status)?.asOf ?? null;
    if (asOf === null) {
      undated++;
      continue;
    }
    if (oldest === null || asOfEnd(asOf) < asOfEnd(oldest)) oldest = asOf;
    if (newest === null || asOfEnd(asOf) > asOfEnd(newest)) newest = asOf;
  }
  return { oldest, newest, undated };
}

/** Today as YYYY-MM-DD (UTC), for comparing with as-of dates. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
