/** The bundled base map under the zones: land, water, administrative lines, roads and railways. */
import { centrelineSourceId } from '../domain/centreline';
import { COMMUNE_MINZOOM, RIVER_SWITCH_ZOOM } from './baseLabelLayers';
import type { LayerSpec } from './layerIds';

const WATER = '#a8cbe2';

export const BASE_LAYERS: LayerSpec[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#dde3e6' } },
  {
    id: 'neighbours-fill',
    type: 'fill',
    source: 'neighbour-provinces-2025',
    paint: { 'fill-color': '#eeebe4' },
  },
  {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbour-provinces-2025',
    paint: { 'line-color': '#c9c2b6', 'line-width': 0.8 },
  },
  { id: 'hanoi-fill', type: 'fill', source: 'hanoi-boundary', paint: { 'fill-color': '#faf8f3' } },
  {
    id: 'airport-fill',
    type: 'fill',
    source: 'aerodromes',
    paint: { 'fill-color': '#e4e0ec', 'fill-outline-color': '#a79fbd' },
  },
  // The Red River's polygon was traced from a raster: its banks turn to stairs past zoom 10.5, so it
  // fades out there and the river goes on as its centre line (the data build derives it).
  {
    id: 'red-river-fill',
    type: 'fill',
    source: 'red-river-gshhg',
    maxzoom: RIVER_SWITCH_ZOOM,
    paint: {
      'fill-color': WATER,
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], RIVER_SWITCH_ZOOM - 0.5, 1, RIVER_SWITCH_ZOOM, 0],
    },
  },
  {
    id: 'red-river-line',
    type: 'line',
    source: centrelineSourceId('red-river-gshhg'),
    minzoom: RIVER_SWITCH_ZOOM - 0.5,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': WATER,
      'line-opacity': ['interpolate', ['linear'], ['zoom'], RIVER_SWITCH_ZOOM - 0.5, 0, RIVER_SWITCH_ZOOM, 1],
      // Roughly the river's few hundred metres of water; the line is schematic, not its banks.
      'line-width': [
        'interpolate',
        ['exponential', 2],
        ['zoom'],
        RIVER_SWITCH_ZOOM - 0.5,
        5,
        12,
        11,
        14,
        32,
        16,
        90,
      ],
    },
  },
  {
    id: 'rivers-line',
    type: 'line',
    source: 'rivers-wdbii',
    paint: { 'line-color': '#8dbbdc', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3] },
  },
  {
    id: 'communes-line',
    type: 'line',
    source: 'communes-2025',
    // Drawn from where a zone is looked at closely; at city zoom 126 units would only clutter.
    minzoom: COMMUNE_MINZOOM,
    paint: {
      'line-color': '#a39a8e',
      'line-width': ['interpolate', ['linear'], ['zoom'], COMMUNE_MINZOOM, 0.6, 14, 1.2],
      'line-dasharray': [3, 2],
    },
  },
  {
    id: 'districts-line',
    type: 'line',
    source: 'districts-2020',
    // Zoomed in, the former districts become a light band under the 2025 communes' dashed line,
    // which often runs along the same boundary.
    paint: {
      'line-color': ['interpolate', ['linear'], ['zoom'], 10.5, '#9a9083', 12, '#cfc6b8'],
      'line-width': ['interpolate', ['linear'], ['zoom'], 10.5, 0.9, 12, 2.5, 15, 5],
    },
  },
  {
    id: 'roads-line',
    type: 'line',
    source: 'roads',
    paint: {
      'line-color': '#e0a458',
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        8,
        ['match', ['get', 'kind'], 'national_road', 1.4, 0.8],
        14,
        4,
      ],
    },
  },
  {
    id: 'railways-line',
    type: 'line',
    source: 'railways',
    paint: { 'line-color': '#6b6b6b', 'line-width': 1.2 },
  },
  {
    id: 'railways-ties',
    type: 'line',
    source: 'railways',
    minzoom: 10,
    paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-dasharray': [2, 3] },
  },
  {
    id: 'hanoi-line',
    type: 'line',
    source: 'hanoi-boundary',
    paint: { 'line-color': '#5c5246', 'line-width': 2 },
  },
];
