/**
 * Loads what `npm run data` wrote into public/data/, validating it at the boundary with zod.
 * Any failure becomes one readable message naming the file and the path inside it.
 */
import { z } from 'zod';
import { LayersFileSchema, SourcesFileSchema } from '../domain/sources';
import { SECTOR_IDS, type SectorId } from '../domain/vocab';
import { AsOfSchema, UnplacedFileSchema, type UnplacedZone, ZoneFeatureSchema } from '../domain/zone';
import { memoryZoneSource, type ZoneSource } from '../domain/zoneSource';

const BBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const PlacesSchema = z.object({
  districts: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), bbox: BBoxSchema })),
  communes: z.array(
    z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional(), bbox: BBoxSchema }),
  ),
});
export type Places = z.infer<typeof PlacesSchema>;
export const MetaSchema = z.object({
  /** The dates of the zones' current statuses: oldest and newest (see src/domain/freshness.ts). */
  statusDates: z.object({
    oldest: AsOfSchema,
    newest: AsOfSchema,
    undated: z.number().int().nonnegative(),
  }),
  zoneCount: z.number().int(),
  programmeSectors: z.array(z.enum(SECTOR_IDS as [SectorId, ...SectorId[]])),
});

const ZonesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(ZoneFeatureSchema),
});

export type LoadedData = {
  /** Where the zones come from: the bundled GeoJSON or a tile tree's index (src/domain/zoneSource.ts). */
  source: ZoneSource;
  /** The source's zones (summaries for a tile tree): the list, search, counts and statistics read these. */
  zones: z.infer<typeof ZoneFeatureSchema>[];
  /** Known zones that cannot be placed: listed with their reason, never drawn. */
  unplaced: UnplacedZone[];
  sources: z.infer<typeof SourcesFileSchema>;
  layers: z.infer<typeof LayersFileSchema>;
  places: z.infer<typeof PlacesSchema>;
  meta: z.infer<typeof MetaSchema>;
};

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

/**
 * Loads the bundled data; with `tiles` (a tile tree's tiles.json, from the link), the zones come from
 * that tree's index instead of the bundled zones, and the bundled unplaced zones are left out.
 */
export async function loadData(signal?: AbortSignal, tiles: string | null = null): Promise<LoadedData> {
  const zoneSource: Promise<ZoneSource> = tiles
    ? import('./tiledZoneSource').then((m) => m.tiledZoneSource(tiles, document.baseURI, signal))
    : fetchValidated('zones.geojson', ZonesFileSchema, signal).then((f) => memoryZoneSource(f.features));
  const [source, sources, layers, places, meta, unplaced] = await Promise.all([
    zoneSource,
    fetchValidated('sources.json', SourcesFileSchema, signal),
    fetchValidated('layers.json', LayersFileSchema, signal),
    fetchValidated('places.json', PlacesSchema, signal),
    fetchValidated('meta.json', MetaSchema, signal),
    tiles ? Promise.resolve([]) : fetchValidated('unplaced.json', UnplacedFileSchema, signal),
  ]);
  return { source, zones: source.zones, sources, layers, places, meta, unplaced };
}
