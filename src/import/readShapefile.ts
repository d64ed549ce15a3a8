/**
 * One shapefile (its .shp, and .dbf, .prj, .cpg when present) to a raw layer. shpjs parses the .shp
 * and .dbf; coordinates stay raw so the pipeline reprojects them itself. The parts come from a zip
 * or from loose files chosen together.
 */
import { parseDbf, parseShp } from 'shpjs';
import { readPrj } from '../domain/import/crs';
import { type IssueLog, issue } from '../domain/import/issues';
import type { RawLayer } from './rawLayer';
import { errorText } from './errorText';
import { ImportError } from './importError';

/** shpjs 6 reads any typed array; its (older) type definitions only name Buffer. */
const shpBuffer = (u: Uint8Array) => u as unknown as { buffer: ArrayBuffer };

export type ShapefileParts = { shp?: Uint8Array; dbf?: Uint8Array; prj?: Uint8Array; cpg?: Uint8Array };
export const SHAPEFILE_PARTS = ['shp', 'dbf', 'prj', 'cpg', 'shx'] as const;

function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The .cpg's label, or a guess from the bytes: UTF-8 when they are valid UTF-8, else Windows-1258. */
function dbfEncoding(dbf: Uint8Array, cpg: string | undefined, file: string, log: IssueLog): string {
  if (cpg !== undefined) {
    const label = cpg.trim().replace(/^(?:ANSI\s*)?(\d{3,4})$/i, 'windows-$1');
    if (knownEncoding(label)) return label;
    log.add(issue(file, 'encodingUnknown', 'warning', { detail: cpg.trim().slice(0, 40) }));
  }
  try {
    // Only the records: the header holds binary counts that are never valid UTF-8.
    const headerLen = dbf.length > 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
    new TextDecoder('utf-8', { fatal: true }).decode(
      dbf.subarray(headerLen, Math.max(headerLen, dbf.length - 1)),
    );
    return 'utf-8';
  } catch {
    log.add(issue(file, 'encodingGuessed', 'warning', { detail: 'windows-1258' }));
    return 'windows-1258';
  }
}

/**
 * `key` tells layers apart within one import (the .shp's path in a zip); `name` is what the user sees.
 * Throws an ImportError for this shapefile only; the caller decides whether other parts go on.
 */
export function readShapefile(
  parts: ShapefileParts,
  key: string,
  name: string,
  file: string,
  log: IssueLog,
): RawLayer {
  const present = SHAPEFILE_PARTS.filter((p) => p !== 'shx' && parts[p as keyof ShapefileParts]);
  if (!parts.shp)
    throw new ImportError(
      issue(file, 'shpMissing', 'error', {
        detail: `${name}.shp (${present.map((p) => `.${p}`).join(', ') || '∅'})`,
      }),
    );
  const text = (u: Uint8Array | undefined) => (u ? new TextDecoder().decode(u) : undefined);
  const prjText = text(parts.prj);
  let prj = prjText === undefined ? null : readPrj(prjText);
  if (prj?.kind === 'unreadable') {
    log.add(issue(file, 'prjUnreadable', 'warning', { detail: name }));
    prj = null;
  }
  let geometries: unknown[];
  let props: unknown[] = [];
  try {
    geometries = parseShp(shpBuffer(parts.shp));
    if (parts.dbf)
      props = parseDbf(shpBuffer(parts.dbf), dbfEncoding(parts.dbf, text(parts.cpg), file, log) as never);
    else log.add(issue(file, 'noDbf', 'warning', { detail: name }));
  } catch (e) {
    throw new ImportError(issue(file, 'readFailed', 'error', { detail: `${name}: ${errorText(e, 140)}` }));
  }
  const features = geometries.map((geometry, i) => ({
    type: 'Feature',
    geometry,
    properties: props[i] ?? null,
  }));
  return { key, name, features, prj, prjText, unit: 'record' };
}
