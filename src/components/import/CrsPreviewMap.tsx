/** The coordinate-system question's sketch of where a layer would land (no map engine: plain SVG). */
import type { PreviewResult } from '../../domain/import/actions';

const W = 320;
const H = 260;

/**
 * An equirectangular sketch: country outlines, the provinces' borders before 2025 (thin), the bundled
 * 2025 provinces, the central meridian (dashed), the sample points.
 */
export function CrsPreviewMap({
  result,
  meridian,
}: {
  result: PreviewResult | null;
  meridian: number | null;
}) {
  if (!result?.ok) return <svg className="import-crs-map" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" />;
  const [w, s, e, n] = result.bbox;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const k = Math.cos((cy * Math.PI) / 180);
  // At least 2° of context around the points (a province and its neighbours), keeping the proportions.
  let spanX = Math.max((e - w) * k, 2) * 1.3;
  let spanY = Math.max(n - s, 2) * 1.3;
  if (spanX / spanY > W / H) spanY = (spanX * H) / W;
  else spanX = (spanY * W) / H;
  const x = (lon: number) => ((lon - cx) * k * W) / spanX + W / 2;
  const y = (lat: number) => H / 2 - ((lat - cy) * H) / spanY;
  const line = (l: [number, number][]) =>
    l.map(([lon, lat], i) => `${i ? 'L' : 'M'}${x(lon).toFixed(1)} ${y(lat).toFixed(1)}`).join('');
  const path = (ring: [number, number][]) => line(ring) + 'Z';
  // Only the provinces that reach into the sketch are drawn (and counted, for the tests).
  const inView = (rings: [number, number][][]) =>
    rings.some((r) => r.some(([lon, lat]) => x(lon) >= 0 && x(lon) <= W && y(lat) >= 0 && y(lat) <= H));
  const provinces = result.provinces.filter((p) => inView(p.rings));
  const borders = result.borders.filter((l) => inView([l]));
  return (
    <svg
      className="import-crs-map"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-hidden="true"
      data-province-outlines={provinces.length}
      data-pre2025-borders={borders.length}
    >
      <rect width={W} height={H} className="sea" />
      {result.outlines.map((o, i) => (
        <path key={i} className={o.kind === 'vn' ? 'land-vn' : 'land-other'} d={o.rings.map(path).join('')} />
      ))}
      {borders.length > 0 && <path className="province-pre2025" d={borders.map(line).join('')} />}
      {provinces.map((p) => (
        <path key={p.name} className="province" data-province={p.name} d={p.rings.map(path).join('')} />
      ))}
      {meridian !== null && <line className="meridian" x1={x(meridian)} x2={x(meridian)} y1={0} y2={H} />}
      {result.points.map(([lon, lat], i) => (
        <circle key={i} cx={x(lon)} cy={y(lat)} r={2.2} className="sample" />
      ))}
    </svg>
  );
}
