/** Legend swatches drawn from the same tables as the map style, so the legend matches the map. */
import type { CSSProperties } from 'react';
import {
  APPROXIMATE,
  approximateRadiusPx,
  FIT_RING,
  FOOTPRINT,
  KIND_COLORS,
  REGION_COLOR,
  STATUS_FILL_OPACITY,
} from '../domain/symbology';
import type { ZoneKind, ZoneStatus } from '../domain/vocab';

/** "#0072b2" + 0.5 → "rgba(0,114,178,0.5)". */
function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

export const kindSwatch = (kind: ZoneKind): CSSProperties => ({
  background: KIND_COLORS[kind],
  borderColor: KIND_COLORS[kind],
});

export const statusSwatch = (status: ZoneStatus): CSSProperties => ({
  background: `rgba(85,85,85,${STATUS_FILL_OPACITY[status]})`,
  borderColor: '#555',
});

/** A footprint as the map draws it: the kind's fill at an operating zone's strength, and its outline. */
export const footprintSwatch = (kind: ZoneKind = 'kcn'): CSSProperties => ({
  background: withAlpha(KIND_COLORS[kind], STATUS_FILL_OPACITY.operating),
  border: `${FOOTPRINT.outlineWidthPx}px solid ${KIND_COLORS[kind]}`,
  width: 18,
  height: 13,
});

/** A footprint's dot when zoomed out. */
export const dotSwatch = (kind: ZoneKind = 'kcn'): CSSProperties => ({
  background: KIND_COLORS[kind],
  border: '1.5px solid #fff',
  boxShadow: '0 0 0 1px #bbb',
  width: FOOTPRINT.dotRadiusPx * 2,
  height: FOOTPRINT.dotRadiusPx * 2,
  borderRadius: '50%',
});

/** An approximate position's ring, at the size of a 100 ha zone. */
export const ringSwatch = (kind: ZoneKind = 'ccn'): CSSProperties => {
  const r = approximateRadiusPx(100);
  return {
    background: withAlpha(KIND_COLORS[kind], STATUS_FILL_OPACITY.operating * APPROXIMATE.fillFactor),
    border: `${APPROXIMATE.ringWidthPx}px solid ${KIND_COLORS[kind]}`,
    width: r * 2,
    height: r * 2,
    borderRadius: '50%',
    boxSizing: 'border-box',
  };
};

/** A context site of a neighbouring province, as src/map/regionSites.ts draws it. */
export const regionSwatch = (): CSSProperties => ({
  background: withAlpha(REGION_COLOR, 0.35),
  border: `1.2px solid ${REGION_COLOR}`,
  width: 14,
  height: 14,
  borderRadius: '50%',
});

/** The fit finder's ring around a passing zone (src/map/fitLayer.ts). */
export const fitRingSwatch = (): CSSProperties => ({
  border: `${FIT_RING.widthPx}px solid ${FIT_RING.color}`,
  width: 18,
  height: 18,
  borderRadius: '50%',
  boxSizing: 'border-box',
});
