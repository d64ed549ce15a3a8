/**
 * The data contract of a zone. Every fact carries its value, the id of its source and its as-of date.
 * A field holds a list of facts: more than one means the sources disagree, and all are kept.
 */
import { z } from 'zod';
import { LOCATION_METHODS, SECTOR_IDS, STATUSES, ZONE_KINDS } from './vocab';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(SLUG, 'an id in lower-case-with-dashes');

/** YYYY, YYYY-MM or YYYY-MM-DD; null only when the source itself is undated. */
export const AsOfSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .nullable();

/** Free text in the data: one string as first written, or the same note in both languages. */
export const NoteSchema = z.union([
  z.string().min(1),
  z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
]);
export type Note = z.infer<typeof NoteSchema>;

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

export const LocationSchema = z
  .object({
    method: z.enum(LOCATION_METHODS),
    source: IdSchema,
    asOf: AsOfSchema,
    /** For commune_centroid: the 2025 commune/ward id the zone is placed in. */
    commune: IdSchema.optional(),
    /** For district_centroid: the 2020 district id the zone is placed in. */
    district: IdSchema.optional(),
    note: NoteSchema.optional(),
  })
  .strict()
  .superRefine((loc, ctx) => {
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
    developer: facts(z.string().min(1)),
    legalBasis: facts(z.string().min(1)),
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
    tenants: facts(z.string().min(1)),
    /** Districts (2020) the sources name, to check against the spatial join. */
    districtsReported: z.array(IdSchema).default([]),
    /** Communes/wards (2025) the sources name, to check against the spatial join. */
    communesReported: z.array(IdSchema).default([]),
    location: LocationSchema,
    notes: z.array(NoteSchema).default([]),
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
    const derived = m === 'commune_centroid' || m === 'district_centroid';
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

/** A zone as the app loads it: geometry resolved, places joined. */
export const ZoneFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: ZonePropertiesSchema.extend({
    /** 2020 district id, by spatial join on the geometry. */
    district: IdSchema.nullable(),
    /** 2025 commune/ward id, by spatial join on the geometry. */
    commune: IdSchema.nullable(),
    /** A representative point (the point itself, or a point on the polygon). */
    anchor: Position,
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
