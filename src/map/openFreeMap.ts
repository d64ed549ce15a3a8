/**
 * OpenFreeMap's keyless vector base map ("liberty" style, OpenMapTiles schema), fetched only when the
 * user picks it. Its style and TileJSON are a third party's data, so they are validated and rebuilt:
 * only its vector source (on its own host, through our request path) and the layers drawn from it are
 * kept, every label uses our bundled font and names in the interface language, and layers that need
 * its sprite (icons, patterns) are dropped or keep only their text: no sprite and no glyph server
 * are loaded. Its attribution is ours to write, never its HTML.
 */
import type { ExpressionSpecification, SourceSpecification } from 'maplibre-gl';
import { z } from 'zod';
import type { Lang } from '../domain/lang';
import { FONT } from './fonts';
import { type LayerSpec, OFM_LAYER_PREFIX, ofmLayerId, type OnlineLayerId } from './layerIds';
import { viaProtocol } from './onlineFetch';

export const OFM_HOST = 'tiles.openfreemap.org';
export const OFM_STYLE_URL = `https://${OFM_HOST}/styles/liberty`;
export const OFM_ATTRIBUTION =
  '<a href="https://openfreemap.org/" target="_blank" rel="noopener noreferrer">OpenFreeMap</a> ' +
  '<a href="https://www.openmaptiles.org/" target="_blank" rel="noopener noreferrer">© OpenMapTiles</a> ' +
  '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">© OpenStreetMap contributors</a>';

const KEPT_TYPES = ['background', 'fill', 'line', 'symbol', 'fill-extrusion', 'circle'] as const;
const onHost = (url: string) => {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname === OFM_HOST;
  } catch {
    return false;
  }
};

const Props = z.record(z.string(), z.unknown());
const StyleSchema = z.object({
  version: z.literal(8),
  sources: z.record(z.string(), z.object({ type: z.string(), url: z.string().optional() })),
  layers: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        type: z.string(),
        source: z.string().optional(),
        'source-layer': z.string().max(200).optional(),
        minzoom: z.number().min(0).max(24).optional(),
        maxzoom: z.number().min(0).max(24).optional(),
        filter: z.unknown().optional(),
        layout: Props.optional(),
        paint: Props.optional(),
      }),
    )
    .max(1000),
});
export type OfmStyle = z.infer<typeof StyleSchema>;

const TileJsonSchema = z.object({
  tiles: z.array(z.string().refine(onHost)).min(1).max(8),
  minzoom: z.number().min(0).max(24).optional(),
  maxzoom: z.number().min(0).max(24).optional(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type TileJson = z.infer<typeof TileJsonSchema>;

/** The style's vector source on OpenFreeMap's host: where its TileJSON is. Throws if there is none. */
export function parseStyle(raw: unknown): { style: OfmStyle; sourceKey: string; tileJsonUrl: string } {
  const style = StyleSchema.parse(raw);
  const found = Object.entries(style.sources).find(([, s]) => s.type === 'vector' && s.url && onHost(s.url));
  if (!found) throw new Error('no vector source on the OpenFreeMap host');
  return { style, sourceKey: found[0], tileJsonUrl: found[1].url! };
}

export const parseTileJson = (raw: unknown): TileJson => TileJsonSchema.parse(raw);

/** Place names in the interface language; names stay as OpenStreetMap's mappers wrote them. */
export function nameExpression(lang: Lang): ExpressionSpecification {
  return lang === 'vi'
    ? ['coalesce', ['get', 'name:vi'], ['get', 'name']]
    : ['coalesce', ['get', 'name:en'], ['get', 'name_en'], ['get', 'name']];
}
const showsNames = (field: unknown) => JSON.stringify(field ?? null).includes('"name');

export const OFM_SOURCE = 'online-openfreemap';
export { OFM_LAYER_PREFIX };

export type AdaptedStyle = {
  source: SourceSpecification;
  layers: LayerSpec[];
  /** Layers whose text is a place name: relabelled when the language changes. */
  nameLayers: OnlineLayerId[];
};

/** The layers we draw from the style, in its order, ready to go under ours. */
export function adaptStyle(
  parsed: ReturnType<typeof parseStyle>,
  tileJson: TileJson,
  lang: Lang,
): AdaptedStyle {
  const layers: LayerSpec[] = [];
  const nameLayers: OnlineLayerId[] = [];
  for (const l of parsed.style.layers) {
    if (!(KEPT_TYPES as readonly string[]).includes(l.type)) continue;
    if (l.type !== 'background' && l.source !== parsed.sourceKey) continue;
    const paint = { ...l.paint };
    const layout = { ...l.layout };
    // Patterns and icons come from the sprite we do not load.
    if (Object.keys(paint).some((k) => k.endsWith('-pattern'))) continue;
    if (l.type === 'symbol') {
      const icons = 'icon-image' in layout;
      if (icons && (!('text-field' in layout) || 'icon-text-fit' in layout || /shield/i.test(l.id))) continue;
      for (const k of Object.keys(layout)) if (k.startsWith('icon-')) delete layout[k];
      for (const k of Object.keys(paint)) if (k.startsWith('icon-')) delete paint[k];
      if ('text-font' in layout) layout['text-font'] = [FONT];
      if (showsNames(layout['text-field'])) {
        layout['text-field'] = nameExpression(lang);
        nameLayers.push(ofmLayerId(l.id));
      }
    }
    layers.push({
      id: ofmLayerId(l.id),
      type: l.type,
      ...(l.type !== 'background' && { source: OFM_SOURCE }),
      ...(l['source-layer'] !== undefined && { 'source-layer': l['source-layer'] }),
      ...(l.minzoom !== undefined && { minzoom: l.minzoom }),
      ...(l.maxzoom !== undefined && { maxzoom: l.maxzoom }),
      ...(l.filter !== undefined && { filter: l.filter }),
      layout,
      paint,
    } as LayerSpec);
  }
  return {
    source: {
      type: 'vector',
      tiles: tileJson.tiles.map(viaProtocol),
      ...(tileJson.minzoom !== undefined && { minzoom: tileJson.minzoom }),
      maxzoom: tileJson.maxzoom ?? 14,
      ...(tileJson.bounds && { bounds: tileJson.bounds }),
      attribution: OFM_ATTRIBUTION,
    },
    layers,
    nameLayers,
  };
}
