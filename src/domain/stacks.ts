/**
 * Zones that share one placed point (several zones put at the same district centre, say). The map
 * says how many are there, and a click offers each of them: no zone hides another.
 */
import type { FeatureCollection, Point, Position } from 'geojson';
import type { ZoneFeature } from './zone';

export type Stack = { at: Position; ids: readonly string[] };

const keyOf = (p: Position) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;

/** Groups of two or more zones drawn at exactly the same point, in data order. */
export function stacksOf(zones: readonly ZoneFeature[]): Stack[] {
  const byKey = new Map<string, { at: Position; ids: string[] }>();
  for (const z of zones) {
    const at = z.properties.anchor;
    const key = keyOf(at);
    const group = byKey.get(key);
    if (group) group.ids.push(z.properties.id);
    else byKey.set(key, { at, ids: [z.properties.id] });
  }
  return [...byKey.values()].filter((g) => g.ids.length > 1);
}

/** One point per stack with how many of its zones pass the filters; stacks of fewer than two are left out. */
export function visibleStacks(
  stacks: readonly Stack[],
  visible: ReadonlySet<string>,
): FeatureCollection<Point, { count: number }> {
  const features = [];
  for (const s of stacks) {
    const count = s.ids.filter((id) => visible.has(id)).length;
    if (count > 1)
      features.push({
        type: 'Feature' as const,
        properties: { count },
        geometry: { type: 'Point' as const, coordinates: [...s.at] },
      });
  }
  return { type: 'FeatureCollection', features };
}

/** What the map shows of the stacks (where, and how many): equal keys draw the same badges. */
export function stacksKey(stacks: FeatureCollection<Point, { count: number }>): string {
  return stacks.features.map((f) => `${f.geometry.coordinates.join(',')}:${f.properties.count}`).join(';');
}
