/** The data-quality report printed by `npm run data`. */
import { currentValue } from './facts';
import type { DatasetResult } from './dataset';

export type QualityReport = {
  zones: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byLocationMethod: Record<string, number>;
  withoutArea: string[];
  undatedFacts: number;
  conflicts: DatasetResult['conflicts'];
  disagreements: DatasetResult['disagreements'];
};

const tally = (values: string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

export function qualityReport(result: DatasetResult): QualityReport {
  const zones = result.zones.map((z) => z.properties);
  let undated = 0;
  for (const z of zones)
    for (const list of [
      z.status,
      z.areaHa,
      z.occupancyPct,
      z.developer,
      z.legalBasis,
      z.establishedYear,
      z.sectors,
      z.tenants,
    ])
      undated += list.filter((f) => f.asOf === null).length;
  return {
    zones: zones.length,
    byKind: tally(zones.map((z) => z.kind)),
    byStatus: tally(zones.map((z) => currentValue(z.status) ?? 'unknown')),
    byLocationMethod: tally(zones.map((z) => z.location.method)),
    withoutArea: zones.filter((z) => z.areaHa.length === 0).map((z) => z.id),
    undatedFacts: undated,
    conflicts: result.conflicts,
    disagreements: result.disagreements,
  };
}

export function formatQualityReport(r: QualityReport): string {
  const table = (title: string, t: Record<string, number>) =>
    `${title}\n` +
    Object.entries(t)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(4)}`)
      .join('\n');
  return [
    `Data-quality report: ${r.zones} zones`,
    table('By kind', r.byKind),
    table('By current status', r.byStatus),
    table('By location method', r.byLocationMethod),
    `Zones with no area (${r.withoutArea.length}): ${r.withoutArea.join(', ') || '—'}`,
    `Undated facts: ${r.undatedFacts}`,
    `Facts where sources differ (${r.conflicts.length}):`,
    ...r.conflicts.map((c) => `  ${c.zone} ${c.field}: ${c.values.join(' | ')}`),
    `Spatial-join disagreements (${r.disagreements.length}):`,
    ...r.disagreements.map(
      (d) =>
        `  ${d.zone} ${d.level}: sources say ${d.reported.join('/')}, geometry falls in ${d.joined ?? 'none'}`,
    ),
  ].join('\n');
}
