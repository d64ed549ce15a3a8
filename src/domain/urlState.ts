/**
 * The shareable state in the URL: camera, filters, selected zone, language, optional layers.
 * Parsing never throws: each value that is unknown or malformed is dropped and reported, so the app
 * can open with the rest and say quietly what it ignored.
 */
import { z } from 'zod';
import { EMPTY_FILTERS, type FilterState } from './filters';
import { SECTOR_IDS, STATUSES, ZONE_KINDS } from './vocab';
import { IdSchema } from './zone';

export const URL_LANGS = ['vi', 'en'] as const;
export const URL_LAYERS = ['communes', 'transport', 'districts'] as const;
export type UrlLayer = (typeof URL_LAYERS)[number];

export type UrlState = {
  camera: { center: [number, number]; zoom: number } | null;
  filters: FilterState;
  zone: string | null;
  lang: (typeof URL_LANGS)[number] | null;
  layers: UrlLayer[] | null;
};

export const EMPTY_URL_STATE: UrlState = {
  camera: null,
  filters: EMPTY_FILTERS,
  zone: null,
  lang: null,
  layers: null,
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
} as const;

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
  const state: UrlState = {
    camera: cam ? { zoom: cam[0], center: [cam[2], cam[1]] } : null,
    zone: one(PARAM.zone, IdSchema),
    lang: one(PARAM.lang, z.enum(URL_LANGS)),
    layers: params.has(PARAM.layers)
      ? parseList(params.get(PARAM.layers), PARAM.layers, z.enum(URL_LAYERS), ignored)
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
    },
  };
  return { state, ignored };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Serialises in a fixed order so equal states give equal URLs. Empty values are left out. */
export function serializeUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.lang) params.set(PARAM.lang, s.lang);
  for (const group of ['statuses', 'sectors', 'kinds', 'districts', 'communes'] as const)
    if (s.filters[group].length) params.set(PARAM[group], s.filters[group].join(','));
  if (s.zone) params.set(PARAM.zone, s.zone);
  if (s.layers) params.set(PARAM.layers, s.layers.join(','));
  if (s.camera)
    params.set(
      PARAM.camera,
      `${round(s.camera.zoom, 2)}/${round(s.camera.center[1], 5)}/${round(s.camera.center[0], 5)}`,
    );
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}
