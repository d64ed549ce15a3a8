/** GeoJSON text to raw features: depth guard, JSON.parse with a located error, shape check. */
import { type IssueLog, issue } from '../domain/import/issues';
import { ImportError } from './importError';
import { checkJsonDepth, lineColumn } from './text';

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

export function readGeoJson(text: string, file: string, log: IssueLog): unknown[] {
  if (text.trim() === '') throw new ImportError(issue(file, 'empty'));
  checkJsonDepth(text, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineColumn(text, Number(at[1])) : undefined;
    throw new ImportError(
      issue(file, 'malformedJson', 'error', {
        ...(where && { unit: 'line' as const, index: where.line }),
        detail: message
          .replace(/^.*?(Unexpected|Expected|Bad|Unterminated)/, '$1')
          .replace(/ in JSON at position.*$/, '')
          .slice(0, 160),
      }),
    );
  }
  const obj = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) return obj.features;
  if (obj.type === 'Feature') return [obj];
  if (obj.type === 'GeometryCollection' && Array.isArray(obj.geometries)) {
    log.add(issue(file, 'unsupportedGeometry', 'warning', { detail: 'GeometryCollection' }));
    return obj.geometries.map((geometry) => ({ type: 'Feature', geometry, properties: null }));
  }
  if (typeof obj.type === 'string' && GEOMETRY_TYPES.includes(obj.type))
    return [{ type: 'Feature', geometry: obj, properties: null }];
  const what = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
  const detail = typeof obj.type === 'string' ? `type "${obj.type.slice(0, 40)}"` : what;
  throw new ImportError(issue(file, 'notGeoJson', 'error', { detail }));
}
