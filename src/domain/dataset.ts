/**
 * Turns the human-edited geodata into what the app loads: validates every zone against the schema,
 * resolves derived locations, joins each zone to its 2020 district and 2025 commune, and collects
 * every problem with the file, the feature id and the field it concerns. Pure: no file system.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { z } from 'zod';
import { byNewest, type FactMode, historyConflicts, sourcesDiffer } from './facts';
import { type AreaGeometry, areaHa, containsPoint, findContaining, innerPoint } from './geo';
import type { Source } from './sources';
import {
  type Fact,
  UnplacedFileSchema,
  type UnplacedZone,
  type ZoneFeature,
  type ZoneSourceFeature,
  ZoneSourceFeatureSchema,
} from './zone';

export type AdminProps = { id: string; [k: string]: unknown };
export type AdminCollection = FeatureCollection<AreaGeometry, AdminProps>;

export type DatasetInput = {
  zoneFiles: readonly { file: string; json: unknown }[];
  sources: readonly Source[];
  districts: AdminCollection;
  communes: AdminCollection;
  boundary: Feature<AreaGeometry>;
};

export type DatasetProblem = {
  severity: 'error' | 'warning';
  file: string;
  zone: string;
  field: string;
  message: string;
};

export function formatProblem(p: DatasetProblem): string {
  return `${p.file} › ${p.zone} › ${p.field}: ${p.message}`;
}

/** Areas may differ from a polygon's computed area by this much before a note is required. */
export const AREA_TOLERANCE = 0.25;

export const FACT_MODES = {
  status: 'history',
  areaHa: 'single',
  occupancyPct: 'single',
  developer: 'single',
  legalBasis: 'list',
  establishedYear: 'single',
  sectors: 'list',
  tenants: 'list',
} as const satisfies Partial<Record<keyof ZoneSourceFeature['properties'], FactMode>>;
export type FactField = keyof typeof FACT_MODES;
const FACT_FIELDS = Object.keys(FACT_MODES) as FactField[];

export type Conflict = { zone: string; field: FactField; values: string[] };
export type JoinDisagreement = {
  zone: string;
  level: 'district' | 'commune';
  reported: string[];
  joined: string | null;
};

export type DatasetResult = {
  zones: ZoneFeature[];
  problems: DatasetProblem[];
  conflicts: Conflict[];
  disagreements: JoinDisagreement[];
};

function zodProblems(file: string, zone: string, error: z.ZodError): DatasetProblem[] {
  return error.issues.map((i) => ({
    severity: 'error',
    file,
    zone,
    // Zone fields are named as people see them in the file's properties.
    field: (i.path[0] === 'properties' ? i.path.slice(1) : i.path).join('.') || '(feature)',
    message: i.message,
  }));
}

function featureLabel(json: unknown, index: number): string {
  const id = (json as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' ? id : `feature #${index + 1}`;
}

function resolveGeometry(
  f: ZoneSourceFeature,
  input: DatasetInput,
): { geometry: ZoneFeature['geometry']; error?: string } | { geometry: null; error: string } {
  const loc = f.properties.location;
  if (loc.method === 'commune_centroid' || loc.method === 'district_centroid') {
    const [layer, id] =
      loc.method === 'commune_centroid' ? [input.communes, loc.commune] : [input.districts, loc.district];
    const area = layer.features.find((a) => a.properties.id === id);
    if (!area)
      return {
        geometry: null,
        error: `unknown ${loc.method === 'commune_centroid' ? 'commune' : 'district'} id "${id}"`,
      };
    return { geometry: { type: 'Point', coordinates: innerPoint(area.geometry) as [number, number] } };
  }
  return { geometry: f.geometry! };
}

function anchorOf(geometry: ZoneFeature['geometry']): Position {
  return geometry.type === 'Point' ? geometry.coordinates : innerPoint(geometry);
}

function valueText(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

export function buildDataset(input: DatasetInput): DatasetResult {
  const problems: DatasetProblem[] = [];
  const conflicts: Conflict[] = [];
  const disagreements: JoinDisagreement[] = [];
  const zones: ZoneFeature[] = [];
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const seen = new Map<string, string>();

  for (const { file, json } of input.zoneFiles) {
    const fc = json as { type?: unknown; features?: unknown };
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      problems.push({
        severity: 'error',
        file,
        zone: '(file)',
        field: 'type',
        message: 'not a GeoJSON FeatureCollection',
      });
      continue;
    }
    fc.features.forEach((raw, index) => {
      const label = featureLabel(raw, index);
      const parsed = ZoneSourceFeatureSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(file, label, parsed.error));
        return;
      }
      const f = parsed.data;
      const p = f.properties;
      const err = (field: string, message: string) =>
        problems.push({ severity: 'error', file, zone: p.id, field, message });

      const earlier = seen.get(p.id);
      if (earlier) err('id', `duplicate id, also in ${earlier}`);
      seen.set(p.id, file);

      for (const field of FACT_FIELDS) {
        const list = p[field] as Fact<unknown>[];
        list.forEach((fact, i) => {
          if (!sourceIds.has(fact.source)) err(`${field}.${i}.source`, `unknown source "${fact.source}"`);
        });
        const mode: FactMode = FACT_MODES[field];
        if ((mode === 'single' && sourcesDiffer(list)) || (mode === 'history' && historyConflicts(list)))
          conflicts.push({
            zone: p.id,
            field,
            values: byNewest(list).map((x) => `${valueText(x.value)} (${x.source}, ${x.asOf ?? 'undated'})`),
          });
      }
      if (!sourceIds.has(p.location.source)) err('location.source', `unknown source "${p.location.source}"`);

      const resolved = resolveGeometry(f, input);
      if (!resolved.geometry) {
        err('location', resolved.error ?? 'no geometry');
        return;
      }
      const geometry = resolved.geometry;
      const anchor = anchorOf(geometry);
      if (!containsPoint(input.boundary.geometry, anchor))
        err(
          'geometry',
          `position ${anchor.map((n) => n.toFixed(5)).join(', ')} lies outside the Hanoi boundary`,
        );

      if (geometry.type !== 'Point') {
        const computed = areaHa(geometry);
        const current = byNewest(p.areaHa)[0];
        if (current && Math.abs(current.value - computed) / computed > AREA_TOLERANCE && !current.note)
          err(
            'areaHa',
            `declared ${current.value} ha differs from the polygon's ${computed.toFixed(1)} ha by more than ${AREA_TOLERANCE * 100} % and has no note`,
          );
      }

      const district = findContaining(input.districts.features, anchor)?.properties.id ?? null;
      const commune = findContaining(input.communes.features, anchor)?.properties.id ?? null;
      if (p.districtsReported.length > 0 && !(district && p.districtsReported.includes(district)))
        disagreements.push({
          zone: p.id,
          level: 'district',
          reported: p.districtsReported,
          joined: district,
        });
      if (p.communesReported.length > 0 && !(commune && p.communesReported.includes(commune)))
        disagreements.push({ zone: p.id, level: 'commune', reported: p.communesReported, joined: commune });

      zones.push({
        type: 'Feature',
        properties: { ...p, district, commune, anchor: [anchor[0]!, anchor[1]!] },
        geometry,
      });
    });
  }
  zones.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  return { zones, problems, conflicts, disagreements };
}

/** Validates the list of zones that cannot be placed: schema, sources, and no clash with placed ids. */
export function validateUnplaced(
  file: string,
  json: unknown,
  sources: readonly Source[],
  placedIds: ReadonlySet<string>,
): { zones: UnplacedZone[]; problems: DatasetProblem[] } {
  const parsed = UnplacedFileSchema.safeParse(json);
  if (!parsed.success) return { zones: [], problems: zodProblems(file, '(list)', parsed.error) };
  const sourceIds = new Set(sources.map((s) => s.id));
  const problems: DatasetProblem[] = [];
  for (const z of parsed.data) {
    const err = (field: string, message: string) =>
      problems.push({ severity: 'error', file, zone: z.id, field, message });
    if (placedIds.has(z.id)) err('id', 'also a placed zone in geodata/zones/');
    for (const field of FACT_FIELDS)
      (z[field] as Fact<unknown>[]).forEach((fact, i) => {
        if (!sourceIds.has(fact.source)) err(`${field}.${i}.source`, `unknown source "${fact.source}"`);
      });
  }
  return { zones: parsed.data, problems };
}
