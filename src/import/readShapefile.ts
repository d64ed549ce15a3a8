/**
 * Zipped Shapefile to raw features, one layer per .shp. shpjs parses the .shp and .dbf; the zip is
 * opened by our safe reader and coordinates stay raw so the pipeline reprojects them itself.
 */
import { parseDbf, parseShp } from 'shpjs';
import { crsFromPrj, type CrsChoice } from '../domain/import/crs';
import { type IssueLog, issue } from '../domain/import/issues';
import { ImportError } from './importError';
import { extractZip, listZip } from './zip';

export type RawLayer = { name: string; features: unknown[]; prj: CrsChoice | null; unit: 'record' };

/** shpjs 6 reads any typed array; its (older) type definitions only name Buffer. */
const shpBuffer = (u: Uint8Array) => u as unknown as { buffer: ArrayBuffer };
const base = (n: string) => n.replace(/\.[^./]+$/, '');
const ext = (n: string) => n.slice(n.lastIndexOf('.') + 1).toLowerCase();

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

export function readShapefileZip(bytes: Uint8Array, file: string, log: IssueLog): RawLayer[] {
  const entries = listZip(bytes, file);
  const shps = entries.filter((e) => ext(e.name) === 'shp');
  if (shps.length === 0)
    throw new ImportError(
      issue(file, 'zipNoShp', 'error', {
        detail:
          entries
            .slice(0, 10)
            .map((e) => e.name)
            .join(', ') || '∅',
      }),
    );
  const sibling = (shp: string, x: string) =>
    entries.find((e) => base(e.name) === base(shp) && ext(e.name) === x);
  const wanted = shps.flatMap((s) => [
    s,
    sibling(s.name, 'dbf'),
    sibling(s.name, 'prj'),
    sibling(s.name, 'cpg'),
  ]);
  const files = extractZip(
    bytes,
    wanted.filter((e) => e !== undefined),
    file,
  );
  const text = (e: { name: string } | undefined) =>
    e ? new TextDecoder().decode(files.get(e.name)) : undefined;
  return shps.map((shp) => {
    const name = base(shp.name).split('/').pop() ?? shp.name;
    const dbfEntry = sibling(shp.name, 'dbf');
    const dbf = dbfEntry && files.get(dbfEntry.name);
    const prjText = text(sibling(shp.name, 'prj'));
    const prj = prjText === undefined ? null : crsFromPrj(prjText);
    if (prjText !== undefined && !prj) log.add(issue(file, 'prjUnreadable', 'warning', { detail: name }));
    let geometries: unknown[];
    let props: unknown[] = [];
    try {
      geometries = parseShp(shpBuffer(files.get(shp.name)!));
      if (dbf)
        props = parseDbf(
          shpBuffer(dbf),
          dbfEncoding(dbf, text(sibling(shp.name, 'cpg')), file, log) as never,
        );
      else log.add(issue(file, 'noDbf', 'warning', { detail: name }));
    } catch (e) {
      throw new ImportError(
        issue(file, 'readFailed', 'error', { detail: `${name}: ${(e as Error).message}`.slice(0, 160) }),
      );
    }
    const features = geometries.map((geometry, i) => ({
      type: 'Feature',
      geometry,
      properties: props[i] ?? null,
    }));
    return { name, features, prj, unit: 'record' as const };
  });
}
