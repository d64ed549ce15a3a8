/** File formats by extension; shared by the file picker (page) and the worker. */
export type ImportFormat = 'geojson' | 'csv' | 'kml' | 'kmz' | 'shapefile';

export const FORMATS: Readonly<Record<string, ImportFormat>> = {
  geojson: 'geojson',
  json: 'geojson',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  kml: 'kml',
  kmz: 'kmz',
  zip: 'shapefile',
};
export const ACCEPTED_EXTENSIONS = Object.keys(FORMATS).map((e) => `.${e}`);

export const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
export const formatOf = (name: string): ImportFormat | undefined =>
  Object.hasOwn(FORMATS, extensionOf(name)) ? FORMATS[extensionOf(name)] : undefined;
