/**
 * Loads what `npm run data` wrote into public/data/, validating it at the boundary with zod.
 * Any failure becomes one readable message naming the file and the path inside it.
 */
import type { z } from 'zod';
import { type LoadedData, MetaSchema, PlacesSchema, ZonesFileSchema } from '../domain/dataFiles';
import { LayersFileSchema, SourcesFileSchema } from '../domain/sources';
import { UnplacedFileSchema } from '../domain/zone';

export { MetaSchema, PlacesSchema, type LoadedData, type Places } from '../domain/dataFiles';

export class DataLoadError extends Error {}

/** Base URL of the data folder, absolute so MapLibre's worker can fetch from it too. */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

/** Fetches one bundled file and validates it; any failure is a DataLoadError naming the file and path. */
export async function fetchValidated<T>(
  file: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DataLoadError(`${file}: network error (${(e as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(`${file}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(`${file}: not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataLoadError(`${file} › ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function loadData(signal?: AbortSignal): Promise<LoadedData> {
  const [zonesFile, sources, layers, places, meta, unplaced] = await Promise.all([
    fetchValidated('zones.geojson', ZonesFileSchema, signal),
    fetchValidated('sources.json', SourcesFileSchema, signal),
    fetchValidated('layers.json', LayersFileSchema, signal),
    fetchValidated('places.json', PlacesSchema, signal),
    fetchValidated('meta.json', MetaSchema, signal),
    fetchValidated('unplaced.json', UnplacedFileSchema, signal),
  ]);
  return { zones: zonesFile.features, sources, layers, places, meta, unplaced };
}
