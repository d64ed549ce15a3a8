/** Coordinate transforms to longitude/latitude (WGS 84) with proj4. Loaded only inside the import worker. */
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { type CrsChoice, crsDef } from '../domain/import/crs';
import { errorText } from './errorText';

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
/** proj4's datum type for a datum it knows no shift for. */
const PJD_NODATUM = 5;

const definition = (choice: CrsChoice): string => {
  if ('def' in choice) return choice.def;
  const def = crsDef(choice.id);
  if (!def) throw new Error(`unknown system ${choice.id.slice(0, 40)}`);
  return def.proj4;
};

export type ChoiceCheck =
  | { ok: true; geographic: boolean }
  /** proj4 cannot read it: an unknown projection name, or not a definition at all. */
  | { ok: false; problem: 'unknownProjection'; detail: string }
  /** A datum other than WGS 84 with no shift to WGS 84: using it would silently drop the shift. */
  | { ok: false; problem: 'datumWithoutShift'; detail: string };

/** Whether proj4 can use a definition as it is, without losing a datum shift. Never throws. */
export function checkChoice(choice: CrsChoice): ChoiceCheck {
  let p: { datum?: { datum_type?: number }; datumCode?: string; projName?: string };
  try {
    p = proj4.Proj(definition(choice)) as typeof p;
  } catch (e) {
    return { ok: false, problem: 'unknownProjection', detail: errorText(e, 120) };
  }
  const type = p.datum?.datum_type;
  if ('def' in choice && type === PJD_NODATUM && !/wgs_?84/i.test(p.datumCode ?? ''))
    return { ok: false, problem: 'datumWithoutShift', detail: String(p.datumCode ?? '').slice(0, 60) };
  return { ok: true, geographic: p.projName === 'longlat' };
}

export function makeTransform(choice: CrsChoice, swapped: boolean): (p: Position) => Position {
  const swap = swapped
    ? (p: Position): [number, number] => [p[1]!, p[0]!]
    : (p: Position) => p as [number, number];
  if ('id' in choice && choice.id === 'wgs84') return swap;
  const converter = proj4(definition(choice), WGS84);
  return (p) => converter.forward(swap(p));
}

/** The other way, for tests, previews and round trips. */
export function toProjected(choice: CrsChoice, lonLat: [number, number]): [number, number] {
  return proj4(WGS84, definition(choice)).forward(lonLat);
}
