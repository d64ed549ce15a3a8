/**
 * The centre line of a long, thin polygon, such as a river drawn double-lined. The data build uses it
 * for the Red River: its GSHHG polygon was traced from a raster, so its banks show as stairs when
 * zoomed in; past that zoom the map draws this line instead. Pure: positions in, positions out.
 */
import type { Position } from 'geojson';

type XY = [number, number];

/** Equirectangular plane around a latitude: good enough for distances over a few tens of km. */
function plane(lat0: number) {
  const k = Math.cos((lat0 * Math.PI) / 180);
  return {
    to: ([lon, lat]: Position): XY => [lon! * k, lat!],
    from: ([x, y]: XY): Position => [x / k, y],
  };
}

const dist2 = (a: XY, b: XY) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

function farthestFrom(points: readonly XY[], from: XY): number {
  let best = 0;
  for (let i = 1; i < points.length; i++) if (dist2(points[i]!, from) > dist2(points[best]!, from)) best = i;
  return best;
}

/** `n` points spread evenly by length along a polyline. */
function resample(line: readonly XY[], n: number): XY[] {
  const cum = [0];
  for (let i = 1; i < line.length; i++) cum.push(cum[i - 1]! + Math.sqrt(dist2(line[i - 1]!, line[i]!)));
  const total = cum.at(-1)!;
  const out: XY[] = [];
  let j = 1;
  for (let s = 0; s < n; s++) {
    const at = (total * s) / (n - 1);
    while (j < line.length - 1 && cum[j]! < at) j++;
    const span = cum[j]! - cum[j - 1]! || 1;
    const t = Math.min(1, Math.max(0, (at - cum[j - 1]!) / span));
    const a = line[j - 1]!;
    const b = line[j]!;
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}

/** The point of a polyline nearest to `p`. */
function nearestOn(line: readonly XY[], p: XY): XY {
  let best: XY = line[0]!;
  let bestD = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.min(1, Math.max(0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    const q: XY = [a[0] + dx * t, a[1] + dy * t];
    const d = dist2(p, q);
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}

/** A moving average over `window` points on each side; the two ends stay where they are. */
function smooth(line: readonly XY[], window: number): XY[] {
  return line.map((p, i) => {
    if (i === 0 || i === line.length - 1) return p;
    const w = Math.min(window, i, line.length - 1 - i);
    let x = 0;
    let y = 0;
    for (let k = i - w; k <= i + w; k++) {
      x += line[k]![0];
      y += line[k]![1];
    }
    return [x / (2 * w + 1), y / (2 * w + 1)];
  });
}

/**
 * The centre line of a ribbon-shaped polygon given by its outer ring. Its two ends are the two
 * points of the ring farthest apart; the ring splits there into two banks, and each point of the
 * line is the middle between the nearest points of the two banks, smoothed a little.
 */
export function ribbonCentreline(ring: readonly Position[], samples = 300, window = 4): Position[] {
  const open = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];
  const pts = open ? ring.slice(0, -1) : ring;
  if (pts.length < 4) return [];
  const proj = plane(pts.reduce((s, p) => s + p[1]!, 0) / pts.length);
  const xy = pts.map(proj.to);
  const a = farthestFrom(xy, xy[0]!);
  const b = farthestFrom(xy, xy[a]!);
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const bankOne = xy.slice(lo, hi + 1);
  const bankTwo = [...xy.slice(hi), ...xy.slice(0, lo + 1)].reverse();
  const one = resample(bankOne, samples);
  const two = resample(bankTwo, samples);
  let line: XY[] = one.map((p, i) => [(p[0] + two[i]![0]) / 2, (p[1] + two[i]![1]) / 2]);
  // Matching by length drifts where one bank is longer (a bay): re-centre on the nearest bank points.
  for (let pass = 0; pass < 2; pass++)
    line = line.map((p) => {
      const x = nearestOn(bankOne, p);
      const y = nearestOn(bankTwo, p);
      return [(x[0] + y[0]) / 2, (x[1] + y[1]) / 2];
    });
  return smooth(line, window).map((p) => proj.from(p).map((n) => Number(n.toFixed(5))));
}

/** Base layers the data build also writes as a centre line (`<id>-centreline.geojson`). */
export const CENTRELINE_LAYERS: readonly string[] = ['red-river-gshhg'];
export const centrelineSourceId = (layerId: string) => `${layerId}-centreline`;
