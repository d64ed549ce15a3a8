/**
 * Turns the human-edited geodata into what the app loads: validates every zone against the schema,
 * resolves derived locations, joins each zone to its 2020 district and 2025 commune, and collects
 * every problem with the file, the feature id and the field it concerns. Pure: no file system.
 */
import type { Feature } from 'geojson';
import type { z } from 'zod';
import { byNewest, type FactMode, historyConflicts, sourcesDiffer } from './facts';
import { type AreaGeometry, areaHa, containsPoint, maxDistanceKm } from './geo';
import { type AdminCollection, anchorOf, placesOf, resolveGeometry } from './zonePlacing';
import { type OsmExclusion, osmRegister, type OsmSites, type OsmState, type OsmUse } from './osm';
import type { Source } from './sources';
import { CENTROID_METHODS } from './vocab';
import {
  type Fact,
  UnplacedFileSchema,
  type UnplacedZone,
  type ZoneFeature,
  type ZoneSourceFeature,
  ZoneSourceFeatureSchema,
} from './zone';

export type { AdminCollection, AdminProps } from './zonePlacing';

export type DatasetInput = {
  zoneFiles: readonly { file: string; json: unknown }[];
  sources: readonly Source[];
  districts: AdminCollection;
  communes: AdminCollection;
  boundary: Feature<AreaGeometry>;
  /** The OSM extract (geodata/osm/): its sites, the list every site must be accounted for, exclusions. */
  osm?: {
    sites: OsmSites;
    listed: readonly { osm: string; name: string }[];
    excluded: readonly OsmExclusion[];
  };
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
  /** Every listed OSM site and its state (empty without an OSM extract). */
  osmStates: OsmState[];
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
  const osmUses: OsmUse[] = [];

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

      p.notes.forEach((n, i) => {
        if (typeof n === 'object' && 'source' in n && !sourceIds.has(n.source))
          err(`notes.${i}.source`, `unknown source "${n.source}"`);
      });
      for (const field of ['planItems'] as const)
        p[field].forEach((fact, i) => {
          if (!sourceIds.has(fact.source)) err(`${field}.${i}.source`, `unknown source "${fact.source}"`);
        });
      if (p.location.osm) osmUses.push({ zone: p.id, osm: p.location.osm.id, match: p.location.osm.match });

      const resolved = resolveGeometry(f, input);
      if ('error' in resolved) {
        err('location', resolved.error);
        return;
      }
      const geometry = resolved.geometry;
      const anchor = anchorOf(geometry);
      if (!containsPoint(input.boundary.geometry, anchor))
        err(
          'geometry',
          `position ${anchor.map((n) => n.toFixed(5)).join(', ')} lies outside the Hanoi boundary`,
        );

      const mappedAreaHa = geometry.type === 'Point' ? null : Number(areaHa(geometry).toFixed(2));
      // An OSM footprint is what a mapper drew: a different official area is shown beside it, not an error.
      if (geometry.type !== 'Point' && p.location.method === 'surveyed_polygon') {
        const computed = mappedAreaHa!;
        const current = byNewest(p.areaHa)[0];
        if (current && Math.abs(current.value - computed) / computed > AREA_TOLERANCE && !current.note)
          err(
            'areaHa',
            `declared ${current.value} ha differs from the polygon's ${computed.toFixed(1)} ha by more than ${AREA_TOLERANCE * 100} % and has no note`,
          );
      }

      const places = placesOf(p, anchor, input);
      const { district, commune } = places;
      for (const r of p.relations)
        if (r.zones.includes(p.id)) err('relations', 'a zone cannot relate to itself');
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
        properties: {
          ...p,
          ...places,
          anchor: [anchor[0]!, anchor[1]!],
          uncertaintyKm:
            resolved.unit && CENTROID_METHODS.includes(p.location.method)
              ? Number(maxDistanceKm(anchor, resolved.unit).toFixed(1))
              : null,
          mappedAreaHa,
          countsInTotals: p.relations.length === 0,
        },
        geometry,
      });
    });
  }
  zones.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));

  // Relations must name zones that exist; former ids must not shadow a zone.
  const ids = new Set(zones.map((z) => z.properties.id));
  for (const z of zones) {
    const p = z.properties;
    for (const r of p.relations)
      for (const other of r.zones)
        if (!ids.has(other))
          problems.push({
            severity: 'error',
            file: '(zones)',
            zone: p.id,
            field: 'relations',
            message: `unknown zone "${other}"`,
          });
    for (const old of p.formerIds)
      if (ids.has(old))
        problems.push({
          severity: 'error',
          file: '(zones)',
          zone: p.id,
          field: 'formerIds',
          message: `"${old}" is still a zone's id`,
        });
  }

  let osmStates: OsmState[] = [];
  if (input.osm) {
    const register = osmRegister(input.osm.listed, osmUses, input.osm.excluded);
    osmStates = register.states;
    for (const message of register.problems)
      problems.push({ severity: 'error', file: 'geodata/osm', zone: '(register)', field: 'osm', message });
  }
  return { zones, problems, conflicts, disagreements, osmStates };
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
