/**
 * One file through the import: size check before reading, read, parse by format, validate,
 * detect the coordinate system, reproject, sanitise. Runs in the worker; pure enough to unit-test
 * in node with a fake source.
 */
import type { Feature } from 'geojson';
import type { CrsChoice, CrsId } from '../domain/import/crs';
import { detectCoordinates, spreadSample } from '../domain/import/detect';
import { extensionOf, formatOf } from '../domain/import/formats';
import { eachPosition, finishFeatures, validateFeatures } from '../domain/import/features';
import { type Issue, IssueLog, type IssueUnit, issue } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { ImportError } from './importError';
import { readCsv } from './readCsv';
import { readGeoJson } from './readGeoJson';
import { readKmz } from './readKmz';
import { readShapefileZip } from './readShapefile';
import { makeTransform } from './reproject';
import { decodeText } from './text';

export type Source = {
  name: string;
  size: number;
  read: (onProgress: (f: number) => void) => Promise<Uint8Array>;
};
export type ParsedLayer = { name: string; fileName: string; crs: string; features: Feature[] };
type Report = { issues: Issue[]; omitted: number };
export type Outcome =
  | ({ kind: 'layers'; layers: ParsedLayer[] } & Report)
  | ({ kind: 'needs-crs'; candidates: CrsId[] } & Report)
  /** Workers have no DOMParser: the page turns KML text into features and sends them back. */
  | ({ kind: 'kml'; text: string } & Report)
  | ({ kind: 'failed' } & Report);
export type ImportOptions = { crs?: CrsId; onProgress?: (fraction: number) => void };
export type RawLayer = { name: string; features: unknown[]; prj: CrsChoice | null; unit: IssueUnit };

export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

export async function runImport(src: Source, opts: ImportOptions = {}): Promise<Outcome> {
  const file = src.name;
  const log = new IssueLog(LIMITS.maxIssuesListed);
  const progress = opts.onProgress ?? (() => {});
  try {
    const format = formatOf(file);
    if (!format)
      throw new ImportError(
        issue(file, 'unknownFormat', 'error', { detail: extensionOf(file).slice(0, 10) }),
      );
    const limit = format === 'kml' || format === 'kmz' ? LIMITS.maxKmlBytes : LIMITS.maxFileBytes;
    if (src.size > limit)
      throw new ImportError(
        issue(file, 'tooLarge', 'error', { detail: String(Math.round(limit / 2 ** 20)) }),
      );
    if (src.size === 0) throw new ImportError(issue(file, 'empty'));
    const bytes = await src.read((f) => progress(f * 0.5));
    progress(0.55);
    if (format === 'kml') return { kind: 'kml', text: decodeText(bytes, file, log), ...report(log) };
    if (format === 'kmz') return { kind: 'kml', text: readKmz(bytes, file, log), ...report(log) };
    const raws: RawLayer[] =
      format === 'shapefile'
        ? readShapefileZip(bytes, file, log)
        : format === 'csv'
          ? [
              {
                name: baseName(file),
                features: readCsv(decodeText(bytes, file, log), file, log).features,
                prj: null,
                unit: 'row',
              },
            ]
          : [
              {
                name: baseName(file),
                features: readGeoJson(decodeText(bytes, file, log), file, log),
                prj: null,
                unit: 'feature',
              },
            ];
    progress(0.7);
    return finishLayers(raws, file, opts, log);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    log.add(e.issue);
    return { kind: 'failed', ...report(log) };
  }
}

const report = (log: IssueLog): Report => ({ issues: log.list, omitted: log.omitted });

/** Validation, coordinate detection and reprojection, shared by every format (KML included). */
export function finishLayers(raws: RawLayer[], file: string, opts: ImportOptions, log: IssueLog): Outcome {
  const total = raws.reduce((s, r) => s + r.features.length, 0);
  if (total > LIMITS.maxFeatures) {
    log.add(issue(file, 'tooManyFeatures', 'error', { detail: String(LIMITS.maxFeatures) }));
    return { kind: 'failed', ...report(log) };
  }
  const layers: ParsedLayer[] = [];
  for (const raw of raws) {
    const where = { file, unit: raw.unit, log };
    const checked = validateFeatures(raw.features, where);
    let choice = raw.prj;
    let swapped = false;
    if (!choice) {
      const positions: [number, number][] = [];
      for (const f of checked) eachPosition(f.geometry, (p) => positions.push([p[0]!, p[1]!]));
      const d = detectCoordinates(spreadSample(positions));
      if (d.kind === 'unknown') {
        log.add(issue(file, 'unknownCrs', 'error', { detail: raw.name }));
        continue;
      }
      if (d.kind === 'projected' && !opts.crs)
        return { kind: 'needs-crs', candidates: d.candidates, ...report(log) };
      choice = d.kind === 'projected' ? { id: opts.crs! } : { id: 'wgs84' };
      swapped = d.swapped;
      // Projected X-before-Y is the Vietnamese survey convention, not a mistake worth a warning.
      if (swapped && d.kind === 'geographic')
        log.add(issue(file, 'swappedAxes', 'warning', { detail: raw.name }));
    }
    const crs = 'id' in choice ? choice.id : 'prj';
    let transform;
    try {
      transform = makeTransform(choice, swapped);
    } catch (e) {
      log.add(issue(file, 'unknownCrs', 'error', { detail: (e as Error).message.slice(0, 100) }));
      continue;
    }
    if (crs !== 'wgs84') log.add(issue(file, 'reprojected', 'warning', { detail: crs }));
    const features = finishFeatures(checked, transform, where);
    if (features.length === 0) log.add(issue(file, 'noFeatures', 'error', { detail: raw.name }));
    else layers.push({ name: raw.name, fileName: file, crs, features });
  }
  opts.onProgress?.(1);
  return layers.length ? { kind: 'layers', layers, ...report(log) } : { kind: 'failed', ...report(log) };
}

/** Features the page extracted from KML, finished like any other layer. */
export function finishKml(file: string, features: unknown[], carried: Issue[]): Outcome {
  const log = new IssueLog(LIMITS.maxIssuesListed);
  for (const i of carried) log.add(i);
  const raw: RawLayer = { name: baseName(file), features, prj: { id: 'wgs84' }, unit: 'placemark' };
  return finishLayers([raw], file, {}, log);
}
