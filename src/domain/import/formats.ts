/** File formats by extension; shared by the file picker (page) and the worker. */
export type ImportFormat = 'geojson' | 'csv' | 'kml' | 'kmz' | 'zip' | 'shp-part';

export const FORMATS: Readonly<Record<string, ImportFormat>> = {
  geojson: 'geojson',
  json: 'geojson',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  kml: 'kml',
  kmz: 'kmz',
  zip: 'zip',
  // The parts of a shapefile, chosen together as loose files.
  shp: 'shp-part',
  dbf: 'shp-part',
  shx: 'shp-part',
  prj: 'shp-part',
  cpg: 'shp-part',
};
export const ACCEPTED_EXTENSIONS = Object.keys(FORMATS).map((e) => `.${e}`);

export const extensionOf = (name: string) =>
  name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
export const formatOf = (name: string): ImportFormat | undefined =>
  Object.hasOwn(FORMATS, extensionOf(name)) ? FORMATS[extensionOf(name)] : undefined;

/**
 * Files chosen together, as import tasks: the parts of one shapefile (same name, any of .shp .dbf
 * .shx .prj .cpg) make one task named after its .shp; every other file is a task of its own.
 */
export function groupFiles<T extends { name: string }>(files: readonly T[]): { name: string; files: T[] }[] {
  const tasks: { name: string; files: T[] }[] = [];
  const shapefiles = new Map<string, { name: string; files: T[] }>();
  for (const f of files) {
    if (formatOf(f.name) !== 'shp-part') {
      tasks.push({ name: f.name, files: [f] });
      continue;
    }
    const stem = f.name.slice(0, f.name.lastIndexOf('.'));
    const key = stem.toLowerCase();
    let task = shapefiles.get(key);
    if (!task) {
      task = { name: `${stem}.shp`, files: [] };
      shapefiles.set(key, task);
      tasks.push(task);
    }
    task.files.push(f);
    if (extensionOf(f.name) === 'shp') task.name = f.name;
  }
  return tasks;
}
