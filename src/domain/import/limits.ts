/** Hard limits for user files. Checked before reading a file whole and before inflating a zip entry. */
export const LIMITS = {
  /** Largest file accepted, checked on File.size before any byte is read. */
  maxFileBytes: 100 * 1024 * 1024,
  /** KML is turned into a DOM on the page (workers have no DOMParser), so it gets a lower limit. */
  maxKmlBytes: 30 * 1024 * 1024,
  /** Total declared uncompressed size of the zip entries we inflate. */
  maxUnzippedBytes: 300 * 1024 * 1024,
  /** Highest compression ratio accepted for an entry larger than `ratioCheckFromBytes`. */
  maxZipRatio: 200,
  ratioCheckFromBytes: 1024 * 1024,
  maxZipEntries: 2000,
  /** Deeper JSON than this is refused before parsing: GeoJSON itself needs fewer than 10 levels. */
  maxJsonDepth: 64,
  maxFeatures: 250_000,
  /** Issues listed one by one per file; the rest are counted. */
  maxIssuesListed: 50,
  maxPropertyKeys: 200,
  maxKeyLength: 100,
  maxValueLength: 2000,
  /** Self-intersection checks are quadratic-ish: skip them on very long rings. */
  maxKinkCheckVertices: 5000,
} as const;
