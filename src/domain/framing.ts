/**
 * How the map frames a zone when it is opened: its footprint with room around it, or the area an
 * approximate position may be in; and how much of the map the page's panels cover. Pure: the map
 * adapter turns the answers into a camera move.
 */
import type { Geometry, Position } from 'geojson';
import type { BBox } from './geo';

export type Padding = { top: number; right: number; bottom: number; left: number };
export type Rect = { left: number; top: number; right: number; bottom: number };

export const FRAMING = {
  /** A footprint fills about this share of the frame's width or height; the rest is its surroundings. */
  footprintShare: 0.5,
  /** Never closer than this zoom: past it the bundled base map has little to show around a zone. */
  maxZoom: 13.5,
  /** Around a published point (a portal's marker, an OSM node); the zoom limit widens it on big screens. */
  pointRadiusKm: 3,
  /** Around a unit's centre: as far as the true site may be, up to this. */
  maxRadiusKm: 12,
  /** Space kept free at each edge, in px, beyond what panels cover. */
  marginPx: 24,
  /** A cover is ignored on a side where it would leave the map less than this share of its size. */
  minFreeShare: 0.4,
  /** Data newly imported that spans less of the free map than this, across and down, is zoomed to. */
  plainShare: 0.25,
} as const;

const KM_PER_DEG_LAT = 111.32;
const kmPerDegLon = (lat: number) => KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);

/** A box of `halfWidthKm` × `halfHeightKm` around a centre. */
function boxAround([lon, lat]: Position, halfWidthKm: number, halfHeightKm: number): BBox {
  const dLon = halfWidthKm / kmPerDegLon(lat!);
  const dLat = halfHeightKm / KM_PER_DEG_LAT;
  return [lon! - dLon, lat! - dLat, lon! + dLon, lat! + dLat];
}

function bboxOfGeometry(g: Geometry): BBox | null {
  let b: BBox | null = null;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      b = b
        ? [Math.min(b[0], x!), Math.min(b[1], y!), Math.max(b[2], x!), Math.max(b[3], y!)]
        : [x!, y!, x!, y!];
    } else for (const inner of c as unknown[]) visit(inner);
  };
  if (g.type === 'GeometryCollection') for (const part of g.geometries) visit(bboxOfGeometry(part) ?? []);
  else visit(g.coordinates);
  return b;
}

export type FramedZone = {
  geometry: Geometry;
  properties: { anchor: Position; uncertaintyKm: number | null };
};

/**
 * The frame of a zone: a footprint's box grown so the footprint takes about half of it; for a point,
 * a circle of `pointRadiusKm`, or, for a position at a unit's centre, of how far the true site may be
 * (`uncertaintyKm`, capped). The camera never goes past `maxZoom` to show it.
 */
export function zoneFrame(zone: FramedZone): BBox {
  const { anchor, uncertaintyKm } = zone.properties;
  const box = zone.geometry.type === 'Point' ? null : bboxOfGeometry(zone.geometry);
  if (!box) {
    const r = Math.min(FRAMING.maxRadiusKm, Math.max(FRAMING.pointRadiusKm, uncertaintyKm ?? 0));
    return boxAround(anchor, r, r);
  }
  const centre: Position = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const widthKm = (box[2] - box[0]) * kmPerDegLon(centre[1]!);
  const heightKm = (box[3] - box[1]) * KM_PER_DEG_LAT;
  const span = Math.max(widthKm, heightKm);
  // The same margin on every side: a long, thin footprint keeps its shape, with room around it.
  const margin = (span / FRAMING.footprintShare - span) / 2;
  return boxAround(centre, widthKm / 2 + margin, heightKm / 2 + margin);
}

/** The box of a zone itself (its footprint, or its point): what must be in view once framed. */
export function zoneExtent(zone: FramedZone): BBox {
  const [lon, lat] = zone.properties.anchor;
  return (zone.geometry.type === 'Point' ? null : bboxOfGeometry(zone.geometry)) ?? [lon!, lat!, lon!, lat!];
}

/**
 * Padding that keeps a frame clear of what covers the map (a legend, a drawer, a bottom sheet).
 * Each cover is pushed to the side that leaves the largest free square (frames are about square),
 * or the least map lost when that is a tie; a side is left alone if covering it would leave too
 * little map. A margin is added on every side: `margin`, or less on a small map.
 */
export function coverPadding(map: Rect, covers: readonly Rect[], margin: number = FRAMING.marginPx): Padding {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const m = Math.min(margin, Math.round(0.05 * Math.min(w, h)));
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const free = (p: Padding) => Math.min(w - p.left - p.right, h - p.top - p.bottom);
  for (const c of covers) {
    const o = {
      left: Math.max(map.left, c.left),
      top: Math.max(map.top, c.top),
      right: Math.min(map.right, c.right),
      bottom: Math.min(map.bottom, c.bottom),
    };
    if (o.right <= o.left || o.bottom <= o.top) continue;
    const options = (
      [
        ['left', o.right - map.left, w],
        ['right', map.right - o.left, w],
        ['top', o.bottom - map.top, h],
        ['bottom', map.bottom - o.top, h],
      ] as [keyof Padding, number, number][]
    )
      .filter(([, px, size]) => size - px >= size * FRAMING.minFreeShare)
      .map(([side, px, size]) => {
        const next = { ...pad, [side]: Math.max(pad[side], px) };
        return { next, free: free(next), lost: px / size };
      })
      .sort((a, b) => b.free - a.free || a.lost - b.lost);
    if (options[0]) Object.assign(pad, options[0].next);
  }
  return { top: pad.top + m, right: pad.right + m, bottom: pad.bottom + m, left: pad.left + m };
}

/** True when the zone is already in view at about the zoom a frame would give: no need to move. */
export function alreadyFramed(view: { inView: boolean; zoom: number }, targetZoom: number): boolean {
  return view.inView && Math.abs(view.zoom - targetZoom) <= 1;
}

/**
 * True when a box on screen (newly imported data) is plain to see where the map already is: wholly in
 * `free`, the part of the map nothing covers, and spanning at least `plainShare` of its width or of
 * its height. Then the map need not move to show it.
 */
export function plainlyInView(box: Rect, free: Rect, share: number = FRAMING.plainShare): boolean {
  const inside =
    box.left >= free.left && box.right <= free.right && box.top >= free.top && box.bottom <= free.bottom;
  const across = (box.right - box.left) / (free.right - free.left);
  const down = (box.bottom - box.top) / (free.bottom - free.top);
  return inside && Math.max(across, down) >= share;
}
