/**
 * Zones as they stood in a given year, and as plans date them after this year.
 *
 * Up to this year: a zone appears from its earliest dated status fact or its establishment year; its
 * status in year Y is the newest status fact dated in or before Y. The establishment year counts as
 * an "established" fact of that year, which a real status fact of the same year outranks.
 *
 * After this year nothing has been observed, so today's map is never repeated: a zone appears only
 * where a plan dates it (a status or an establishment dated after this year, or a zone target of the
 * programme with a later target year), with the status the plan sets, from the plan's year on. A
 * future year that no plan reaches shows no zones, and the interface says so. The plan lists zones
 * belong to (planItems, such as the city's 24 parks) carry no target year in the data, so they date
 * nothing here.
 *
 * Undated zones cannot be placed in time and do not appear on the timeline.
 */
import { currentValue } from './facts';
import { asOfEndYear } from './freshness';
import { STATUSES, type ZoneStatus } from './vocab';
import type { Zone } from './zone';

export const TIMELINE_FIRST_YEAR = 1994;
export const TIMELINE_LAST_YEAR = 2030;

/** One letter per status, so a whole timeline fits in a short string the map style can slice. */
const CODES = 'abcdefgh';
const NOT_YET = '-';
export const statusCode = (s: ZoneStatus): string => CODES[STATUSES.indexOf(s)]!;
export const codeStatus = (c: string): ZoneStatus | null =>
  c.length === 1 ? (STATUSES[CODES.indexOf(c)] ?? null) : null;

export const yearIndex = (year: number): number => year - TIMELINE_FIRST_YEAR;
export const isTimelineYear = (year: number): boolean =>
  Number.isInteger(year) && year >= TIMELINE_FIRST_YEAR && year <= TIMELINE_LAST_YEAR;

/** A plan's date for one zone: by `year`, the plan expects `status`. */
export type PlanDate = { readonly year: number; readonly status: ZoneStatus };

/** "This year" (the boundary between observed and planned) and the plan dates known from elsewhere. */
export type TimelineOptions = { readonly thisYear: number; readonly plans?: readonly PlanDate[] };

export const currentYear = (now: Date = new Date()): number => now.getUTCFullYear();

type TimelineZone = Pick<Zone, 'status' | 'establishedYear'>;
type Dated = { year: number; status: ZoneStatus; rank: number };

function datedFacts(zone: TimelineZone, o: TimelineOptions): Dated[] {
  const out: Dated[] = [];
  for (const f of zone.status)
    // A range ("2021/2022") counts from its end: the fact certainly held by then.
    if (f.asOf) out.push({ year: asOfEndYear(f.asOf), status: f.value, rank: 1 });
  const established = currentValue(zone.establishedYear);
  if (established !== undefined) out.push({ year: established, status: 'established', rank: 0 });
  // A plan's own date counts only ahead of today: a past target says what was meant, not what was.
  for (const p of o.plans ?? []) if (p.year > o.thisYear) out.push({ ...p, rank: 2 });
  return out;
}

/** The status in `year`, or null when the zone did not exist yet (or cannot be dated, or no plan dates it). */
export function statusInYear(zone: TimelineZone, year: number, o: TimelineOptions): ZoneStatus | null {
  // Beyond this year only what is dated beyond it (a plan) counts; up to it, only what is not.
  const future = year > o.thisYear;
  let best: Dated | null = null;
  for (const d of datedFacts(zone, o)) {
    if (d.year > year || (future && d.year <= o.thisYear)) continue;
    if (!best || d.year > best.year || (d.year === best.year && d.rank > best.rank)) best = d;
  }
  return best?.status ?? null;
}

/** The first year a zone is on the map, or null when nothing about it is dated. */
export function firstYear(zone: TimelineZone, o: TimelineOptions): number | null {
  const years = datedFacts(zone, o).map((d) => d.year);
  return years.length ? Math.min(...years) : null;
}

/** The status code of every timeline year, e.g. "-----ccceee…"; "-" where the zone is not on the map. */
export function encodeTimeline(zone: TimelineZone, o: TimelineOptions): string {
  let out = '';
  for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) {
    const s = statusInYear(zone, y, o);
    out += s ? statusCode(s) : NOT_YET;
  }
  return out;
}

/** Reads a year's status back from an encoded timeline. */
export function timelineStatus(timeline: string, year: number): ZoneStatus | null {
  return codeStatus(timeline.charAt(yearIndex(year)));
}

/** For each timeline year, how many zones had each status then (zones not on the map that year left out). */
export function statusByYear(timelines: readonly string[]): Map<number, Map<ZoneStatus, number>> {
  const out = new Map<number, Map<ZoneStatus, number>>();
  for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) out.set(y, new Map());
  for (const tl of timelines)
    for (let y = TIMELINE_FIRST_YEAR; y <= TIMELINE_LAST_YEAR; y++) {
      const s = timelineStatus(tl, y);
      if (s) out.get(y)!.set(s, (out.get(y)!.get(s) ?? 0) + 1);
    }
  return out;
}

/** How many zones are on the map in `year` (any status): after this year, the zones a plan dates. */
export function zonesInYear(timelines: readonly string[], year: number): number {
  let n = 0;
  for (const tl of timelines) if (timelineStatus(tl, year)) n++;
  return n;
}

type ZoneTargetLike = {
  readonly zone: string;
  readonly targetYear: number | null;
  readonly facts: readonly { readonly value: ZoneStatus }[];
};

/**
 * Plan dates per zone from the programme's zone targets (geodata/targets.json) whose target year is
 * after this year. A target without a year dates nothing.
 */
export function planDatesFromTargets(
  targets: readonly ZoneTargetLike[],
  thisYear: number,
): Map<string, PlanDate[]> {
  const out = new Map<string, PlanDate[]>();
  for (const t of targets) {
    if (t.targetYear === null || t.targetYear <= thisYear) continue;
    const list = out.get(t.zone) ?? [];
    for (const f of t.facts) list.push({ year: t.targetYear, status: f.value });
    out.set(t.zone, list);
  }
  return out;
}
