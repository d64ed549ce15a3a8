/**
 * KML text to raw GeoJSON features with a streaming XML parser (saxes), so it runs in the import
 * worker: no DOM, no parser-error page, memory in proportion to the features, not to a document tree.
 * saxes never reads a DTD, so no entity is ever expanded (no "billion laughs") and nothing external
 * is fetched (no XXE); an entity it does not know is a well-formedness error, and the file is refused.
 *
 * Read: Placemark name, description (HTML turned into its text), ExtendedData (Data/value and
 * SchemaData/SimpleData); Point, LineString, LinearRing, Polygon with holes, MultiGeometry (nested),
 * gx:Track and gx:MultiTrack. Styles, overlays and models are not read.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { htmlToText } from '../domain/import/htmlText';
import { issue } from '../domain/import/issues';
import { ImportError } from './importError';

type Pos = number[];
type Geom =
  | { type: 'Point'; coordinates: Pos }
  | { type: 'LineString'; coordinates: Pos[] }
  | { type: 'Polygon'; coordinates: Pos[][] };

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** "lon,lat[,alt] lon,lat …", tolerating spaces around the commas. */
function parseCoordinates(text: string): Pos[] {
  const t = text.trim().replace(/\s*,\s*/g, ',');
  if (t === '') return [];
  return t.split(/\s+/).map((tuple) => tuple.split(',').map(Number));
}

const CAPTURE = new Set(['name', 'description', 'value', 'SimpleData', 'coordinates', 'coord', 'when']);

export function kmlToFeatures(text: string, file: string): unknown[] {
  if (text.trim() === '') throw new ImportError(issue(file, 'empty'));
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  const features: unknown[] = [];
  let error: string | null = null;
  let root: string | null = null;

  let pm: { props: Record<string, string>; geoms: Geom[] } | null = null;
  let dataName: string | null = null;
  let buffer: string[] | null = null;
  let polygon: { outer: Pos[] | null; inner: Pos[][] } | null = null;
  let track: Pos[] | null = null;

  const parent = (up = 1) => stack[stack.length - 1 - up];

  parser.on('error', (e) => {
    error ??= e.message.replace(/\s+/g, ' ').slice(0, 160);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (root === null) root = name;
    stack.push(name);
    if (name === 'Placemark') pm = { props: Object.create(null) as Record<string, string>, geoms: [] };
    if (!pm) return;
    if (name === 'Polygon') polygon = { outer: null, inner: [] };
    else if (name === 'Track') track = [];
    else if (name === 'Data') dataName = String(tag.attributes.name ?? '');
    else if (name === 'SimpleData') dataName = String(tag.attributes.name ?? '');
    if (CAPTURE.has(name)) buffer = [];
  });
  const onText = (t: string) => {
    if (buffer) buffer.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    stack.pop();
    if (!pm) return;
    const text = buffer && CAPTURE.has(name) ? buffer.join('') : null;
    if (text !== null) buffer = null;
    const up = parent(0);
    if (name === 'name' && up === 'Placemark') pm.props.name = text!.trim();
    else if (name === 'description' && up === 'Placemark') pm.props.description = htmlToText(text!);
    else if (name === 'when' && up === 'TimeStamp') pm.props.timestamp = text!.trim();
    else if ((name === 'value' && up === 'Data') || name === 'SimpleData') {
      if (dataName) pm.props[dataName] = text!.trim();
    } else if (name === 'coordinates') {
      const coords = parseCoordinates(text!);
      if (up === 'Point') pm.geoms.push({ type: 'Point', coordinates: coords[0] ?? [] });
      else if (up === 'LineString') pm.geoms.push({ type: 'LineString', coordinates: coords });
      else if (up === 'LinearRing') {
        const boundary = parent(1);
        if (polygon && boundary === 'outerBoundaryIs') polygon.outer = coords;
        else if (polygon && boundary === 'innerBoundaryIs') polygon.inner.push(coords);
        else pm.geoms.push({ type: 'Polygon', coordinates: [coords] });
      }
    } else if (name === 'coord' && track) track.push(text!.trim().split(/\s+/).map(Number));
    else if (name === 'Track' && track) {
      pm.geoms.push({ type: 'LineString', coordinates: track });
      track = null;
    } else if (name === 'Polygon' && polygon) {
      pm.geoms.push({ type: 'Polygon', coordinates: polygon.outer ? [polygon.outer, ...polygon.inner] : [] });
      polygon = null;
    } else if (name === 'Placemark') {
      features.push(...placemarkFeatures(pm));
      pm = null;
    }
  });

  try {
    parser.write(text).close();
  } catch (e) {
    error ??= (e as Error)?.message ?? 'parse error';
  }
  if (error) throw new ImportError(issue(file, 'malformedXml', 'error', { detail: error }));
  if (root !== 'kml')
    throw new ImportError(issue(file, 'malformedXml', 'error', { detail: `<${String(root ?? '')}>` }));
  return features;
}

const MULTI = { Point: 'MultiPoint', LineString: 'MultiLineString', Polygon: 'MultiPolygon' } as const;

/** One feature per placemark; a MultiGeometry of mixed kinds becomes one feature per kind. */
function placemarkFeatures(pm: { props: Record<string, string>; geoms: Geom[] }): unknown[] {
  const feature = (geometry: unknown) => ({ type: 'Feature', properties: pm.props, geometry });
  if (pm.geoms.length === 0) return [feature(null)];
  if (pm.geoms.length === 1) return [feature(pm.geoms[0])];
  const byType = new Map<Geom['type'], Geom[]>();
  for (const g of pm.geoms) byType.set(g.type, [...(byType.get(g.type) ?? []), g]);
  return [...byType].map(([type, geoms]) =>
    feature(
      geoms.length === 1 ? geoms[0] : { type: MULTI[type], coordinates: geoms.map((g) => g.coordinates) },
    ),
  );
}
