/**
 * The rules of plan against actual: for each target metric of geodata/targets.json, what the map's
 * data counts (which zones, grouped how, at which statuses) and how far along it says the plan is.
 * The rows built from them: planActual.ts.
 */
import { currentValue } from './facts';
import { asOfStartYear } from './freshness';
import type { Indicator, PlanList, TargetsFile } from './targets';
import { STATUS_LADDER, type ZoneStatus } from './vocab';
import type { Zone } from './zone';

type LadderStatus = (typeof STATUS_LADDER)[number];
const ladder = (s: ZoneStatus): number => STATUS_LADDER.indexOf(s as LadderStatus);
export const atLeast = (s: ZoneStatus, min: LadderStatus): boolean => ladder(s) >= ladder(min);

/** The status of a group of zones (a park and its phases): the furthest any of them has reached. */
function furthest(statuses: readonly ZoneStatus[]): ZoneStatus {
  let best: ZoneStatus = 'unknown';
  for (const s of statuses) if (ladder(s) > ladder(best)) best = s;
  // Off the ladder (stalled, historical, unknown): keep the first one seen rather than "unknown".
  if (ladder(best) < 0) return statuses[0] ?? 'unknown';
  return best;
}

/**
 * The first year a zone reached `min` or further on the ladder, from its dated status facts (a range
 * counts from its start) and its establishment year; null when nothing dated says so.
 */
export function firstReached(
  zone: Pick<Zone, 'status' | 'establishedYear'>,
  min: LadderStatus,
): number | null {
  const years: number[] = [];
  for (const f of zone.status) if (f.asOf && atLeast(f.value, min)) years.push(asOfStartYear(f.asOf));
  const established = currentValue(zone.establishedYear);
  if (established !== undefined && ladder('established') >= ladder(min)) years.push(established);
  return years.length ? Math.min(...years) : null;
}

/** One coloured part of a row's bar: how many items (or hectares) are at this status. */
export type Segment = { status: ZoneStatus; value: number };

export type PlanAnswer = {
  /** How far along: items or hectares that count as progress. */
  value: number;
  /** The plan's figure (its lower bound when it gives a range). */
  goal: number;
  /** Everything in scope by status; `value` is the sum of the statuses the rule counts as progress. */
  segments: Segment[];
  /** The statuses whose segments make up `value`. */
  progressStatuses: readonly ZoneStatus[];
  /** How many of the plan's items the data can see at all, out of how many the plan has. */
  seen: { count: number; of: number } | null;
  /** For hectares: the items in scope whose area is unknown (not counted as 0). */
  areaUnknown: number;
};

const PROGRESS_FROM_ESTABLISHED: readonly ZoneStatus[] = ['established', 'under_construction', 'operating'];
const ALL: readonly ZoneStatus[] = [...STATUS_LADDER, 'stalled', 'unknown'];

function lowerBound(target: Indicator): number {
  const v = target.facts[0]!.value;
  if ('count' in v) return v.count;
  return v.min ?? v.exclusiveMin ?? v.max ?? 0;
}

function segmentsOf(items: readonly { status: ZoneStatus; value: number }[]): Segment[] {
  const by = new Map<ZoneStatus, number>();
  for (const i of items) by.set(i.status, (by.get(i.status) ?? 0) + i.value);
  return [...STATUS_LADDER, 'stalled', 'historical', 'unknown']
    .filter((s) => by.has(s as ZoneStatus))
    .map((s) => ({ status: s as ZoneStatus, value: by.get(s as ZoneStatus)! }));
}

function answer(
  target: Indicator,
  items: readonly { status: ZoneStatus; value: number }[],
  progressStatuses: readonly ZoneStatus[],
  seen: PlanAnswer['seen'],
  areaUnknown = 0,
): PlanAnswer {
  const segments = segmentsOf(items);
  const value = segments.filter((s) => progressStatuses.includes(s.status)).reduce((a, s) => a + s.value, 0);
  return { value, goal: lowerBound(target), segments, progressStatuses, seen, areaUnknown };
}

export const statusOf = (z: Zone): ZoneStatus => currentValue(z.status) ?? 'unknown';
const areaOf = (z: Zone): number | undefined => currentValue(z.areaHa);

/** The zones of one plan list, grouped by park (phases and expansions together). */
function listParks(zones: readonly Zone[], list: PlanList) {
  const entryPark = new Map(list.entries.map((e) => [e.id, e.park]));
  const parks = new Map<string, Zone[]>();
  const entriesSeen = new Set<string>();
  for (const z of zones)
    for (const item of z.planItems) {
      const [listId, entry] = item.value.split('/') as [string, string];
      if (listId !== list.id || !entryPark.has(entry)) continue;
      entriesSeen.add(entry);
      const park = entryPark.get(entry)!;
      parks.set(park, [...(parks.get(park) ?? []), z]);
    }
  return { parks, entriesSeen };
}

type Rule = (target: Indicator, zones: readonly Zone[], file: TargetsFile) => PlanAnswer | null;

const clusters = (zones: readonly Zone[]) =>
  zones.filter((z) => z.kind === 'ccn' && z.countsInTotals && statusOf(z) !== 'historical');

/**
 * Whether a zone is "new" in a period in the plan's sense: a fact shows it reaching one of the
 * `evidence` statuses within the period (a status dated then, or its establishment year), and nothing
 * shows it at `min` or further before the period. A zone seen only as operating is never taken as new:
 * a status first reported in 2025 does not say when the zone began.
 */
export function isNewIn(
  z: Pick<Zone, 'status' | 'establishedYear'>,
  evidence: readonly LadderStatus[],
  min: LadderStatus,
  from: number,
  to: number,
): boolean {
  const established = currentValue(z.establishedYear);
  if (established !== undefined && established < from && ladder('established') >= ladder(min)) return false;
  for (const f of z.status) if (f.asOf && atLeast(f.value, min) && asOfStartYear(f.asOf) < from) return false;
  const inPeriod = (y: number) => y >= from && y <= to;
  return (
    z.status.some(
      (f) => f.asOf && evidence.includes(f.value as LadderStatus) && inPeriod(asOfStartYear(f.asOf)),
    ) ||
    (established !== undefined && evidence.includes('established') && inPeriod(established))
  );
}
const newIn = (
  zones: readonly Zone[],
  evidence: readonly LadderStatus[],
  min: LadderStatus,
  from: number,
  to: number,
) => zones.filter((z) => isNewIn(z, evidence, min, from, to));
const ESTABLISHING: readonly LadderStatus[] = ['established', 'under_construction'];

/** The rule for each target metric. A metric with no rule here cannot be answered from the map. */
export const PLAN_RULES = {
  'kcn-count': (target, zones, file) => {
    const list = file.lists.find((l) => l.id === 'kcn-24');
    if (!list) return null;
    const { parks, entriesSeen } = listParks(zones, list);
    const items = [...parks.values()].map((zs) => ({ status: furthest(zs.map(statusOf)), value: 1 }));
    return answer(target, items, PROGRESS_FROM_ESTABLISHED, {
      count: entriesSeen.size,
      of: list.entries.length,
    });
  },
  'kcn-area': (target, zones, file) => {
    const list = file.lists.find((l) => l.id === 'kcn-24');
    if (!list) return null;
    const inList = zones.filter((z) => z.planItems.some((i) => i.value.startsWith(`${list.id}/`)));
    const known = inList.filter((z) => areaOf(z) !== undefined);
    const items = known.map((z) => ({ status: statusOf(z), value: areaOf(z)! }));
    return answer(
      target,
      items,
      PROGRESS_FROM_ESTABLISHED,
      { count: known.length, of: list.entries.length },
      inList.length - known.length,
    );
  },
  'kcn-new': (target, zones, file) => {
    const list = file.lists.find((l) => l.id === 'kcn-24');
    if (!list || !target.period) return null;
    const { parks } = listParks(zones, list);
    const { from, to } = target.period;
    // A park is new when one of its phases is shown established within the period and none before it.
    const fresh = [...parks.values()].filter(
      (zs) =>
        zs.some((z) => isNewIn(z, ESTABLISHING, 'established', from, to)) &&
        zs.every(
          (z) =>
            isNewIn(z, ESTABLISHING, 'established', from, to) ||
            !z.status.some((f) => f.asOf && atLeast(f.value, 'established') && asOfStartYear(f.asOf) < from),
        ),
    );
    return answer(
      target,
      fresh.map((zs) => ({ status: furthest(zs.map(statusOf)), value: 1 })),
      ALL,
      null,
    );
  },
  'ccn-planned-count': (target, zones) => {
    const scope = clusters(zones);
    const goal = lowerBound(target);
    return answer(
      target,
      scope.map((z) => ({ status: statusOf(z), value: 1 })),
      ALL,
      {
        count: scope.length,
        of: goal,
      },
    );
  },
  'ccn-planned-area': (target, zones) => {
    const scope = clusters(zones);
    const known = scope.filter((z) => areaOf(z) !== undefined);
    return answer(
      target,
      known.map((z) => ({ status: statusOf(z), value: areaOf(z)! })),
      ALL,
      null,
      scope.length - known.length,
    );
  },
  'ccn-to-build': (target, zones) => {
    // Built means work started: a cluster already operating before 2021 is not one of the remaining ones.
    const started = newIn(
      clusters(zones),
      ['under_construction'],
      'under_construction',
      target.period?.from ?? 2021,
      target.targetYear ?? 2100,
    );
    return answer(
      target,
      started.map((z) => ({ status: statusOf(z), value: 1 })),
      ALL,
      {
        count: started.length,
        of: lowerBound(target),
      },
    );
  },
  'ccn-new': (target, zones) => {
    const from = target.period?.from ?? 2021;
    const fresh = newIn(clusters(zones), ESTABLISHING, 'established', from, target.targetYear ?? 2100);
    return answer(
      target,
      fresh.map((z) => ({ status: statusOf(z), value: 1 })),
      ALL,
      {
        count: fresh.length,
        of: lowerBound(target),
      },
    );
  },
  'plan-1668-hitech-count': (target, zones) => {
    const items = highTechZones(zones).map((z) => ({ status: statusOf(z), value: 1 }));
    return answer(target, items, ALL, { count: items.length, of: lowerBound(target) });
  },
  'plan-1668-kcn-count': (target, zones, file) => {
    const list = file.lists.find((l) => l.id === 'kcn-24');
    if (!list) return null;
    const { parks } = listParks(zones, list);
    const items = [...parks.values()].map((zs) => ({ status: furthest(zs.map(statusOf)), value: 1 }));
    return answer(target, items, ALL, { count: items.length, of: lowerBound(target) });
  },
  'plan-1668-zone-count': (target, zones, file) => {
    const list = file.lists.find((l) => l.id === 'kcn-24');
    if (!list) return null;
    const { parks } = listParks(zones, list);
    const items = [
      ...[...parks.values()].map((zs) => ({ status: furthest(zs.map(statusOf)), value: 1 })),
      ...highTechZones(zones).map((z) => ({ status: statusOf(z), value: 1 })),
    ];
    return answer(target, items, ALL, { count: items.length, of: lowerBound(target) });
  },
} satisfies Readonly<Record<string, Rule>>;

/** The metrics the map can answer: a rule above for each. */
export type PlanMetric = keyof typeof PLAN_RULES;
export const isPlanMetric = (metric: string): metric is PlanMetric => Object.hasOwn(PLAN_RULES, metric);

/**
 * The high-tech zones of the general plan the data can see: the high-tech zones themselves (not one
 * inside another, like NIC inside Hòa Lạc), and the zones a source names as one of them (the software
 * park, whatever its status).
 */
export function highTechZones(zones: readonly Zone[]): Zone[] {
  return zones.filter(
    (z) =>
      (z.kind === 'hitech' && !z.relations.some((r) => r.type === 'inside')) ||
      z.planItems.some((i) => i.value === 'plan-1668/hitech'),
  );
}
