/** Finds the coordinate columns of a table from its header, in Vietnamese or English. */
import { foldVietnamese } from '../text';

export type CoordColumns = { x: number; y: number; kind: 'lonlat' | 'xy' };

const norm = (h: string) => foldVietnamese(h).replace(/[^a-z0-9]/g, '');
const LON = ['lon', 'lng', 'long', 'longitude', 'kinhdo', 'kd'];
const LAT = ['lat', 'latitude', 'vido', 'vd'];
const X = ['x', 'toadox', 'east', 'easting', 'xm'];
const Y = ['y', 'toadoy', 'north', 'northing', 'ym'];

export function findCoordColumns(header: readonly string[]): CoordColumns | null {
  const h = header.map(norm);
  const find = (names: string[]) => h.findIndex((c) => names.includes(c));
  const lon = find(LON);
  const lat = find(LAT);
  if (lon >= 0 && lat >= 0) return { x: lon, y: lat, kind: 'lonlat' };
  const x = find(X);
  const y = find(Y);
  if (x >= 0 && y >= 0) return { x, y, kind: 'xy' };
  return null;
}

/** A number as people type it: "105.85", "105,85" (decimal comma) or "2 325 123,4". */
export function parseNumber(text: string): number {
  let t = text.trim().replace(/[\s\u00a0]/g, '');
  if (t === '') return NaN;
  if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
  else if (t.includes(',') && t.includes('.')) t = t.replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
}
