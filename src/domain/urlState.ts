/**
 * The shareable state in the URL: camera, filters (with the timeline year), selected zone, language,
 * optional layers, the base map, the fit finder's criteria, the side panel's tab, the choropleth,
 * the pinned zones and the list's order.
 * Parsing never throws: each value that is unknown or malformed is dropped and reported, so the app
 * can open with the rest and say quietly what it ignored.
 */
import { z } from 'zod';
import { type Basemap, BasemapSchema } from './basemap';
import { EMPTY_FILTERS, type FilterState } from './filters';
import { EMPTY_FIT, type FitCriteria, isFitActive } from './fit';
import { MAX_PINNED } from './shortlist';
import { DEFAULT_SORT, LIST_SORTS, type ListSort } from './sortZones';
import type { AreaUnit, Measure } from './stats';
import { TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from './timeline';
import { SECTOR_IDS, STATUSES, ZONE_KINDS } from './vocab';
import { IdSchema } from './zone';

export const URL_LANGS = ['vi', 'en'] as const;
/** Optional overlays. (The base map has its own parameter; an old `layers=online` asks for OpenStreetMap.) */
export const URL_LAYERS = ['communes', 'transport', 'districts', 'region'] as const;
const LEGACY_ONLINE_LAYER = 'online';
export type UrlLayer = (typeof URL_LAYERS)[number];
/** The side panel's tabs (src/app/panels.ts lists their components in this order). */
export const PANEL_IDS = ['list', 'compare', 'fit', 'market', 'stats', 'plan', 'import', 'about'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
export type UrlChoropleth = { unit: AreaUnit; measure: Measure };

export type UrlState = {
  camera: { center: [number, number]; zoom: number } | null;
  filters: FilterState;
  zone: string | null;
  lang: (typeof URL_LANGS)[number] | null;
  layers: UrlLayer[] | null;
  /** The fit finder's criteria (the "fit." parameters). */
  fit: FitCriteria;
  /** Opt-in zone tile tree (src/map/tiledZones.ts), a relative URL; optional so other callers may omit it. */
  tiles?: string | null;
  /** The side panel's tab; null: the default (the fit tab when the link holds fit criteria, else the list). */
  tab: PanelId | null;
  /** The choropleth when it is shown (absent: not shown). */
  choropleth: UrlChoropleth | null;
  /** The pinned zones, in pin order; null when the link says nothing of them. */
  pins: string[] | null;
  /** The order of the result list and the fit results; null: by name. */
  sort: ListSort | null;
  /** The base map the link asks for (src/domain/basemap.ts decides whether it is shown or offered). */
  basemap?: Basemap | null;
};

export const EMPTY_URL_STATE: UrlState = {
  camera: null,
  filters: EMPTY_FILTERS,
  zone: null,
  lang: null,
  layers: null,
  fit: EMPTY_FIT,
  tab: null,
  choropleth: null,
  pins: null,
  sort: null,
};

const PARAM = {
  camera: 'map',
  zone: 'zone',
  lang: 'lang',
  layers: 'layers',
  statuses: 'status',
  sectors: 'sector',
  kinds: 'kind',
  districts: 'district',
  communes: 'commune',
  year: 'year',
  fitArea: 'fit.area',
  fitSectors: 'fit.sector',
  fitAirport: 'fit.airport',
  fitStatuses: 'fit.status',
  fitDistricts: 'fit.district',
  fitLand: 'fit.land',
  tiles: 'tiles',
  tab: 'tab',
  choropleth: 'choro',
  pins: 'pins',
  sort: 'sort',
  basemap: 'basemap',
} as const;

/** A plain decimal in [min, max]: no exponents, no signs, no spaces. */
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}(\.\d{1,3})?$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const YearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(TIMELINE_FIRST_YEAR).max(TIMELINE_LAST_YEAR));
const SectorSchema = z.enum(SECTOR_IDS as [string, ...string[]]);

/** A relative URL on this site (no scheme, no host): a tiles.json, or a template with {z}, {x} and {y}. */
const TilesSchema = z
  .string()
  .max(200)
  .regex(/^(?!\/\/)(?![a-z][a-z0-9+.-]*:)[\w\-./{}]+$/i)
  .refine((s) => s.endsWith('.json') || ['{z}', '{x}', '{y}'].every((p) => s.includes(p)));

/** "unit,measure", e.g. "commune,ha". */
const ChoroplethSchema = z
  .string()
  .transform((s) => s.split(','))
  .pipe(z.tuple([z.enum(['district', 'commune']), z.enum(['count', 'ha'])]));

const CameraSchema = z
  .string()
  .regex(/^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/)
  .transform((s) => s.split('/').map(Number) as [number, number, number])
  .pipe(z.tuple([z.number().min(0).max(22), z.number().min(-85).max(85), z.number().min(-180).max(180)]));

/** Values that passed, and "name=value" for each one dropped. */
function parseList<T extends string>(
  raw: string | null,
  name: string,
  item: z.ZodType<T>,
  ignored: string[],
): T[] {
  if (raw === null) return [];
  const out: T[] = [];
  for (const part of raw.split(',').filter(Boolean)) {
    const r = item.safeParse(part);
    if (r.success && !out.includes(r.data)) out.push(r.data);
    else if (!r.success) ignored.push(`${name}=${part.slice(0, 40)}`);
  }
  return out;
}

export function parseUrlState(search: string): { state: UrlState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const known = new Set<string>(Object.values(PARAM));
  for (const key of params.keys()) if (!known.has(key)) ignored.push(key.slice(0, 40));

  const one = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    ignored.push(`${name}=${raw.slice(0, 40)}`);
    return null;
  };
  const cam = one(PARAM.camera, CameraSchema);
  const rawLayers = params.get(PARAM.layers)?.split(',') ?? [];
  const layersParam = rawLayers.filter((l) => l !== LEGACY_ONLINE_LAYER).join(',');
  const state: UrlState = {
    camera: cam ? { zoom: cam[0], center: [cam[2], cam[1]] } : null,
    zone: one(PARAM.zone, IdSchema),
    lang: one(PARAM.lang, z.enum(URL_LANGS)),
    layers: params.has(PARAM.layers)
      ? parseList(layersParam, PARAM.layers, z.enum(URL_LAYERS), ignored)
      : null,
    filters: {
      statuses: parseList(params.get(PARAM.statuses), PARAM.statuses, z.enum(STATUSES), ignored),
      sectors: parseList(
        params.get(PARAM.sectors),
        PARAM.sectors,
        z.enum(SECTOR_IDS as [string, ...string[]]),
        ignored,
      ) as FilterState['sectors'],
      kinds: parseList(params.get(PARAM.kinds), PARAM.kinds, z.enum(ZONE_KINDS), ignored),
      districts: parseList(params.get(PARAM.districts), PARAM.districts, IdSchema, ignored),
      communes: parseList(params.get(PARAM.communes), PARAM.communes, IdSchema, ignored),
      year: one(PARAM.year, YearSchema),
    },
    fit: {
      minAreaHa: one(PARAM.fitArea, decimal(0, 100_000)),
      sectors: parseList(
        params.get(PARAM.fitSectors),
        PARAM.fitSectors,
        SectorSchema,
        ignored,
      ) as FitCriteria['sectors'],
      maxAirportKm: one(PARAM.fitAirport, decimal(0, 1000)),
      statuses: parseList(params.get(PARAM.fitStatuses), PARAM.fitStatuses, z.enum(STATUSES), ignored),
      districts: parseList(params.get(PARAM.fitDistricts), PARAM.fitDistricts, IdSchema, ignored),
      freeLand: one(PARAM.fitLand, z.literal('1')) === '1',
    },
    tab: null,
    choropleth: null,
    pins: null,
    sort: null,
  };
  const choro = one(PARAM.choropleth, ChoroplethSchema);
  state.choropleth = choro ? { unit: choro[0], measure: choro[1] } : null;
  state.tab = one(PARAM.tab, z.enum(PANEL_IDS));
  state.sort = one(PARAM.sort, z.enum(LIST_SORTS));
  if (params.has(PARAM.pins)) {
    const pins = parseList(params.get(PARAM.pins), PARAM.pins, IdSchema, ignored);
    for (const id of pins.slice(MAX_PINNED)) ignored.push(`${PARAM.pins}=${id.slice(0, 40)}`);
    state.pins = pins.slice(0, MAX_PINNED);
  }
  // Only present when asked for: the tile tree is an opt-in, not part of every state.
  const tiles = one(PARAM.tiles, TilesSchema);
  if (tiles) state.tiles = tiles;
  const basemap =
    one(PARAM.basemap, BasemapSchema) ?? (rawLayers.includes(LEGACY_ONLINE_LAYER) ? 'osm' : null);
  if (basemap) state.basemap = basemap;
  return { state, ignored };
}

/** How much of the ignored values a notice may echo: a link is anyone's text, so only a little of it. */
export const IGNORED_ECHO = { maxItems: 3, maxChars: 40 } as const;

/**
 * The ignored values a notice shows: the first few, each cut short, with control and direction
 * characters removed (they could reorder or hide the text around them), and how many were left out.
 */
export function echoIgnored(ignored: readonly string[]): { shown: string[]; more: number } {
  const cleaned = [
    ...new Set(
      ignored
        .map((v) =>
          v
            .replace(/\s+/g, ' ')
            .replace(/[\p{Cc}\p{Cf}]/gu, '')
            .trim(),
        )
        .filter(Boolean),
    ),
  ];
  const shown = cleaned
    .slice(0, IGNORED_ECHO.maxItems)
    .map((v) =>
      [...v].length > IGNORED_ECHO.maxChars ? `${[...v].slice(0, IGNORED_ECHO.maxChars - 1).join('')}…` : v,
    );
  return { shown, more: cleaned.length - shown.length };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** The "fit." parameters of a set of criteria, in a fixed order; empty criteria give none. */
export function fitParams(f: FitCriteria): [string, string][] {
  const out: [string, string][] = [];
  if (f.minAreaHa !== null) out.push([PARAM.fitArea, round(f.minAreaHa, 3)]);
  if (f.sectors.length) out.push([PARAM.fitSectors, f.sectors.join(',')]);
  if (f.maxAirportKm !== null) out.push([PARAM.fitAirport, round(f.maxAirportKm, 3)]);
  if (f.statuses.length) out.push([PARAM.fitStatuses, f.statuses.join(',')]);
  if (f.districts.length) out.push([PARAM.fitDistricts, f.districts.join(',')]);
  if (f.freeLand) out.push([PARAM.fitLand, '1']);
  return out;
}
export const FIT_PARAM_NAMES: readonly string[] = [
  PARAM.fitArea,
  PARAM.fitSectors,
  PARAM.fitAirport,
  PARAM.fitStatuses,
  PARAM.fitDistricts,
  PARAM.fitLand,
];

/** The tab a link opens on when it names none: a shared fit-finder link opens the fit finder. */
export const defaultTab = (fit: FitCriteria): PanelId => (isFitActive(fit) ? 'fit' : 'list');

/** Serialises in a fixed order so equal states give equal URLs. Empty values are left out. */
export function serializeUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.lang) params.set(PARAM.lang, s.lang);
  for (const group of ['statuses', 'sectors', 'kinds', 'districts', 'communes'] as const)
    if (s.filters[group].length) params.set(PARAM[group], s.filters[group].join(','));
  if (s.filters.year !== null) params.set(PARAM.year, String(s.filters.year));
  if (s.zone) params.set(PARAM.zone, s.zone);
  if (s.layers) params.set(PARAM.layers, s.layers.join(','));
  if (s.basemap) params.set(PARAM.basemap, s.basemap);
  for (const [name, value] of fitParams(s.fit)) params.set(name, value);
  if (s.tab && s.tab !== defaultTab(s.fit)) params.set(PARAM.tab, s.tab);
  if (s.choropleth) params.set(PARAM.choropleth, `${s.choropleth.unit},${s.choropleth.measure}`);
  if (s.pins?.length) params.set(PARAM.pins, s.pins.join(','));
  if (s.sort && s.sort !== DEFAULT_SORT) params.set(PARAM.sort, s.sort);
  if (s.tiles) params.set(PARAM.tiles, s.tiles);
  if (s.camera)
    params.set(
      PARAM.camera,
      `${round(s.camera.zoom, 2)}/${round(s.camera.center[1], 5)}/${round(s.camera.center[0], 5)}`,
    );
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}
