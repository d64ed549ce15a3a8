/**
 * Coordinate systems we recognise in user files, as proj4 definitions built from their parameters.
 * The VN-2000 facts (datum shift, scale factors, provincial meridians) and their sources are in
 * ./vn2000.ts. Every VN-2000 system gets the official shift, whatever a file's .prj says or omits.
 *
 * Ids (also kept with a stored layer, so they stay stable): `wgs84`, `vn2000-geo`,
 * `vn2000-tm3-<meridian in degrees>` (e.g. `vn2000-tm3-105.75`), `vn2000-utm48`, `vn2000-utm49`,
 * `wgs84-utm48`, `wgs84-utm49`; `prj` and `custom` name a definition taken from a .prj or typed in.
 */
import { TM3_SCALE, UTM_SCALE, VN2000_TOWGS84 } from './vn2000';

export { VN2000_TOWGS84 } from './vn2000';

export type CrsId = string;

const TM3_ID = /^vn2000-tm3-(1\d\d(?:\.\d{1,6})?)$/;
const KNOWN_IDS = ['wgs84', 'vn2000-geo', 'vn2000-utm48', 'vn2000-utm49', 'wgs84-utm48', 'wgs84-utm49'];

export const tm3Id = (meridian: number): CrsId => `vn2000-tm3-${Number(meridian.toFixed(6))}`;
export const tm3Meridian = (id: string): number | null => {
  const m = TM3_ID.exec(id);
  return m ? Number(m[1]) : null;
};
export const isCrsId = (id: string): boolean => KNOWN_IDS.includes(id) || tm3Meridian(id) !== null;

const VN_DATUM = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84}`;
const tmerc = (lon0: number, k: number, datum: string, x0 = 500000, y0 = 0, lat0 = 0) =>
  `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} ${datum} +units=m +no_defs`;

/** The proj4 definition of one of our ids, or null for an id we do not know. */
export function crsDef(id: CrsId): { proj4: string; projected: boolean } | null {
  if (id === 'wgs84') return { proj4: '+proj=longlat +datum=WGS84 +no_defs', projected: false };
  if (id === 'vn2000-geo') return { proj4: `+proj=longlat ${VN_DATUM} +no_defs`, projected: false };
  const utm = /^(vn2000|wgs84)-utm(48|49)$/.exec(id);
  if (utm)
    return {
      proj4: `+proj=utm +zone=${utm[2]} ${utm[1] === 'vn2000' ? VN_DATUM : '+datum=WGS84'} +units=m +no_defs`,
      projected: true,
    };
  const m = tm3Meridian(id);
  if (m !== null) return { proj4: tmerc(m, TM3_SCALE, VN_DATUM), projected: true };
  return null;
}

/** A system chosen for a file: one of ours, or a definition (WKT or proj4 text) from a .prj or the user. */
export type CrsChoice =
  | { id: CrsId }
  /** `noShift`: the user chose to use a datum without its shift, knowing positions may be off. */
  | { def: string; from: 'prj' | 'custom'; noShift?: boolean };
export const choiceId = (c: CrsChoice): string => ('id' in c ? c.id : c.from);

/** What a .prj says. */
export type PrjReading =
  | { kind: 'ours'; choice: { id: CrsId } }
  /** VN-2000 with parameters other than the standard grids: our definition from its parameters. */
  | { kind: 'vn2000'; choice: { def: string; from: 'prj' } }
  /** Anything else: to be tried with proj4, which may not know it. */
  | { kind: 'other'; wkt: string }
  | { kind: 'unreadable' };

const param = (wkt: string, name: RegExp): number | undefined => {
  const m = new RegExp(`PARAMETER\\[\\s*"(?:${name.source})"\\s*,\\s*(-?[\\d.]+(?:e[-+]?\\d+)?)`, 'i').exec(
    wkt,
  );
  return m ? Number(m[1]) : undefined;
};
const near = (a: number | undefined, b: number, eps = 1e-9) => a !== undefined && Math.abs(a - b) <= eps;

/** ESRI and OGC names of the transverse Mercator, including ESRI's "complex" variant proj4 lacks. */
const TM_NAME = /PROJECTION\[\s*"(Transverse[_ ]Mercator(?:[_ ]Complex)?|Gauss[_ ]Kruger)"/i;
const TM_METHOD = /METHOD\[\s*"Transverse Mercator"/i;
const VN2000 = /VN[-_ ]?2000|Vietnam[_ ]2000/i;
const WGS84 = /WGS[_ ]?(19)?84/i;
/** A datum that names WGS 84 itself (not just its ellipsoid, which VN-2000 shares). */
const WGS84_DATUM = /DATUM\[\s*"(D_)?WGS[_ ]?(19)?84"/i;

/**
 * Reads a .prj (ESRI or OGC WKT). VN-2000 files from Vietnamese software usually lack TOWGS84 (and
 * some carry other numbers), so any VN-2000 system gets our definition from its own parameters, with
 * the official shift.
 */
export function readPrj(text: string): PrjReading {
  const wkt = text.trim();
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|BASEGEOGCRS)\s*\[/i.test(wkt)) return { kind: 'unreadable' };
  const projected = /^PROJ/i.test(wkt);
  const vn2000 = VN2000.test(wkt);
  if (!projected) {
    if (vn2000) return { kind: 'ours', choice: { id: 'vn2000-geo' } };
    return WGS84.test(wkt) && WGS84_DATUM.test(wkt)
      ? { kind: 'ours', choice: { id: 'wgs84' } }
      : { kind: 'other', wkt };
  }
  const tm = TM_NAME.test(wkt) || TM_METHOD.test(wkt);
  const cm = param(wkt, /central_meridian|Longitude of natural origin/);
  const k = param(wkt, /scale_factor|Scale factor at natural origin/);
  const x0 = param(wkt, /false_easting|False easting/) ?? 0;
  const y0 = param(wkt, /false_northing|False northing/) ?? 0;
  const lat0 = param(wkt, /latitude_of_origin|Latitude of natural origin/) ?? 0;
  const unitOk = !/UNIT\[\s*"(foot|feet|US survey foot|Foot_US)/i.test(wkt.slice(wkt.lastIndexOf('UNIT[')));
  if (!tm || cm === undefined || k === undefined || !unitOk) return { kind: 'other', wkt };
  const standard = near(x0, 500000, 1e-6) && near(y0, 0, 1e-6) && near(lat0, 0);
  if (vn2000) {
    if (standard && near(k, TM3_SCALE)) return { kind: 'ours', choice: { id: tm3Id(cm) } };
    if (standard && near(k, UTM_SCALE) && (near(cm, 105) || near(cm, 111)))
      return { kind: 'ours', choice: { id: near(cm, 105) ? 'vn2000-utm48' : 'vn2000-utm49' } };
    return {
      kind: 'vn2000',
      choice: { def: tmerc(cm, k, VN_DATUM, x0, y0, lat0), from: 'prj' },
    };
  }
  if (WGS84_DATUM.test(wkt) && standard && near(k, UTM_SCALE) && (near(cm, 105) || near(cm, 111)))
    return { kind: 'ours', choice: { id: near(cm, 105) ? 'wgs84-utm48' : 'wgs84-utm49' } };
  return { kind: 'other', wkt };
}
