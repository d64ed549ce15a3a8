/** The shipped zones and the place names search reads, from the geodata as `npm run data` reads it (node only). */
import path from 'node:path';
import { readGeodata } from '../../scripts/geodata';
import { buildDataset } from '../domain/dataset';
import type { PlaceNames } from '../domain/searchDocs';

const geo = readGeodata(path.resolve(import.meta.dirname, '../..'));

export const shippedZones = buildDataset(geo.input).zones;

export const shippedPlaceNames: PlaceNames = {
  districts: geo.input.districts.features.map((f) => ({
    id: f.properties.id,
    name: String(f.properties.name_vi),
    type: String(f.properties.unit_type_vi),
  })),
  communes: geo.input.communes.features.map((f) => ({
    id: f.properties.id,
    name: String(f.properties.name),
  })),
};
