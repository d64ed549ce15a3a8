/**
 * Plan against actual: each industrial-land target of geodata/targets.json next to what the map's
 * data shows. Every computed row says what it counts (a rule per metric, in planRules.ts, explained
 * in words by the interface), how far along the plan is, and how many of the plan's items the data
 * can see at all. Rows the data cannot answer say so and come last.
 */
import type { Indicator, TargetsFile, ZoneTarget } from './targets';
import { atLeast, isPlanMetric, PLAN_RULES, type PlanAnswer, type PlanMetric, statusOf } from './planRules';
import type { ZoneStatus } from './vocab';
import type { Zone } from './zone';

/** A target with its answer, and the metric's rule that answered it (its texts are keyed by metric). */
export type PlanRow =
  { target: Indicator; answer: null } | { target: Indicator; answer: PlanAnswer; metric: PlanMetric };

/** Every industrial target, computed where a rule exists; the answered rows first, in file order. */
export function planRows(file: TargetsFile, zones: readonly Zone[]): PlanRow[] {
  const rows = file.indicators
    .filter((t) => t.group === 'industrial-land')
    .map((target): PlanRow => {
      const { metric } = target;
      const answer =
        target.measurableFromMap !== null && isPlanMetric(metric)
          ? PLAN_RULES[metric](target, zones, file)
          : null;
      return answer && isPlanMetric(metric) ? { target, answer, metric } : { target, answer: null };
    });
  return [...rows.filter((r) => r.answer), ...rows.filter((r) => !r.answer)];
}

/** The programme's other targets (economy, industry): the map cannot measure them; they are listed with their sources. */
export function contextTargets(file: TargetsFile): Indicator[] {
  return file.indicators.filter((t) => t.group !== 'industrial-land');
}

/** A zone target: the status the plan wants against the zone's current status (undefined: zone not in data). */
export type ZoneTargetRow = { target: ZoneTarget; status: ZoneStatus | undefined; met: boolean | null };

export function zoneTargetRows(file: TargetsFile, zones: readonly Zone[]): ZoneTargetRow[] {
  const byId = new Map(zones.map((z) => [z.id, z]));
  return file.zoneTargets.map((target) => {
    const zone = byId.get(target.zone);
    const status = zone ? statusOf(zone) : undefined;
    const wanted = target.facts[0]!.value;
    return { target, status, met: status === undefined ? null : atLeast(status, wanted) };
  });
}
