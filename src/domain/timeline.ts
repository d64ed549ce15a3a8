/**
 * Zones as they stood in a given year. A zone appears from its earliest dated status fact or its
 * establishment year; its status in year Y is the newest status fact dated in or before Y. The
 * establishment year counts as an "established" fact of that year, which a real status fact of the
 * same year outranks. Undated zones cannot be placed in time and do not appear on the timeline.
 */
import { currentValue } from './facts';
import { asOfEndYear } from './freshness';
import { STATUSES, type ZoneStatus } from './vocab';
import type { Zone } from './zone';

export const TIMELINE_FIRST_YEAR = 1994;
export const TIMELINE_LAST_YEAR = 2030;
export const TIMELINE_YEARS = TIMELINE_LAST_YEAR - TIMELINE_FIRST_YEAR + 1;

/** One letter per status, so a whole timeline fits in a short string the map style can slice. */
const CODES = 'abcdefgh';
const NOT_YET = '-';
export const statusCode = (s: ZoneStatus): string => CODES[STATUSES.indexOf(s)]!;
export const codeStatus = (c: string): ZoneStatus | null =>
  c.length === 1 ? (STATUSES[CODES.indexOf(c)] ?? null) : null;

export const yearIndex = (year: number): number => year - TIMELINE_FIRST_YEAR;
export const isTimelineYear = (year: number): boolean =>
  Number.isInteger(year) && year >= TIMELINE_FIRST_YEAR && year <= TIMELINE_LAST_YEAR;

type Dated = { year: number; status: ZoneStatus; rank: number };

function datedFacts(zone: Pick<Zone, 'status' | 'establishedYear'>): Dated[] {
  const out: Dated[] = [];
  for (const f of zone.status)
    // A range ("2021/2022") counts from its end: the fact certainly held by then.
    if (f.asOf) out.push({ year: asOfEndYear(f.asOf), status: f.value, rank: 1 });
  const established = currentValue(zone.establishedYear);
  if (established !== undefined) out.push({ year: established, status: 'established', rank: 0 });
  return out;
}

/** The status in `year`, or null when the zone did not exist yet (or cannot be dated). */
export function statusInYear(
  zone: Pick<Zone, 'status' | 'establishedYear'>,
  year: number,
): ZoneStatus | null {
  let best: Dated | null = null;
  for (const d of datedFacts(zone)) {
    if (d.year > year) continue;
    if (!best || d.year > best.year || (d.year === best.year && d.rank > best.rank)) best = d;
  }
  return best?.status ?? null;
}

/** The first year a zone is on the map, or null when nothing about it is dated. */
export function firstYear(zone: Pick<Zone, 'status' | 'establishedYear'>): number | null {
  const years = datedFacts(zone).map((d) => d.year);
  return years.length ? Math.min(...years) : null;
}

/** The status code of every timeline year, e.g. "-----ccceee…"; "-" where the zone did not exist. */
export function encodeTimeline(zone: Pick<Zone, 'status' | 'establishedYear'>): string {
  let out = '';
  for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) {
    const s = statusInYear(zone, y);
    out += s ? statusCode(s) : NOT_YET;
  }
  return out;
}

/** Reads a year's status back from an encoded timeline. */
export function timelineStatus(timeline: string, year: number): ZoneStatus | null {
  return codeStatus(timeline.charAt(yearIndex(year)));
}

/** For each timeline year, how many of the zones had each status then (zones not there yet are left out). */
export function statusByYear(
  zones: readonly Pick<Zone, 'status' | 'establishedYear'>[],
): Map<number, Map<ZoneStatus, number>> {
  const out = new Map<number, Map<ZoneStatus, number>>();
  for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) out.set(y, new Map());
  for (const z of zones) {
    const tl = encodeTimeline(z);
    for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) {
      const s = timelineStatus(tl, y);
      if (s) out.get(y)!.set(s, (out.get(y)!.get(s) ?? 0) + 1);
    }
  }
  return out;
}
