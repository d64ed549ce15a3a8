/**
 * Coordinate systems we recognise in user files, as proj4 definitions.
 *
 * VN-2000 datum: WGS 84 ellipsoid, shifted by the 7-parameter Helmert transformation published by the
 * Ministry of Natural Resources and Environment (Quyết định 05/2007/QĐ-BTNMT) and carried by the
 * commonly used proj4 strings for EPSG:4756 / EPSG:3405 (e.g. epsg.io, spatialreference.org):
 * dX=-191.90441429 m, dY=-39.30318279 m, dZ=-111.45032835 m, rX=0.00928836", rY=-0.01975479",
 * rZ=0.00427372", dS=0.252906278 ppm. Projections follow Thông tư 973/2001/TT-TCĐC: provincial TM-3
 * maps use k=0.9999 with Hanoi's central meridian 105°00'; national series use UTM (k=0.9996).
 */
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

export const CRS_IDS = ['wgs84', 'vn2000-tm3-105', 'vn2000-utm48', 'wgs84-utm48'] as const;
export type CrsId = (typeof CRS_IDS)[number];

export const CRS_DEFS: Record<CrsId, { proj4: string; epsg?: number; projected: boolean }> = {
  wgs84: { proj4: '+proj=longlat +datum=WGS84 +no_defs', epsg: 4326, projected: false },
  'vn2000-tm3-105': {
    proj4: `+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`,
    projected: true,
  },
  'vn2000-utm48': {
    proj4: `+proj=utm +zone=48 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`,
    epsg: 3405,
    projected: true,
  },
  'wgs84-utm48': { proj4: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs', epsg: 32648, projected: true },
};

/** A system chosen for a file: one of ours, or the file's own .prj text when we do not recognise it. */
export type CrsChoice = { id: CrsId } | { wkt: string };

const num = (wkt: string, name: RegExp): number | undefined => {
  const m = new RegExp(`PARAMETER\\[\\s*"(?:${name.source})"\\s*,\\s*(-?[\\d.]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
};

/**
 * Reads a .prj (ESRI or OGC WKT). VN-2000 files from Vietnamese software often lack TOWGS84, so a
 * VN-2000 .prj that matches one of our systems uses our definition, with the published shift.
 */
export function crsFromPrj(wkt: string): CrsChoice | null {
  const text = wkt.trim();
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS)\[/i.test(text)) return null;
  const projected = /^PROJ/i.test(text);
  const vn2000 = /VN[-_ ]?2000|Vietnam[_ ]2000/i.test(text);
  const wgs84 = /WGS[_ ]?(19)?84/i.test(text);
  if (!projected) return wgs84 && !vn2000 ? { id: 'wgs84' } : { wkt: text };
  const cm = num(text, /central_meridian|Longitude of natural origin/);
  const k = num(text, /scale_factor|Scale factor at natural origin/);
  if (cm === 105 && k === 0.9999 && vn2000) return { id: 'vn2000-tm3-105' };
  if (cm === 105 && k === 0.9996) return { id: vn2000 ? 'vn2000-utm48' : 'wgs84-utm48' };
  return { wkt: text };
}
