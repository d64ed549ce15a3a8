/** Closed vocabularies: zone kinds, the status ladder and the sector list, each in Vietnamese and English. */
import type { Lang } from './lang';

/** A closed vocabulary's name in every interface language. */
export type Label = Readonly<Record<Lang, string>>;

export const ZONE_KINDS = ['kcn', 'ccn', 'hitech', 'it_park', 'agri_hitech', 'industrial_site'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const KIND_LABELS: Record<ZoneKind, Label> = {
  kcn: { vi: 'Khu công nghiệp (KCN)', en: 'Industrial park (KCN)' },
  ccn: { vi: 'Cụm công nghiệp (CCN)', en: 'Industrial cluster (CCN)' },
  hitech: { vi: 'Khu công nghệ cao', en: 'High-tech zone' },
  it_park: { vi: 'Khu công nghệ thông tin / phần mềm', en: 'Software / IT park' },
  agri_hitech: { vi: 'Khu nông nghiệp công nghệ cao', en: 'High-tech agriculture zone' },
  industrial_site: {
    vi: 'Khu đất công nghiệp khác (theo OpenStreetMap)',
    en: 'Other industrial site (OpenStreetMap)',
  },
};

/** Kinds that are industrial land in the city's plans; high-tech agriculture is totalled apart. */
export const INDUSTRIAL_KINDS: readonly ZoneKind[] = ['kcn', 'ccn', 'hitech', 'it_park', 'industrial_site'];

/**
 * The status ladder, in the order a zone climbs it, followed by the states off the ladder.
 * "historical" is a zone that existed but is no longer an industrial zone.
 */
export const STATUS_LADDER = [
  'proposed',
  'planned',
  'established',
  'under_construction',
  'operating',
] as const;
export const OFF_LADDER_STATUSES = ['stalled', 'historical', 'unknown'] as const;
export const STATUSES = [...STATUS_LADDER, ...OFF_LADDER_STATUSES] as const;
export type ZoneStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<ZoneStatus, Label> = {
  proposed: { vi: 'Đề xuất', en: 'Proposed' },
  planned: { vi: 'Trong quy hoạch', en: 'Planned' },
  established: { vi: 'Đã thành lập / phê duyệt', en: 'Established / approved' },
  under_construction: { vi: 'Đang xây dựng', en: 'Under construction' },
  operating: { vi: 'Đang hoạt động', en: 'Operating' },
  stalled: { vi: 'Đình trệ', en: 'Stalled' },
  historical: { vi: 'Không còn hoạt động', en: 'No longer a zone' },
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
};

/**
 * The sectors the programme names plus the sectors Hanoi's zones report, in one closed list. Which
 * of them the programme names is data (geodata/targets.json, `programmeSectors`), not this table.
 */
export const SECTORS = {
  software_digital: { vi: 'Phần mềm, sản phẩm số', en: 'Software and digital products' },
  information_security: { vi: 'An toàn thông tin', en: 'Information security' },
  ai: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' },
  mechatronics: { vi: 'Cơ điện tử', en: 'Mechatronics' },
  new_energy: { vi: 'Năng lượng mới', en: 'New energy' },
  biotech: { vi: 'Công nghệ sinh học', en: 'Biotechnology' },
  biomedical_electronics: { vi: 'Điện tử y sinh', en: 'Biomedical electronics' },
  pharma_cosmetics: { vi: 'Dược phẩm, hóa mỹ phẩm', en: 'Pharmaceuticals and cosmetics' },
  new_materials: { vi: 'Vật liệu mới', en: 'New materials' },
  electronics: { vi: 'Điện, điện tử', en: 'Electrical and electronics' },
  precision_mechanics: { vi: 'Cơ khí chính xác', en: 'Precision mechanics' },
  mould_die: { vi: 'Chế tạo khuôn mẫu', en: 'Mould and die making' },
  mechanics: { vi: 'Cơ khí (chung)', en: 'Mechanical engineering (general)' },
  defence_dual_use: {
    vi: 'Công nghiệp quốc phòng, an ninh lưỡng dụng',
    en: 'Dual-use defence and security industry',
  },
  medical_devices: { vi: 'Dụng cụ y tế', en: 'Medical devices' },
  fashion_textiles: { vi: 'Dệt may, da giày, thời trang', en: 'Fashion, textiles and footwear' },
  supporting_industries: { vi: 'Công nghiệp hỗ trợ', en: 'Supporting industries' },
  food_processing: { vi: 'Chế biến nông sản, thực phẩm', en: 'Food and farm-produce processing' },
  building_materials: { vi: 'Vật liệu xây dựng', en: 'Building materials' },
  logistics: { vi: 'Logistics, kho vận', en: 'Logistics' },
  handicrafts: { vi: 'Thủ công mỹ nghệ, làng nghề', en: 'Handicrafts and craft villages' },
  wood_furniture: { vi: 'Chế biến gỗ, đồ nội thất', en: 'Wood processing and furniture' },
  consumer_goods: { vi: 'Hàng tiêu dùng, công nghiệp nhẹ', en: 'Consumer goods and light industry' },
  automotive: { vi: 'Ô tô, xe máy, linh kiện', en: 'Automotive and parts' },
  metallurgy: { vi: 'Luyện kim, sắt thép', en: 'Metals and steel' },
  high_tech_agriculture: { vi: 'Nông nghiệp công nghệ cao', en: 'High-tech agriculture' },
  research_innovation: { vi: 'Nghiên cứu, đổi mới sáng tạo', en: 'Research and innovation' },
} as const satisfies Record<string, Label>;
export type SectorId = keyof typeof SECTORS;
export const SECTOR_IDS = Object.keys(SECTORS) as SectorId[];

/** How a zone's position was obtained, from best to worst. */
export const LOCATION_METHODS = [
  'surveyed_polygon',
  'osm_footprint',
  'osm_point',
  'portal_centre',
  'commune_centroid',
  'district_centroid',
] as const;
export type LocationMethod = (typeof LOCATION_METHODS)[number];

/** Methods whose geometry the data build takes from elsewhere (admin layers, the OSM extract). */
export const DERIVED_LOCATION_METHODS: readonly LocationMethod[] = [
  'osm_footprint',
  'osm_point',
  'commune_centroid',
  'district_centroid',
];
/** Methods placed at the centre of an administrative unit: their position says nothing finer. */
export const CENTROID_METHODS: readonly LocationMethod[] = ['commune_centroid', 'district_centroid'];

export const LOCATION_METHOD_LABELS: Record<LocationMethod, Label> = {
  surveyed_polygon: { vi: 'Ranh giới khảo sát', en: 'Surveyed boundary' },
  osm_footprint: {
    vi: 'Ranh giới vẽ trên OpenStreetMap',
    en: 'Footprint mapped in OpenStreetMap',
  },
  osm_point: {
    vi: 'Điểm trên OpenStreetMap (gần đúng)',
    en: 'Point in OpenStreetMap (approximate)',
  },
  portal_centre: {
    vi: 'Điểm tâm do cổng thông tin công bố (gần đúng)',
    en: 'Centre point published by the portal (approximate)',
  },
  commune_centroid: { vi: 'Tâm xã/phường (rất gần đúng)', en: 'Centre of its commune (rough)' },
  district_centroid: {
    vi: 'Tâm quận/huyện cũ (rất gần đúng)',
    en: 'Centre of its former district (very rough)',
  },
};

/** Footprints (surveyed or mapped in OSM) are drawn as shapes; everything else is an approximate symbol. */
export function isApproximate(method: LocationMethod): boolean {
  return method !== 'surveyed_polygon' && method !== 'osm_footprint';
}
