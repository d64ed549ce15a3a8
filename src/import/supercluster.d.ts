// supercluster 8 ships no types; only what src/import/tiles.ts uses.
declare module 'supercluster' {
  import type { Feature, Point } from 'geojson';
  import type { LegacyTile } from 'geojson-vt';
  export default class Supercluster {
    constructor(options?: { radius?: number; maxZoom?: number; minPoints?: number; extent?: number });
    load(points: Feature<Point>[]): this;
    getTile(z: number, x: number, y: number): LegacyTile | null;
  }
}
