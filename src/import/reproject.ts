/** Coordinate transforms to longitude/latitude (WGS 84) with proj4. Loaded only inside the import worker. */
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { CRS_DEFS, type CrsChoice } from '../domain/import/crs';

export function makeTransform(choice: CrsChoice, swapped: boolean): (p: Position) => Position {
  const swap = swapped
    ? (p: Position): [number, number] => [p[1]!, p[0]!]
    : (p: Position) => p as [number, number];
  if ('id' in choice && choice.id === 'wgs84') return swap;
  const from = 'id' in choice ? CRS_DEFS[choice.id].proj4 : choice.wkt;
  const converter = proj4(from, CRS_DEFS.wgs84.proj4);
  return (p) => converter.forward(swap(p));
}

/** The other way, for tests and round trips. */
export function toProjected(choice: CrsChoice, lonLat: [number, number]): [number, number] {
  const to = 'id' in choice ? CRS_DEFS[choice.id].proj4 : choice.wkt;
  return proj4(CRS_DEFS.wgs84.proj4, to).forward(lonLat);
}
