/**
 * One import task through the pipeline: size checks before reading, read, parse by format (every
 * parser runs here, in the worker), validate, settle the coordinate system, reproject, sanitise.
 * Pure enough to unit-test in node with fake sources. Nothing thrown escapes as a crash: every
 * failure becomes an issue on the file, and one bad part never loses the good ones.
 */
import type { Feature } from 'geojson';
import { type CrsChoice, choiceId } from '../domain/import/crs';
import { detectCoordinates, spreadSample } from '../domain/import/detect';
import { eachPosition, finishFeatures, validateFeatures } from '../domain/import/features';
import { extensionOf, formatOf } from '../domain/import/formats';
import { type Issue, IssueLog, issue } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { errorText } from './errorText';
import { ImportError } from './importError';
import { kmlToFeatures } from './kml';
import type { RawLayer } from './rawLayer';
import { readKmz, readLooseShapefile, readZip } from './readArchive';
import { readCsv } from './readCsv';
import { readGeoJson } from './readGeoJson';
import { checkChoice, makeTransform } from './reproject';
import { decodeText } from './text';

export type Source = {
  name: string;
  size: number;
  read: (onProgress: (f: number) => void) => Promise<Uint8Array>;
};
/** One task: a file, or the loose parts of one shapefile chosen together. */
export type ImportInput = { name: string; sources: Source[] };

export type ParsedLayer = { key: string; name: string; fileName: string; crs: string; features: Feature[] };
type Report = { issues: Issue[]; omitted: number };

/** Why the user is asked for a coordinate system. */
export type CrsReason = 'noPrj' | 'unknownPrj' | 'datumWithoutShift' | 'badChoice';
export type CrsAsk = {
  layer: string;
  layerName: string;
  reason: CrsReason;
  /** The .prj's text, to show and to start from. */
  prj?: string;
  /** What proj4 said, or which datum lacks its shift. */
  detail?: string;
  /** Up to 2,000 positions as the file has them (easting, northing), for the preview. */
  sample: [number, number][];
};
export type Outcome =
  | ({ kind: 'layers'; layers: ParsedLayer[] } & Report)
  | ({ kind: 'needs-crs'; question: CrsAsk } & Report)
  | ({ kind: 'failed' } & Report);
export type ImportOptions = {
  /** Answers to earlier questions, by layer key. */
  crs?: Record<string, CrsChoice>;
  onProgress?: (fraction: number) => void;
};

export const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
/** Names come from files and zip entries of any length; the stored layer allows 300 characters. */
export const layerName = (name: string) => (name.length > 120 ? `${name.slice(0, 119)}…` : name);

const report = (log: IssueLog): Report => ({ issues: log.list, omitted: log.omitted });

export async function runImport(input: ImportInput | Source, opts: ImportOptions = {}): Promise<Outcome> {
  const task: ImportInput = 'sources' in input ? input : { name: input.name, sources: [input] };
  const file = task.name;
  const log = new IssueLog(LIMITS.maxIssuesListed);
  const progress = opts.onProgress ?? (() => {});
  try {
    const loose = task.sources.length > 1 || formatOf(task.sources[0]?.name ?? '') === 'shp-part';
    const format = loose ? 'shp-part' : formatOf(file);
    if (!format)
      throw new ImportError(
        issue(file, 'unknownFormat', 'error', { detail: extensionOf(file).slice(0, 10) }),
      );
    for (const src of task.sources) {
      const limit = format === 'kml' ? LIMITS.maxKmlBytes : LIMITS.maxFileBytes;
      if (src.size > limit)
        throw new ImportError(
          issue(file, 'tooLarge', 'error', { detail: String(Math.round(limit / 2 ** 20)) }),
        );
    }
    if (task.sources.every((s) => s.size === 0)) throw new ImportError(issue(file, 'empty'));
    const read: Uint8Array[] = [];
    for (const [i, src] of task.sources.entries())
      read.push(await src.read((f) => progress(((i + f) / task.sources.length) * 0.5)));
    progress(0.55);
    const bytes = read[0]!;
    const single = (features: unknown[], unit: RawLayer['unit'], prj: RawLayer['prj'] = null): RawLayer[] => [
      { key: file, name: layerName(baseName(file)), features, prj, unit },
    ];
    let raws: RawLayer[];
    if (format === 'shp-part') {
      const parts = new Map(task.sources.map((s, i) => [extensionOf(s.name), read[i]!]));
      raws = readLooseShapefile(parts, baseName(file), file, log);
    } else if (format === 'zip') raws = readZip(bytes, file, log);
    else if (format === 'kmz') raws = readKmz(bytes, file, log);
    else if (format === 'kml')
      raws = single(kmlToFeatures(decodeText(bytes, file, log), file), 'placemark', {
        kind: 'ours',
        choice: { id: 'wgs84' },
      });
    else if (format === 'csv')
      raws = single(readCsv(decodeText(bytes, file, log), file, log).features, 'row');
    else raws = single(readGeoJson(decodeText(bytes, file, log), file, log), 'feature');
    progress(0.7);
    return finishLayers(raws, file, opts, log);
  } catch (e) {
    log.add(
      e instanceof ImportError ? e.issue : issue(file, 'readFailed', 'error', { detail: errorText(e, 160) }),
    );
    return { kind: 'failed', ...report(log) };
  }
}

/** Validation, coordinate system and reprojection, shared by every format. */
export function finishLayers(raws: RawLayer[], file: string, opts: ImportOptions, log: IssueLog): Outcome {
  const total = raws.reduce((s, r) => s + r.features.length, 0);
  if (total > LIMITS.maxFeatures) {
    log.add(issue(file, 'tooManyFeatures', 'error', { detail: String(LIMITS.maxFeatures) }));
    return { kind: 'failed', ...report(log) };
  }
  const layers: ParsedLayer[] = [];
  for (const raw of raws) {
    const name = layerName(raw.name);
    try {
      const where = { file, unit: raw.unit, log };
      const checked = validateFeatures(raw.features, where);
      const positions: [number, number][] = [];
      for (const f of checked) eachPosition(f.geometry, (p) => positions.push([p[0]!, p[1]!]));
      const answer = opts.crs?.[raw.key];
      const ask = (reason: CrsReason, swapped: boolean, detail?: string): Outcome => ({
        kind: 'needs-crs',
        question: {
          layer: raw.key,
          layerName: name,
          reason,
          ...(raw.prjText !== undefined && { prj: raw.prjText.slice(0, 4000) }),
          ...(detail && { detail }),
          sample: spreadSample(positions, 2000).map(([x, y]) => (swapped ? [y, x] : [x, y])),
        },
        ...report(log),
      });
      /** An answer the user typed may not be usable either: ask again, saying why. */
      const usable = (c: CrsChoice, swapped: boolean): Outcome | null => {
        const check = checkChoice(c);
        if (check.ok || ('def' in c && c.noShift && check.problem === 'datumWithoutShift')) return null;
        return ask('badChoice', swapped, check.detail);
      };
      let choice: CrsChoice;
      let swapped = false;
      const prj = raw.prj;
      if (prj?.kind === 'ours' || prj?.kind === 'vn2000') choice = prj.choice;
      else if (prj?.kind === 'other') {
        const fromPrj: CrsChoice = { def: prj.wkt, from: 'prj' };
        const check = checkChoice(fromPrj);
        if (check.ok) choice = fromPrj;
        else if (answer) {
          const again = usable(answer, false);
          if (again) return again;
          choice = answer;
        } else
          return ask(
            check.problem === 'unknownProjection' ? 'unknownPrj' : 'datumWithoutShift',
            false,
            check.detail,
          );
      } else {
        const d = detectCoordinates(spreadSample(positions));
        if (d.kind === 'unknown') {
          log.add(issue(file, 'unknownCrs', 'error', { detail: name }));
          continue;
        }
        swapped = d.swapped;
        if (d.kind === 'geographic') {
          choice = { id: 'wgs84' };
          if (swapped) log.add(issue(file, 'swappedAxes', 'warning', { detail: name }));
        } else if (!answer) return ask('noPrj', swapped);
        else {
          const again = usable(answer, swapped);
          if (again) return again;
          choice = answer;
        }
      }
      if ('def' in choice && choice.noShift)
        log.add(issue(file, 'datumNoShift', 'warning', { detail: name }));
      const crs = choiceId(choice);
      const transform = makeTransform(choice, swapped);
      if (crs !== 'wgs84') log.add(issue(file, 'reprojected', 'warning', { detail: crs }));
      const features = finishFeatures(checked, transform, where);
      if (features.length === 0) log.add(issue(file, 'noFeatures', 'error', { detail: name }));
      else layers.push({ key: raw.key, name, fileName: file, crs, features });
    } catch (e) {
      log.add(issue(file, 'readFailed', 'error', { detail: `${name}: ${errorText(e, 120)}` }));
    }
  }
  opts.onProgress?.(1);
  return layers.length ? { kind: 'layers', layers, ...report(log) } : { kind: 'failed', ...report(log) };
}
