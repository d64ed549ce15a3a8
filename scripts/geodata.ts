/**
 * Reads and validates the inputs of the data build from geodata/: the bibliography, the layer
 * registry, the administrative layers, the zone files, the OSM extract and the national site list.
 * Shared by `npm run data` and the unit test that checks the shipped data, so both see the same thing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import type { AdminCollection, DatasetInput } from '../src/domain/dataset';
import { OsmExclusionsSchema, OsmSitePropsSchema, type OsmSites } from '../src/domain/osm';
import { type NationalSite, NationalSiteRowSchema } from '../src/domain/regionSites';
import { type LayerInfo, LayersFileSchema, type Source, SourcesFileSchema } from '../src/domain/sources';

export class GeodataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export type Geodata = {
  input: DatasetInput & { osm: NonNullable<DatasetInput['osm']> };
  sources: Source[];
  layers: LayerInfo[];
  nationalRows: NationalSite[];
  /** Reads any other file of geodata/ as JSON (targets, unplaced, base layers). */
  readJson: (file: string) => unknown;
};

const OsmSitesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: OsmSitePropsSchema,
      geometry: z.object({
        type: z.enum(['Point', 'Polygon', 'MultiPolygon']),
        coordinates: z.array(z.unknown()),
      }),
    }),
  ),
});

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z
  .array(Position)
  .min(4, 'a ring needs at least 4 positions')
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'a ring must be closed');
/** An administrative layer (geodata/admin/): areas, each with an `id` unless it is the city's boundary. */
const adminCollectionSchema = (withIds: boolean) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(
        z.object({
          type: z.literal('Feature'),
          properties: withIds ? z.looseObject({ id: z.string().min(1) }) : z.looseObject({}),
          geometry: z.discriminatedUnion('type', [
            z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
            z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
          ]),
        }),
      )
      .min(1),
  });

const issuesOf = (file: string, error: z.ZodError) =>
  error.issues.map((i) => `geodata/${file} › ${i.path.join('.') || '(root)'}: ${i.message}`);

export function readGeodata(root: string): Geodata {
  const geodata = path.join(root, 'geodata');
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(geodata, file), 'utf8'));
    } catch (e) {
      throw new GeodataError([`geodata/${file}: ${(e as Error).message}`]);
    }
  };
  const filesIn = (dir: string, ext: string) =>
    fs.existsSync(path.join(geodata, dir))
      ? fs
          .readdirSync(path.join(geodata, dir))
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
  const problems: string[] = [];

  // Bibliography: the union of geodata/sources/*.json.
  const sources: Source[] = [];
  for (const file of filesIn('sources', '.json')) {
    const parsed = SourcesFileSchema.safeParse(readJson(file));
    if (!parsed.success) {
      problems.push(...issuesOf(file, parsed.error));
      continue;
    }
    for (const s of parsed.data) {
      if (sources.some((x) => x.id === s.id)) problems.push(`geodata/${file} › ${s.id}: duplicate source id`);
      sources.push(s);
    }
  }

  const layers = LayersFileSchema.safeParse(readJson('layers.json'));
  if (!layers.success) problems.push(...issuesOf('layers.json', layers.error));

  const osmFile = 'osm/hanoi-industrial-sites-2026.geojson';
  const sites = OsmSitesFileSchema.safeParse(readJson(osmFile));
  if (!sites.success) problems.push(...issuesOf(osmFile, sites.error));
  const excluded = OsmExclusionsSchema.safeParse(readJson('osm/excluded.json'));
  if (!excluded.success) problems.push(...issuesOf('osm/excluded.json', excluded.error));

  const nationalFile = 'osm/vietnam-industrial-sites-2026.csv';
  const nationalRows: NationalSite[] = [];
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(geodata, nationalFile), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.forEach((row, i) => {
    const r = NationalSiteRowSchema.safeParse(row);
    if (r.success) nationalRows.push(r.data);
    else
      problems.push(
        ...r.error.issues.map(
          (x) => `geodata/${nationalFile} › row ${i + 2} › ${x.path.join('.')}: ${x.message}`,
        ),
      );
  });

  // The administrative layers, checked like every other input before the build relies on them.
  const readAdmin = (file: string, withIds: boolean): AdminCollection => {
    const parsed = adminCollectionSchema(withIds).safeParse(readJson(file));
    if (!parsed.success) problems.push(...issuesOf(file, parsed.error));
    // Validated above; the schema's tuples and GeoJSON's Position arrays differ only in their types.
    const data: unknown = parsed.data ?? { type: 'FeatureCollection', features: [] };
    return data as AdminCollection;
  };
  const admin = {
    districts: readAdmin('admin/districts-2020.geojson', true),
    communes: readAdmin('admin/communes-2025.geojson', true),
    boundary: readAdmin('admin/hanoi-boundary.geojson', false),
  };

  if (problems.length) throw new GeodataError(problems);
  return {
    input: {
      zoneFiles: filesIn('zones', '.geojson').map((file) => ({
        file: `geodata/${file}`,
        json: readJson(file),
      })),
      sources,
      districts: admin.districts,
      communes: admin.communes,
      boundary: admin.boundary.features[0]!,
      osm: {
        sites: sites.data as OsmSites,
        // Every Hanoi row of the national list must end in one state, bus routes included.
        listed: nationalRows
          .filter((r) => r.provinceCode === '01')
          .map((r) => ({ osm: r.osm, name: r.name })),
        excluded: excluded.data!,
      },
    },
    sources,
    layers: layers.data!,
    nationalRows,
    readJson,
  };
}
