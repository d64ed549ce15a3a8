/**
 * One way to the zones for the map, the list, the search, the facet counts, the statistics and the
 * zone panel, whatever holds them: the bundled GeoJSON (every zone with every fact, in memory) or a
 * vector-tile tree with its sidecar index (`npm run tiles`): compact rows for every zone, and each
 * zone's full facts in chunk files fetched when the zone is opened.
 *
 * An index row is a zone's summary: its facts as the sources give them, minus the fields only its panel
 * shows (occupancy, legal basis, year founded, tenants, notes, reported places, former ids, the OSM
 * link). It is a true subset of the zone, never a value made up to fill a gap.
 */
import { z } from 'zod';
import { LOCATION_METHODS } from './vocab';
import { AsOfSchema, IdSchema, ZoneFeatureSchema, type ZoneFeature } from './zone';

export interface ZoneSource {
  /** What the map draws: the zones' own GeoJSON, or the vector-tile tree at `url` (a tiles.json). */
  readonly draw: { kind: 'geojson' } | { kind: 'tiles'; url: string };
  /** Every zone, for the list, search, facet counts, filters and statistics (summaries for tiles). */
  readonly zones: ZoneFeature[];
  /** True when `zones` hold every fact; false when a zone's panel needs `details`. */
  readonly complete: boolean;
  /** One zone with every fact (null: the source does not know it). */
  details(id: string, signal?: AbortSignal): Promise<ZoneFeature | null>;
}

/** A source holding every zone in memory: the bundled GeoJSON. */
export function memoryZoneSource(zones: ZoneFeature[]): ZoneSource {
  const byId = new Map(zones.map((zone) => [zone.properties.id, zone]));
  return {
    draw: { kind: 'geojson' },
    zones,
    complete: true,
    details: async (id) => byId.get(id) ?? null,
  };
}

/** The fields only a zone's panel needs: left out of the index, loaded with the details. */
const DETAIL_ONLY = [
  'occupancyPct',
  'legalBasis',
  'establishedYear',
  'tenants',
  'notes',
  'districtsReported',
  'communesReported',
  'formerIds',
] as const;

const PropsSchema = ZoneFeatureSchema.shape.properties;

/** One index row: the zone's summary, with its anchor as its position. */
export const ZoneRowSchema = PropsSchema.omit({
  occupancyPct: true,
  legalBasis: true,
  establishedYear: true,
  tenants: true,
  notes: true,
  districtsReported: true,
  communesReported: true,
  formerIds: true,
  location: true,
}).extend({
  location: z
    .object({
      method: z.enum(LOCATION_METHODS),
      source: IdSchema,
      asOf: AsOfSchema,
      commune: IdSchema.optional(),
      district: IdSchema.optional(),
    })
    .strict(),
});
export type ZoneRow = z.infer<typeof ZoneRowSchema>;

/** index.json beside tiles.json: how many zones, and the files holding their rows and their details. */
export const ZoneIndexManifestSchema = z
  .object({
    version: z.literal(1),
    count: z.number().int().nonnegative(),
    /** Index chunk files, relative to the manifest; their rows, in order, are zones 0…count-1. */
    chunks: z.array(z.string().regex(/^[\w.-]+\.json$/)),
    /** Zone i's details are in details file ⌊i / detailsPerFile⌋. */
    detailsPerFile: z.number().int().positive(),
    /** Details file name with "{n}" for its number, relative to the manifest. */
    details: z.string().regex(/^[\w.-]*\{n\}[\w.-]*\.json$/),
  })
  .strict();
export type ZoneIndexManifest = z.infer<typeof ZoneIndexManifestSchema>;

export const ZoneRowsChunkSchema = z.array(ZoneRowSchema);
export const ZoneDetailsChunkSchema = z.array(ZoneFeatureSchema);

/** Drops what the row leaves out, and empty lists (the schema restores them as []). */
export function zoneRow(zone: ZoneFeature): Record<string, unknown> {
  const p: Record<string, unknown> = { ...zone.properties };
  for (const k of DETAIL_ONLY) delete p[k];
  const { osm: _osm, note: _note, ...location } = zone.properties.location;
  p.location = location;
  for (const [k, v] of Object.entries(p))
    if (Array.isArray(v) && v.length === 0 && k !== 'anchor') delete p[k];
  return p;
}

/** A row as a zone: the summary's facts, empty detail fields, and its anchor as a point. */
export function rowZone(row: ZoneRow): ZoneFeature {
  return {
    type: 'Feature',
    properties: {
      ...row,
      occupancyPct: [],
      legalBasis: [],
      establishedYear: [],
      tenants: [],
      notes: [],
      districtsReported: [],
      communesReported: [],
      formerIds: [],
    },
    geometry: { type: 'Point', coordinates: row.anchor },
  };
}

/** The details file of zone number `i` (its place in the index). */
export const detailsFile = (m: ZoneIndexManifest, i: number) =>
  m.details.replace('{n}', String(Math.floor(i / m.detailsPerFile)));
