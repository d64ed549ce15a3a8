/**
 * The shapes of the files `npm run data` writes into public/data/, as zod schemas: src/data fetches
 * and validates them, the store holds what they describe.
 */
import { z } from 'zod';
import type { LayersFileSchema, SourcesFileSchema } from './sources';
import type { MarketFile } from './market';
import type { TargetsFile } from './targets';
import { SECTOR_IDS, type SectorId } from './vocab';
import { AsOfSchema, type UnplacedZone, ZoneFeatureSchema } from './zone';
import type { ZoneSource } from './zoneSource';

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
  /** SHA-256 (hex) of files the data build validated, by file name. */
  digests: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)).optional(),
});

export const ZonesFileSchema = z.object({
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

export const ReferenceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()).nullable(),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }).nullable(),
    }),
  ),
});
export type ReferenceCollection = z.infer<typeof ReferenceCollectionSchema>;

export type ReferenceFiles = {
  targets: TargetsFile;
  market: MarketFile;
  aerodromes: ReferenceCollection;
  communes: ReferenceCollection;
  roads: ReferenceCollection;
  railways: ReferenceCollection;
};
