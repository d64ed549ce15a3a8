/**
 * A user's imported layer as the app keeps it, with the zod schemas that both write and read it.
 *
 * In the store a layer is its description plus its features as GeoJSON text in a Blob (made in the
 * import worker; the page never parses it: the map's own worker reads it from a blob: URL). In
 * IndexedDB it is the same description (`storedMetaSchema`) and the GeoJSON text gzip-compressed in
 * chunks of at most 8 MB, so no single value comes near the browser's size limit for one record.
 * Writing and reading check the same schemas, so what is written always reads back.
 */
import type { Feature } from 'geojson';
import { z } from 'zod';
import { eachPosition, geometrySchema, type SimpleGeometry } from './features';
import { LIMITS } from './limits';

export type BBox = [number, number, number, number];
export type AttrFilter = { key: string; value: string };

/** Limits a stored layer must respect; the interface and the store clamp to them before writing. */
export const LAYER_LIMITS = {
  name: 300,
  fileName: 300,
  filterKey: 200,
  filterValue: 500,
  keys: 100,
} as const;

export type LayerMeta = {
  id: string;
  name: string;
  fileName: string;
  color: string;
  visible: boolean;
  /** How the coordinates were read: a system id (see crs.ts), "prj" or "custom". */
  crs: string;
  featureCount: number;
  bbox: BBox;
  importedAt: string;
  filter: AttrFilter | null;
  /** Attribute names, in first-seen order (at most 100), for the filter. */
  keys: string[];
  /** Share of the layer's positions outside Viet Nam's land (0–1), when checked. */
  outside?: number;
  /** Every feature is a point: a dense layer can then be drawn in clusters. */
  pointsOnly?: boolean;
};
export type ImportedLayer = LayerMeta & { data: Blob };

/** Distinct from the zone kind colours, readable on the light base map. */
export const LAYER_PALETTE = [
  '#d6336c',
  '#1c7ed6',
  '#0ca678',
  '#f08c00',
  '#7048e8',
  '#c2255c',
  '#1098ad',
  '#5c940d',
];

export const storedMetaSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(LAYER_LIMITS.name),
  fileName: z.string().max(LAYER_LIMITS.fileName),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  visible: z.boolean(),
  crs: z.string().max(100),
  featureCount: z.number().int().nonnegative().max(LIMITS.maxFeatures),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  importedAt: z.string().max(40),
  filter: z
    .object({ key: z.string().max(LAYER_LIMITS.filterKey), value: z.string().max(LAYER_LIMITS.filterValue) })
    .nullable(),
  keys: z.array(z.string().max(LIMITS.maxKeyLength)).max(LAYER_LIMITS.keys),
  outside: z.number().min(0).max(1).optional(),
  pointsOnly: z.boolean().optional(),
}) satisfies z.ZodType<LayerMeta>;

/** Version 2 record: the description and how the features are kept. */
export const storedRecordSchema = z.object({
  v: z.literal(2),
  meta: storedMetaSchema,
  encoding: z.literal('geojson+gzip'),
  chunks: z.number().int().min(1).max(10_000),
  bytes: z.number().int().nonnegative(),
});
export type StoredRecord = z.infer<typeof storedRecordSchema>;

const propValue = z.union([z.string().max(LIMITS.maxValueLength + 1), z.number(), z.boolean(), z.null()]);
export const storedFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: z.record(z.string().max(LIMITS.maxKeyLength), propValue),
});
const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(storedFeatureSchema),
});

/** Checks features for storage (writing) or after storage (reading): same schema, finite lon/lat. */
export function parseStoredFeatures(value: unknown, count?: number): Feature[] | null {
  const r = collectionSchema.safeParse(value);
  if (!r.success) return null;
  if (count !== undefined && r.data.features.length !== count) return null;
  let ok = true;
  for (const f of r.data.features)
    eachPosition(f.geometry as SimpleGeometry, (p) => {
      if (!(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) ok = false;
    });
  return ok ? (r.data.features as Feature[]) : null;
}

/** The first version kept whole layers (features included) in one IndexedDB value. */
export const legacyLayerSchema = storedMetaSchema
  .omit({ keys: true })
  .extend({ data: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }) });

export function bboxOf(features: readonly Feature[]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    eachPosition(f.geometry as SimpleGeometry, ([x, y]) => {
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    });
  return b[0] <= b[2] ? b : [0, 0, 0, 0];
}

/** Every property name used by the features, in first-seen order. */
export function attributeKeys(features: readonly Feature[], max: number = LAYER_LIMITS.keys): string[] {
  const keys = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(f.properties ?? {})) if (keys.size < max) keys.add(k);
    if (keys.size >= max) break;
  }
  return [...keys];
}

/** The attribute filter's meaning: the value, as text, contains the query, ignoring case. The map's expression says the same. */
export function matchesFilter(props: Record<string, unknown> | null, filter: AttrFilter | null): boolean {
  if (!filter || filter.value === '') return true;
  const v = props && Object.hasOwn(props, filter.key) ? props[filter.key] : undefined;
  if (v === undefined || v === null) return false;
  return String(v).toLowerCase().includes(filter.value.toLowerCase());
}

/**
 * A point layer this dense is drawn in clusters: hundreds of thousands of circles in one low-zoom
 * tile would block the page's thread while the map takes the tile in. Its attribute filter then
 * applies before clustering.
 */
export const CLUSTER_FROM = 20_000;
export const clustered = (l: Pick<LayerMeta, 'pointsOnly' | 'featureCount'>) =>
  Boolean(l.pointsOnly) && l.featureCount >= CLUSTER_FROM;

/** A filter within the stored limits. */
export const clampFilter = (f: AttrFilter | null): AttrFilter | null =>
  f && { key: f.key.slice(0, LAYER_LIMITS.filterKey), value: f.value.slice(0, LAYER_LIMITS.filterValue) };
export const clampName = (name: string) => name.trim().slice(0, LAYER_LIMITS.name);
