/**
 * The data contract of a zone. Every fact carries its value, the id of its source and its as-of date.
 * A field holds a list of facts: more than one means the sources disagree, and all are kept.
 */
import { z } from 'zod';
import { DERIVED_LOCATION_METHODS, LOCATION_METHODS, SECTOR_IDS, STATUSES, ZONE_KINDS } from './vocab';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(SLUG, 'an id in lower-case-with-dashes');

const PARTIAL_DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
/**
 * A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, or a range "start/end" of
 * those (ISO 8601 interval, e.g. "2021/2022") when the source only bounds it; null only when the
 * source itself is undated. Never more precise than the source.
 */
export const AsOfSchema = z
  .string()
  .regex(
    new RegExp(`^${PARTIAL_DATE}(/${PARTIAL_DATE})?$`),
    'a date as YYYY, YYYY-MM, YYYY-MM-DD, or a range such as 2021/2022',
  )
  .refine((s) => {
    const [a, b] = s.split('/');
    return b === undefined || a! < b;
  }, 'a date range must run forward (start/end)')
  .nullable();

/** Free text in the data: one string as first written, or the same note in both languages. */
export const NoteSchema = z.union([
  z.string().min(1),
  z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
]);
export type Note = z.infer<typeof NoteSchema>;

/** A zone's note; one that states a figure cites its source like a fact does. */
export const ZoneNoteSchema = z.union([
  NoteSchema,
  z
    .object({
      vi: z.string().min(1),
      en: z.string().min(1),
      source: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      asOf: z.string().nullable(),
    })
    .strict(),
]);
export type ZoneNote = z.infer<typeof ZoneNoteSchema>;

export function factSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      source: IdSchema.describe('id of an entry in geodata/sources.json'),
      asOf: AsOfSchema,
      note: NoteSchema.optional(),
    })
    .strict();
}
export type Fact<T> = { value: T; source: string; asOf: string | null; note?: Note };

const facts = <T extends z.ZodType>(value: T) => z.array(factSchema(value)).default([]);

export const LabelSchema = z.object({ vi: z.string().min(1), en: z.string().min(1).optional() }).strict();

/** An OpenStreetMap object as "way/123", "relation/123" or "node/123". */
export const OsmIdSchema = z.string().regex(/^(node|way|relation)\/\d+$/, 'an OSM id such as way/123');

/** Why a zone uses an OSM object: matched to a zone the sources know, or added from OSM alone. */
export const OsmLinkSchema = z
  .object({
    id: OsmIdSchema,
    match: z.enum(['matched', 'added']),
    /** "certain": name and place agree; "probable": a judgement the reason explains. */
    confidence: z.enum(['certain', 'probable']),
    reason: NoteSchema,
  })
  .strict();
export type OsmLink = z.infer<typeof OsmLinkSchema>;

export const LocationSchema = z
  .object({
    method: z.enum(LOCATION_METHODS),
    source: IdSchema,
    asOf: AsOfSchema,
    /** For commune_centroid: the 2025 commune/ward id the zone is placed in. */
    commune: IdSchema.optional(),
    /** For district_centroid: the 2020 district id the zone is placed in. */
    district: IdSchema.optional(),
    /** For osm_footprint and osm_point: the OSM object and why it is this zone's. */
    osm: OsmLinkSchema.optional(),
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine((loc, ctx) => {
    const isOsm = loc.method === 'osm_footprint' || loc.method === 'osm_point';
    if (isOsm && !loc.osm)
      ctx.addIssue({ code: 'custom', path: ['osm'], message: `${loc.method} needs the OSM object (osm)` });
    if (!isOsm && loc.osm)
      ctx.addIssue({ code: 'custom', path: ['osm'], message: `osm is only for OSM-based methods` });
    if (loc.method === 'commune_centroid' && !loc.commune)
      ctx.addIssue({ code: 'custom', path: ['commune'], message: 'commune_centroid needs the commune id' });
    if (loc.method === 'district_centroid' && !loc.district)
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: 'district_centroid needs the district id',
      });
  });

export const ZonePropertiesSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(ZONE_KINDS, {
      error: (iss) => `unknown kind "${String(iss.input)}": one of ${ZONE_KINDS.join(', ')}`,
    }),
    name: LabelSchema,
    aliases: z.array(z.string().min(1)).default([]),
    formerNames: z.array(z.string().min(1)).default([]),
    status: z
      .array(
        factSchema(
          z.enum(STATUSES, {
            error: (iss) => `unknown status "${String(iss.input)}": one of ${STATUSES.join(', ')}`,
          }),
        ),
      )
      .min(1, 'a zone needs at least one sourced status'),
    areaHa: facts(z.number().positive()),
    occupancyPct: facts(z.number().min(0).max(100)),
    // Text facts may be written once (a name) or in both languages (a description).
    developer: facts(NoteSchema),
    legalBasis: facts(NoteSchema),
    establishedYear: facts(z.number().int().min(1900).max(2100)),
    sectors: facts(
      z
        .array(
          z.enum(SECTOR_IDS as [string, ...string[]], {
            error: (iss) =>
              `unknown sector "${String(iss.input)}": use an id from SECTORS in src/domain/vocab.ts`,
          }),
        )
        .min(1),
    ),
    tenants: facts(NoteSchema),
    /** Districts (2020) the sources name, to check against the spatial join. */
    districtsReported: z.array(IdSchema).default([]),
    /** Communes/wards (2025) the sources name, to check against the spatial join. */
    communesReported: z.array(IdSchema).default([]),
    location: LocationSchema,
    notes: z.array(ZoneNoteSchema).default([]),
    /**
     * Links to other zones that keep a hectare from being counted twice: "inside" (NIC within Hòa
     * Lạc) and "possible_duplicate" (two records that may be one cluster). A zone with either is
     * left out of totals, and says why.
     */
    relations: z
      .array(
        z
          .object({
            type: z.enum(['inside', 'possible_duplicate']),
            zones: z.array(IdSchema).min(1),
            note: NoteSchema,
          })
          .strict(),
      )
      .default([]),
    /** Items of a plan the zone is, cited: "kcn-24/<entry>" (the city's 24 parks), "plan-1668/hitech". */
    planItems: facts(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a plan item as <plan>/<item>')),
    /** Ids this zone had before (a merge or a rename), so old links still open it. */
    formerIds: z.array(IdSchema).default([]),
  })
  .strict();

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4, 'a ring needs at least 4 positions');
const closedRing = Ring.refine((r) => {
  const a = r[0]!;
  const b = r[r.length - 1]!;
  return a[0] === b[0] && a[1] === b[1];
}, 'a ring must be closed (first position equals last)');

export const ZoneGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(closedRing).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(closedRing).min(1)).min(1) }),
]);

/** A zone as people edit it in geodata/zones/*.geojson. Geometry may be null when the build derives it. */
export const ZoneSourceFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: ZonePropertiesSchema,
    geometry: ZoneGeometrySchema.nullable(),
  })
  .superRefine((f, ctx) => {
    const m = f.properties.location.method;
    const derived = DERIVED_LOCATION_METHODS.includes(m);
    if (derived && f.geometry)
      ctx.addIssue({
        code: 'custom',
        path: ['geometry'],
        message: `geometry must be null: ${m} is derived by the build`,
      });
    if (!derived && !f.geometry)
      ctx.addIssue({ code: 'custom', path: ['geometry'], message: `${m} needs a geometry` });
    if (m === 'surveyed_polygon' && f.geometry?.type === 'Point')
      ctx.addIssue({
        code: 'custom',
        path: ['geometry'],
        message: 'surveyed_polygon needs a Polygon or MultiPolygon',
      });
    if (m !== 'surveyed_polygon' && f.geometry && f.geometry.type !== 'Point')
      ctx.addIssue({ code: 'custom', path: ['geometry'], message: `${m} is a point location` });
  });

export const ZoneSourceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

/** Where a zone's district or commune comes from: its own geometry, a cited source, or nowhere. */
export const PlaceBasisSchema = z.enum(['geometry', 'source']).nullable();

/** A zone as the app loads it: geometry resolved, places joined. */
export const ZoneFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: ZonePropertiesSchema.extend({
    /** 2020 district id: by spatial join on a footprint or published point, or as the source names it. */
    district: IdSchema.nullable(),
    districtBasis: PlaceBasisSchema,
    /** 2025 commune/ward id; null ("not known") for a zone placed at a district's centre. */
    commune: IdSchema.nullable(),
    communeBasis: PlaceBasisSchema,
    /** A representative point inside the zone (a footprint's pole of inaccessibility). */
    anchor: Position,
    /** For a zone placed at a unit's centre: how far the true site may be, in km (to the unit's edge). */
    uncertaintyKm: z.number().nonnegative().nullable(),
    /** The footprint's own area in ha (what the mapper drew), beside the official area; null for points. */
    mappedAreaHa: z.number().positive().nullable(),
    /** False for zones inside another or possibly a duplicate: left out of totals (see relations). */
    countsInTotals: z.boolean(),
  }),
  geometry: ZoneGeometrySchema,
});

export type ZoneProperties = z.infer<typeof ZonePropertiesSchema>;
export type ZoneSourceFeature = z.infer<typeof ZoneSourceFeatureSchema>;
export type ZoneFeature = z.infer<typeof ZoneFeatureSchema>;
export type Zone = ZoneFeature['properties'];
export type ZoneGeometry = z.infer<typeof ZoneGeometrySchema>;

/**
 * A known zone that cannot be placed honestly (no district, or an ambiguous commune name). It keeps
 * its sourced facts and says why it is not on the map; it is listed, never drawn.
 */
export const UnplacedZoneSchema = ZonePropertiesSchema.omit({
  location: true,
  districtsReported: true,
  communesReported: true,
})
  .extend({
    /** Place names as the source gives them, unresolved. */
    communesNamed: z.array(z.string().min(1)).default([]),
    reason: NoteSchema,
  })
  .strict();
export const UnplacedFileSchema = z.array(UnplacedZoneSchema);
export type UnplacedZone = z.infer<typeof UnplacedZoneSchema>;
