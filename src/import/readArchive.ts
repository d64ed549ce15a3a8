/**
 * Zips and KMZ, and shapefile parts chosen as loose files. A zip may hold several shapefiles and
 * GeoJSON, KML and CSV files: each readable part becomes a layer, and a part that fails is reported
 * on its own without losing the others. A KML's inflated size counts against the KML limit.
 */
import { type IssueLog, issue } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { errorText } from './errorText';
import { ImportError } from './importError';
import { kmlToFeatures } from './kml';
import type { RawLayer } from './rawLayer';
import { readCsv } from './readCsv';
import { readGeoJson } from './readGeoJson';
import { readShapefile, SHAPEFILE_PARTS, type ShapefileParts } from './readShapefile';
import { decodeText } from './text';
import { extractZip, listZip, type ZipEntry } from './zip';

const extOf = (n: string) => (n.includes('.') ? n.slice(n.lastIndexOf('.') + 1).toLowerCase() : '');
const stem = (n: string) => n.replace(/\.[^./]+$/, '');
const baseName = (n: string) => stem(n).split('/').pop() || n;
const isShpPart = (ext: string) => (SHAPEFILE_PARTS as readonly string[]).includes(ext);

const KML_MB = Math.round(LIMITS.maxKmlBytes / 2 ** 20);
function checkKmlSize(entry: ZipEntry, file: string): void {
  if (entry.originalSize > LIMITS.maxKmlBytes)
    throw new ImportError(
      issue(file, 'kmlTooLarge', 'error', {
        detail: `${entry.name}: ${Math.round(entry.originalSize / 2 ** 20)} MB > ${KML_MB} MB`,
      }),
    );
}

/** Runs one part's reader; its failure becomes an issue, never the whole file's. */
function part(log: IssueLog, file: string, what: string, read: () => RawLayer[]): RawLayer[] {
  try {
    return read();
  } catch (e) {
    log.add(
      e instanceof ImportError
        ? e.issue
        : issue(file, 'readFailed', 'error', { detail: `${what}: ${errorText(e, 120)}` }),
    );
    return [];
  }
}

export function readKmz(bytes: Uint8Array, file: string, log: IssueLog): RawLayer[] {
  const entries = listZip(bytes, file).filter((e) => extOf(e.name) === 'kml');
  const doc = entries.find((e) => e.name.toLowerCase() === 'doc.kml') ?? entries[0];
  if (!doc) throw new ImportError(issue(file, 'zipNoKml'));
  checkKmlSize(doc, file);
  const text = decodeText(extractZip(bytes, [doc], file).get(doc.name)!, file, log);
  return [
    { key: doc.name, name: stem(file), features: kmlToFeatures(text, file), prj: WGS84, unit: 'placemark' },
  ];
}

const WGS84 = { kind: 'ours', choice: { id: 'wgs84' } } as const;

export function readZip(bytes: Uint8Array, file: string, log: IssueLog): RawLayer[] {
  const entries = listZip(bytes, file);
  const shpGroups = new Map<string, Map<string, ZipEntry>>();
  const others: ZipEntry[] = [];
  for (const e of entries) {
    const ext = extOf(e.name);
    if (isShpPart(ext)) {
      const group = shpGroups.get(stem(e.name)) ?? new Map<string, ZipEntry>();
      group.set(ext, e);
      shpGroups.set(stem(e.name), group);
    } else if (['geojson', 'json', 'kml', 'csv', 'tsv'].includes(ext)) others.push(e);
  }
  if (shpGroups.size === 0 && others.length === 0)
    throw new ImportError(
      issue(file, 'zipNoData', 'error', {
        detail:
          entries
            .slice(0, 10)
            .map((e) => e.name)
            .join(', ') || '∅',
      }),
    );
  const wanted = [
    ...[...shpGroups.values()].flatMap((g) => [...g].filter(([x]) => x !== 'shx').map(([, e]) => e)),
    ...others.filter((e) => {
      if (extOf(e.name) !== 'kml' || e.originalSize <= LIMITS.maxKmlBytes) return true;
      part(log, file, e.name, () => (checkKmlSize(e, file), []));
      return false;
    }),
  ];
  const files = extractZip(bytes, wanted, file);
  const layers: RawLayer[] = [];
  for (const [key, group] of shpGroups) {
    const parts: ShapefileParts = {};
    for (const p of ['shp', 'dbf', 'prj', 'cpg'] as const) {
      const entry = group.get(p);
      if (entry) parts[p] = files.get(entry.name);
    }
    layers.push(...part(log, file, key, () => [readShapefile(parts, key, baseName(key), file, log)]));
  }
  for (const e of others) {
    const bytesOf = files.get(e.name);
    if (!bytesOf) continue;
    const ext = extOf(e.name);
    const name = baseName(e.name);
    layers.push(
      ...part(log, file, e.name, () => {
        const text = decodeText(bytesOf, file, log);
        if (ext === 'kml')
          return [{ key: e.name, name, features: kmlToFeatures(text, file), prj: WGS84, unit: 'placemark' }];
        if (ext === 'csv' || ext === 'tsv')
          return [{ key: e.name, name, features: readCsv(text, file, log).features, prj: null, unit: 'row' }];
        return [{ key: e.name, name, features: readGeoJson(text, file, log), prj: null, unit: 'feature' }];
      }),
    );
  }
  return layers;
}

/** Shapefile parts chosen as loose files (grouped by the page): one layer, or one message. */
export function readLooseShapefile(
  parts: Map<string, Uint8Array>,
  name: string,
  file: string,
  log: IssueLog,
): RawLayer[] {
  const p: ShapefileParts = {
    shp: parts.get('shp'),
    dbf: parts.get('dbf'),
    prj: parts.get('prj'),
    cpg: parts.get('cpg'),
  };
  return [readShapefile(p, name, name, file, log)];
}
