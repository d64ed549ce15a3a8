/**
 * Where a layer lands: the share of its positions that are not on Viet Nam's land (Natural Earth
 * 1:10m outline, ~500 m simplified; positions within ~2 km of the coast count as on land, so coastal
 * sites are not flagged for the outline's coarseness). Used to flag layers placed with the wrong
 * coordinate system and for the coordinate-system question's preview.
 */
export type OutlinePolygon = number[][][];
export type Outline = { kind: 'vn' | 'other'; name: string; polygons: OutlinePolygon[] };

/** About 2 km in degrees. */
const COAST_TOLERANCE = 0.02;

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function nearRing(x: number, y: number, ring: number[][], tol: number): boolean {
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
    if (Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= tol) return true;
  }
  return false;
}

type Indexed = { bbox: [number, number, number, number]; polygon: OutlinePolygon };
const index = new WeakMap<Outline[], Indexed[]>();
function indexed(outlines: Outline[]): Indexed[] {
  let list = index.get(outlines);
  if (!list) {
    list = outlines
      .filter((o) => o.kind === 'vn')
      .flatMap((o) => o.polygons)
      .map((polygon) => {
        const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of polygon[0]!) {
          b[0] = Math.min(b[0], x!);
          b[1] = Math.min(b[1], y!);
          b[2] = Math.max(b[2], x!);
          b[3] = Math.max(b[3], y!);
        }
        return { bbox: b, polygon };
      });
    index.set(outlines, list);
  }
  return list;
}

export function onVietnamLand(x: number, y: number, outlines: Outline[], tol = COAST_TOLERANCE): boolean {
  for (const { bbox: b, polygon } of indexed(outlines)) {
    if (x < b[0] - tol || x > b[2] + tol || y < b[1] - tol || y > b[3] + tol) continue;
    if (inRing(x, y, polygon[0]!) && !polygon.slice(1).some((hole) => inRing(x, y, hole))) return true;
    if (polygon.some((ring) => nearRing(x, y, ring, tol))) return true;
  }
  return false;
}

/** Share (0–1) of the points that are not on Viet Nam's land or its coast. */
export function shareOutside(points: readonly (readonly number[])[], outlines: Outline[]): number {
  if (points.length === 0) return 0;
  let outside = 0;
  for (const [x, y] of points) if (!onVietnamLand(x!, y!, outlines)) outside++;
  return outside / points.length;
}

/** A layer is flagged when more than a quarter of its positions are off Viet Nam's land. */
export const OUTSIDE_FLAG = 0.25;
