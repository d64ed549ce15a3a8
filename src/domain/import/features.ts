/**
 * Checks features from any parser, in two passes around coordinate detection:
 * `validateFeatures` keeps structurally sound geometries with finite numbers; `finishFeatures` moves
 * them to longitude/latitude, refuses positions off the globe, closes open rings and flags
 * self-intersections (loaded, with a warning). Every refusal names the file and the feature.
 */
import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { z } from 'zod';
import { type IssueLog, type IssueUnit, issue } from './issues';
import { LIMITS } from './limits';
import { type Props, type SanitizeReport, sanitizeProperties } from './sanitize';

const num = z.custom<number>((v) => typeof v === 'number');
const pos = z.array(num).min(2).max(4);
const line = z.array(pos).min(2);
const poly = z.array(z.array(pos)).min(1);
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: pos }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(pos).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: poly }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(poly).min(1) }),
]);
export type SimpleGeometry = z.infer<typeof geometrySchema>;
const SUPPORTED = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

export type CheckedFeature = { geometry: SimpleGeometry; properties: Props; index: number; label?: string };
export type Where = { file: string; unit: IssueUnit; log: IssueLog };

const LABEL_KEYS = ['name', 'Name', 'NAME', 'ten', 'Ten', 'TEN', 'tên', 'Tên', 'title'];
function labelOf(props: Props, id: unknown): string | undefined {
  const v = [id, ...LABEL_KEYS.map((k) => props[k])].find(
    (x) => typeof x === 'string' || typeof x === 'number',
  );
  return v === undefined || v === '' ? undefined : String(v).slice(0, 60);
}

/** Calls `fn` on every position (in place), depth-first. */
export function eachPosition(g: SimpleGeometry, fn: (p: Position) => void): void {
  const c = g.coordinates as unknown;
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === 'number') fn(x as Position);
    else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  walk(c);
}

export function validateFeatures(raw: readonly unknown[], where: Where): CheckedFeature[] {
  const { file, unit, log } = where;
  const out: CheckedFeature[] = [];
  const report: SanitizeReport = { renamed: [], truncated: false };
  raw.forEach((f, i) => {
    const index = i + 1;
    const obj = (f && typeof f === 'object' ? f : {}) as Record<string, unknown>;
    const properties = sanitizeProperties(obj.properties, report);
    const label = labelOf(properties, obj.id);
    const at = { unit, index, label };
    if (obj.type !== 'Feature') return log.add(issue(file, 'notGeoJson', 'error', at));
    const g = obj.geometry as { type?: unknown } | null | undefined;
    if (!g || typeof g !== 'object')
      return log.add(issue(file, 'badGeometry', 'error', { ...at, detail: 'null' }));
    if (!SUPPORTED.has(String(g.type)))
      return log.add(
        issue(file, 'unsupportedGeometry', 'error', { ...at, detail: String(g.type).slice(0, 40) }),
      );
    const parsed = geometrySchema.safeParse(g);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      const value = path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k], g);
      // A non-number where a number belongs ("NaN", null, "") is a bad coordinate, not a bad shape.
      if (
        path[0] === 'coordinates' &&
        value !== undefined &&
        typeof value !== 'number' &&
        !Array.isArray(value)
      )
        return log.add(
          issue(file, 'nonFiniteCoordinate', 'error', { ...at, detail: String(value).slice(0, 20) }),
        );
      const p = path.join('.');
      return log.add(issue(file, 'badGeometry', 'error', { ...at, detail: `${String(g.type)} ${p}`.trim() }));
    }
    const geometry = parsed.data;
    let finite = true;
    eachPosition(geometry, (p) => {
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) finite = false;
      p.length = 2; // heights are not drawn; dropping them halves memory for 3D files
    });
    if (!finite) return log.add(issue(file, 'nonFiniteCoordinate', 'error', at));
    out.push({ geometry, properties, index, label });
  });
  if (report.renamed.length)
    log.add(issue(file, 'renamedKey', 'warning', { detail: [...new Set(report.renamed)].join(', ') }));
  if (report.truncated) log.add(issue(file, 'truncatedValue', 'warning'));
  return out;
}

type Transform = (p: Position) => Position;

const closed = (r: Position[]) => r.length > 0 && r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1];

/** Returns false when a polygon cannot be drawn at all (a ring with fewer than 4 positions). */
function fixRings(
  rings: Position[][],
  at: { unit: IssueUnit; index: number; label?: string },
  w: Where,
): boolean {
  for (const r of rings) {
    if (!closed(r)) {
      w.log.add(issue(w.file, 'unclosedRing', 'warning', at));
      r.push([...r[0]!]);
    }
    if (r.length < 4) {
      w.log.add(issue(w.file, 'shortRing', 'error', at));
      return false;
    }
  }
  if (rings.every((r) => r.length <= LIMITS.maxKinkCheckVertices)) {
    try {
      if (kinks(turfPolygon(rings)).features.length > 0)
        w.log.add(issue(w.file, 'selfIntersection', 'warning', at));
    } catch {
      // turf refuses some degenerate rings; they still draw, so leave them be.
    }
  }
  return true;
}

export function finishFeatures(
  checked: readonly CheckedFeature[],
  transform: Transform,
  where: Where,
): Feature[] {
  const out: Feature[] = [];
  for (const f of checked) {
    const at = { unit: where.unit, index: f.index, label: f.label };
    let inRange = true;
    eachPosition(f.geometry, (p) => {
      const [x, y] = transform(p);
      p[0] = x!;
      p[1] = y!;
      if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) inRange = false;
    });
    if (!inRange) {
      where.log.add(issue(where.file, 'outOfRange', 'error', at));
      continue;
    }
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    if (!polys.every((rings) => fixRings(rings, at, where))) continue;
    out.push({ type: 'Feature', geometry: g as Geometry, properties: f.properties });
  }
  return out;
}
