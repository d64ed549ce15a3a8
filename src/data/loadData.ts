/**
 * Loads what `npm run data` wrote into public/data/, validating it at the boundary with zod.
 * Any failure becomes one readable message naming the file and the path inside it. The files loaded
 * at start are validated by the data build, which writes each one's SHA-256 into meta.json: a file
 * whose bytes match its digest is not validated again (at 100,000 zones that would hold up the first
 * view for seconds, and on every load it would delay the map); anything else (a changed or replaced
 * file, no digest, no WebCrypto) goes through zod.
 */
import type { z } from 'zod';
import { type LoadedData, MetaSchema, PlacesSchema, ZonesFileSchema } from '../domain/dataFiles';
import { type LayerInfo, LayersFileSchema, SourcesFileSchema } from '../domain/sources';
import { UnplacedFileSchema } from '../domain/zone';
import { memoryZoneSource, type ZoneSource } from '../domain/zoneSource';

export { MetaSchema, PlacesSchema, type LoadedData, type Places } from '../domain/dataFiles';

import { DataLoadError } from './dataLoadError';

export { DataLoadError };

/** Base URL of the data folder, absolute so MapLibre's worker can fetch from it too. */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

async function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DataLoadError(`${file}: network error (${(e as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(`${file}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function parseJson(file: string, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataLoadError(`${file}: not valid JSON`);
  }
}

function validate<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataLoadError(`${file} › ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Fetches one bundled file and validates it; any failure is a DataLoadError naming the file and path. */
export async function fetchValidated<T>(
  file: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  return validate(file, parseJson(file, await fetchBytes(file, signal)), schema);
}

/** SHA-256 of `bytes` in hex, or null where WebCrypto is missing (a page not served securely). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches a file the data build validated: when its bytes match `digest` it is only parsed, otherwise
 * it is validated with `schema` like any other file.
 */
export async function fetchChecked<T>(
  file: string,
  schema: z.ZodType<T>,
  digest: Promise<string | undefined>,
  signal?: AbortSignal,
): Promise<T> {
  const bytes = await fetchBytes(file, signal);
  const [expected, actual] = await Promise.all([digest, sha256Hex(bytes)]);
  const json = parseJson(file, bytes);
  return expected && actual === expected ? (json as T) : validate(file, json, schema);
}

/**
 * Loads the bundled data; with `tiles` (a tile tree's tiles.json, from the link), the zones come from
 * that tree's index instead of the bundled zones, and the bundled unplaced zones are left out.
 */
export async function loadData(
  signal?: AbortSignal,
  tiles: string | null = null,
  onLayers?: (layers: readonly LayerInfo[]) => void,
): Promise<LoadedData> {
  const metaFile = fetchValidated('meta.json', MetaSchema, signal);
  const digests = metaFile.then(
    (m) => m.digests ?? {},
    () => ({}) as Record<string, string>,
  );
  const checked = <T>(file: string, schema: z.ZodType<T>) =>
    fetchChecked(
      file,
      schema,
      digests.then((d) => d[file]),
      signal,
    );
  const zoneSource: Promise<ZoneSource> = tiles
    ? import('./tiledZoneSource').then((m) => m.tiledZoneSource(tiles, document.baseURI, signal))
    : checked('zones.geojson', ZonesFileSchema).then((f) => memoryZoneSource(f.features));
  const layersFile = checked('layers.json', LayersFileSchema);
  // The map needs only the layer registry to start; a failure is reported by the await below.
  if (onLayers) layersFile.then(onLayers, () => {});
  const [source, sources, layers, places, meta, unplaced] = await Promise.all([
    zoneSource,
    checked('sources.json', SourcesFileSchema),
    layersFile,
    checked('places.json', PlacesSchema),
    metaFile,
    tiles ? Promise.resolve([]) : checked('unplaced.json', UnplacedFileSchema),
  ]);
  return { source, zones: source.zones, sources, layers, places, meta, unplaced };
}
