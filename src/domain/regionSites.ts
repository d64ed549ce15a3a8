/**
 * The national list of mapped industrial sites (geodata/osm/vietnam-industrial-sites-2026.csv, ODbL):
 * one row per site with its province, area and a point on its surface. It feeds the capital-region
 * context layer and the national tile tree. These sites are context: they never enter Hanoi's counts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { z } from 'zod';
import { osmUrl } from './osm';
import type { ZoneFeature } from './zone';

const osmIdOf = (v: string) => v.replace(/^osm_(node|way|relation)_/, '$1/');

/** A row of the national list, renamed to our vocabulary at the boundary. */
export const NationalSiteRowSchema = z
  .object({
    id: z.string().regex(/^osm_(node|way|relation)_\d+$/),
    name_vi: z.string().min(1),
    name_en: z.string(),
    category: z.enum(['industrial_park', 'industrial_cluster', 'hi_tech_park', 'export_processing_zone']),
    province_code: z.string().regex(/^\d{2}$/),
    province_en: z.string().min(1),
    status: z.string(),
    area_ha: z.string(),
    developer: z.string(),
    geometry_type: z.enum(['polygon', 'point']),
    attribute_source: z.string(),
    longitude: z.coerce.number().min(102).max(110),
    latitude: z.coerce.number().min(8).max(24),
  })
  .transform((r) => ({
    osm: osmIdOf(r.id),
    name: r.name_vi,
    nameEn: r.name_en || null,
    category: r.category,
    provinceCode: r.province_code,
    province: r.province_en,
    osmStatus: r.status,
    areaHa: r.area_ha ? Number(Number(r.area_ha).toFixed(1)) : null,
    developer: r.developer || null,
    isPolygon: r.geometry_type === 'polygon',
    /** The name comes from Invest Vietnam rather than OSM (the list's last rows). */
    nameFromOsm: r.attribute_source === 'osm',
    position: [Number(r.longitude.toFixed(6)), Number(r.latitude.toFixed(6))] as [number, number],
  }));
export type NationalSite = z.infer<typeof NationalSiteRowSchema>;

/**
 * A point-only OSM relation is a bus or coach route named "<park> - <destination>", not a site (the
 * list's own caveat): it has no area and its "developer" is a transport operator.
 */
export function isBusRoute(site: NationalSite): boolean {
  return site.osm.startsWith('relation/') && !site.isPolygon;
}

/** The provinces that border Hanoi since the 2025 mergers (geodata/admin/neighbour-provinces-2025). */
export const NEIGHBOUR_PROVINCES: Readonly<Record<string, { vi: string; en: string }>> = {
  '24': { vi: 'Bắc Ninh', en: 'Bắc Ninh' },
  '33': { vi: 'Hưng Yên', en: 'Hưng Yên' },
  '37': { vi: 'Ninh Bình', en: 'Ninh Bình' },
  '25': { vi: 'Phú Thọ', en: 'Phú Thọ' },
  '19': { vi: 'Thái Nguyên', en: 'Thái Nguyên' },
};

export type RegionSiteProps = {
  id: string;
  name: string;
  nameEn: string | null;
  category: NationalSite['category'];
  provinceCode: string;
  areaHa: number | null;
  osm: string;
  osmUrl: string;
};

/** The sites of the provinces around Hanoi, bus routes dropped, as points. */
export function regionSites(rows: readonly NationalSite[]): FeatureCollection<Point, RegionSiteProps> {
  const features: Feature<Point, RegionSiteProps>[] = rows
    .filter((r) => r.provinceCode in NEIGHBOUR_PROVINCES && !isBusRoute(r))
    .map((r) => ({
      type: 'Feature',
      properties: {
        id: r.osm,
        name: r.name,
        nameEn: r.nameEn,
        category: r.category,
        provinceCode: r.provinceCode,
        areaHa: r.areaHa,
        osm: r.osm,
        osmUrl: osmUrl(r.osm),
      },
      geometry: { type: 'Point', coordinates: r.position },
    }));
  return { type: 'FeatureCollection', features };
}

/** The list's category as our zone kind; an export processing zone is a kind of industrial park in Vietnamese law. */
const KIND_OF: Record<NationalSite['category'], 'kcn' | 'ccn' | 'hitech'> = {
  industrial_park: 'kcn',
  export_processing_zone: 'kcn',
  industrial_cluster: 'ccn',
  hi_tech_park: 'hitech',
};

/**
 * A national site as a zone the app can draw (the national tile tree): its OSM point, its name, its
 * mapped area and the status OSM tags give, nothing more. Bus routes are not sites.
 */
export function nationalSiteZone(site: NationalSite, source: string): ZoneFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: site.position },
    properties: {
      id: `osm-${site.osm.replace('/', '-')}`,
      kind: KIND_OF[site.category],
      name: { vi: site.name, ...(site.nameEn ? { en: site.nameEn } : {}) },
      aliases: [],
      formerNames: [],
      status: [
        {
          value: site.osmStatus === 'under_construction' ? 'under_construction' : 'unknown',
          source,
          asOf: '2026-08-31',
        },
      ],
      areaHa: [],
      occupancyPct: [],
      developer: [],
      legalBasis: [],
      establishedYear: [],
      sectors: [],
      tenants: [],
      districtsReported: [],
      communesReported: [],
      location: {
        method: 'osm_point',
        source,
        asOf: '2026-08-31',
        osm: { id: site.osm, match: 'added', confidence: 'certain', reason: 'national list of mapped sites' },
      },
      notes: [],
      relations: [],
      planItems: [],
      formerIds: [],
      district: null,
      districtBasis: null,
      commune: null,
      communeBasis: null,
      anchor: site.position,
      uncertaintyKm: null,
      mappedAreaHa: site.areaHa,
      countsInTotals: true,
    },
  };
}
