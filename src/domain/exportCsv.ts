/**
 * Exports: the zones as CSV (UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese
 * correctly) and as GeoJSON. Every export carries the data's as-of date and each zone's sources.
 * Unknown values are empty cells, never 0.
 */
import { byNewest, currentFact } from './facts';
import type { DistanceKey, DistanceLookup } from './distances';
import { DISTANCE_KEYS, HAI_PHONG_REFERENCE } from './distances';
import { osmUrl } from './osm';
import type { Source } from './sources';
import { isApproximate } from './vocab';
import type { Fact, Note, ZoneFeature } from './zone';

/** Where a zone's shape comes from OpenStreetMap, every export says so (ODbL). */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL 1.0)';

export const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, a quote, a line break or edge spaces; double the quotes. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export type ExportContext = {
  dataAsOf: string;
  sources: ReadonlyMap<string, Source>;
  distances: DistanceLookup;
  /** Names for ids (former district, 2025 commune), in the export's language. */
  placeName: (level: 'district' | 'commune', id: string | null) => string;
  /** Labels for vocabulary ids (kind, status, sector), in the export's language. */
  vocab: (field: 'kind' | 'status' | 'sector', id: string) => string;
  /** A text written once or in both languages, in the export's language. */
  text: (t: Note) => string;
};

const num = (n: number | undefined | null, digits = 2) =>
  n === undefined || n === null ? '' : String(Number(n.toFixed(digits)));
const factCols = <T>(facts: readonly Fact<T>[], show: (v: T) => string) => {
  const f = currentFact(facts);
  return [f ? show(f.value) : '', f?.asOf ?? '', f?.source ?? ''];
};

const DISTANCE_COLUMNS: Record<DistanceKey, string> = {
  airport: 'km_to_noi_bai_airport_straight_line',
  centre: 'km_to_hoan_kiem_straight_line',
  nationalRoad: 'km_to_nearest_national_road_straight_line',
  railway: 'km_to_nearest_railway_straight_line',
  port: 'km_to_hai_phong_city_centre_straight_line',
};

export const CSV_HEADER = [
  'id',
  'name_vi',
  'name_en',
  'kind',
  'status',
  'status_as_of',
  'status_source',
  'area_ha',
  'area_as_of',
  'area_source',
  'occupancy_pct',
  'occupancy_as_of',
  'occupancy_source',
  'developer',
  'developer_as_of',
  'developer_source',
  'established_year',
  'established_source',
  'sectors',
  'former_district',
  'commune_2025',
  'location_method',
  'location_approximate',
  'position_uncertainty_km',
  'longitude',
  'latitude',
  'mapped_area_ha_openstreetmap',
  'openstreetmap_object',
  'geometry_attribution',
  'counted_in_totals',
  ...DISTANCE_KEYS.map((k) => DISTANCE_COLUMNS[k]),
  'sources_differ',
  'sources',
  'data_as_of',
];

/** Every source a zone cites, as "title (publisher, date) url". */
export function zoneSources(zone: ZoneFeature['properties'], sources: ReadonlyMap<string, Source>): Source[] {
  const facts = [
    zone.status,
    zone.areaHa,
    zone.occupancyPct,
    zone.developer,
    zone.legalBasis,
    zone.establishedYear,
    zone.sectors,
    zone.tenants,
    zone.planItems,
  ].flat() as Fact<unknown>[];
  const noteSources = zone.notes.flatMap((n) => (typeof n === 'object' && 'source' in n ? [n.source] : []));
  const ids = [...new Set([zone.location.source, ...facts.map((f) => f.source), ...noteSources])];
  return ids.map((id) => sources.get(id) ?? { id, title: id, publisher: '', date: null });
}

const sourceText = (s: Source) =>
  `${s.title}${s.publisher ? ` (${s.publisher}${s.date ? `, ${s.date}` : ''})` : ''}${s.url ? ` ${s.url}` : ''}`;

export function zoneCsvRow(z: ZoneFeature, ctx: ExportContext): string[] {
  const p = z.properties;
  const d = ctx.distances.get(p.id);
  const differ = (['areaHa', 'occupancyPct', 'developer', 'establishedYear'] as const).filter(
    (field) => new Set(byNewest(p[field] as Fact<unknown>[]).map((f) => String(f.value))).size > 1,
  );
  return [
    p.id,
    p.name.vi,
    p.name.en ?? '',
    ctx.vocab('kind', p.kind),
    ...factCols(p.status, (v) => ctx.vocab('status', v)),
    ...factCols(p.areaHa, (v) => num(v)),
    ...factCols(p.occupancyPct, (v) => num(v)),
    ...factCols(p.developer, ctx.text),
    ...factCols(p.establishedYear, String).filter((_, i) => i !== 1),
    [...new Set(p.sectors.flatMap((f) => f.value))].map((s) => ctx.vocab('sector', s)).join('; '),
    ctx.placeName('district', p.district),
    ctx.placeName('commune', p.commune),
    p.location.method,
    isApproximate(p.location.method) ? 'yes' : 'no',
    num(p.uncertaintyKm, 1),
    num(p.anchor[0], 5),
    num(p.anchor[1], 5),
    num(p.mappedAreaHa),
    p.location.osm ? osmUrl(p.location.osm.id) : '',
    p.location.osm ? OSM_ATTRIBUTION : '',
    p.countsInTotals ? 'yes' : 'no',
    // A zone at a unit's centre gets whole kilometres: anything finer would be invented.
    ...DISTANCE_KEYS.map((k) => num(d?.[k], d?.uncertaintyKm != null ? 0 : 1)),
    differ.join('; '),
    zoneSources(p, ctx.sources).map(sourceText).join(' | '),
    ctx.dataAsOf,
  ];
}

export function zonesCsv(zones: readonly ZoneFeature[], ctx: ExportContext): string {
  return toCsv([CSV_HEADER, ...zones.map((z) => zoneCsvRow(z, ctx))]);
}

/** GeoJSON with every fact and its source kept, plus the bibliography and the as-of date. */
export function zonesGeoJson(zones: readonly ZoneFeature[], ctx: ExportContext): string {
  const cited = new Map<string, Source>();
  for (const z of zones) for (const s of zoneSources(z.properties, ctx.sources)) cited.set(s.id, s);
  const collection = {
    type: 'FeatureCollection',
    metadata: {
      dataAsOf: ctx.dataAsOf,
      attribution: zones.some((z) => z.properties.location.osm)
        ? `Zone footprints and points from OpenStreetMap: ${OSM_ATTRIBUTION}. This collection, where it uses OSM geometry, is a derived database under the Open Database License (share-alike).`
        : undefined,
      distances:
        'Straight-line kilometres from each zone’s anchor point: to the centroid of Nội Bài airport’s OSM polygon, the centroid of the 2025 Hoàn Kiếm ward, the nearest national road and railway of the generalised (~1:1M) layers, and Hải Phòng’s city centre (' +
        HAI_PHONG_REFERENCE.source +
        ').',
      sources: [...cited.values()],
    },
    features: zones.map((z) => {
      const d = ctx.distances.get(z.properties.id);
      return {
        ...z,
        properties: {
          ...z.properties,
          straightLineKm: d
            ? Object.fromEntries(
                DISTANCE_KEYS.map((k) => [
                  k,
                  d.uncertaintyKm !== null && d[k] !== null ? Math.round(d[k]) : d[k],
                ]),
              )
            : null,
          straightLineKmApproximate: d ? d.uncertaintyKm !== null : null,
        },
      };
    }),
  };
  return JSON.stringify(collection, null, 1);
}
