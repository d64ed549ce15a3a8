/**
 * Plan against actual: each industrial-land target of geodata/targets.json next to what the map's
 * data shows. Only the targets whose `measurableFromMap` names a quantity are computed, each by an
 * explicit rule below; the rest say plainly that the data cannot answer. "Status ≥ X" means at or
 * above X on the ladder; off-ladder states (stalled, historical, unknown) are not counted.
 */
import { currentValue } from './facts';
import type { Indicator, TargetsFile, ZoneTarget } from './targets';
import { STATUS_LADDER, type ZoneKind, type ZoneStatus } from './vocab';
import type { Zone } from './zone';

type Rule = {
  kinds: readonly ZoneKind[];
  minStatus: (typeof STATUS_LADDER)[number];
  measure: 'count' | 'ha';
  established?: { from: number; to: number };
};

/** The rule for each target metric, transcribed from its `measurableFromMap` text. */
export const PLAN_RULES: Readonly<Record<string, Rule>> = {
  'ccn-planned-count': { kinds: ['ccn'], minStatus: 'planned', measure: 'count' },
  'ccn-planned-area': { kinds: ['ccn'], minStatus: 'planned', measure: 'ha' },
  'ccn-to-build': { kinds: ['ccn'], minStatus: 'under_construction', measure: 'count' },
  'ccn-new': {
    kinds: ['ccn'],
    minStatus: 'established',
    measure: 'count',
    established: { from: 2021, to: 2030 },
  },
  'kcn-count': { kinds: ['kcn'], minStatus: 'planned', measure: 'count' },
  'kcn-area': { kinds: ['kcn'], minStatus: 'planned', measure: 'ha' },
  'kcn-new': {
    kinds: ['kcn'],
    minStatus: 'established',
    measure: 'count',
    established: { from: 2021, to: 2025 },
  },
  'plan-1668-zone-count': { kinds: ['kcn', 'hitech', 'it_park'], minStatus: 'planned', measure: 'count' },
  'plan-1668-hitech-count': { kinds: ['hitech', 'it_park'], minStatus: 'planned', measure: 'count' },
  'plan-1668-kcn-count': { kinds: ['kcn'], minStatus: 'planned', measure: 'count' },
};

const ladder = (s: ZoneStatus): number => STATUS_LADDER.indexOf(s as (typeof STATUS_LADDER)[number]);
export const atLeast = (s: ZoneStatus, min: (typeof STATUS_LADDER)[number]): boolean =>
  ladder(s) >= ladder(min);

/** What the map shows: a count or known hectares, with the zones counted but of unknown area. */
export type Actual = { value: number; zones: number; areaUnknown: number };

export function measureRule(zones: readonly Zone[], rule: Rule): Actual {
  const out: Actual = { value: 0, zones: 0, areaUnknown: 0 };
  for (const z of zones) {
    if (!rule.kinds.includes(z.kind)) continue;
    if (!atLeast(currentValue(z.status) ?? 'unknown', rule.minStatus)) continue;
    if (rule.established) {
      const y = currentValue(z.establishedYear);
      if (y === undefined || y < rule.established.from || y > rule.established.to) continue;
    }
    out.zones++;
    if (rule.measure === 'count') out.value++;
    else {
      const a = currentValue(z.areaHa);
      if (a === undefined) out.areaUnknown++;
      else out.value += a;
    }
  }
  return out;
}

/** 'computed': the map answers; 'not-measurable': the target says the data cannot; 'no-rule': not yet computed. */
export type IndicatorRow = {
  target: Indicator;
  kind: 'computed' | 'not-measurable' | 'no-rule';
  actual: Actual | null;
};

export function indicatorRows(file: TargetsFile, zones: readonly Zone[]): IndicatorRow[] {
  return file.indicators
    .filter((t) => t.group === 'industrial-land' || t.group === 'industry')
    .map((target) => {
      if (target.measurableFromMap === null) return { target, kind: 'not-measurable', actual: null };
      const rule = PLAN_RULES[target.metric];
      if (!rule) return { target, kind: 'no-rule', actual: null };
      return { target, kind: 'computed', actual: measureRule(zones, rule) };
    });
}

/** A zone target: the status the plan wants against the zone's current status (undefined: zone not in data). */
export type ZoneTargetRow = { target: ZoneTarget; status: ZoneStatus | undefined; met: boolean | null };

export function zoneTargetRows(file: TargetsFile, zones: readonly Zone[]): ZoneTargetRow[] {
  const byId = new Map(zones.map((z) => [z.id, z]));
  return file.zoneTargets.map((target) => {
    const zone = byId.get(target.zone);
    const status = zone ? (currentValue(zone.status) ?? 'unknown') : undefined;
    const wanted = target.facts[0]!.value;
    return { target, status, met: status === undefined ? null : atLeast(status, wanted) };
  });
}
