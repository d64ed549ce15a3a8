/**
 * Import fixtures read from disk and run through the real import path, as the worker runs it: shared
 * by the pipeline tests of the hostile corpus and of the good and real-world files.
 */
import fs from 'node:fs';
import type { CrsChoice } from '../domain/import/crs';
import { type Outcome, runImport, type Source } from '../import/pipeline';

export const HOSTILE = 'tests/fixtures/hostile';
export const GOOD = 'tests/fixtures/import';

export const source = (path: string): Source => {
  const bytes = new Uint8Array(fs.readFileSync(path));
  return { name: path.split('/').pop()!, size: bytes.length, read: async () => bytes };
};
export function importFile(path: string, crs?: Record<string, CrsChoice>): Promise<Outcome> {
  return runImport(source(path), { crs });
}
export const codes = (o: Outcome) => o.issues.map((i) => i.code);
export const loaded = (o: Outcome) =>
  o.kind === 'layers' ? o.layers.reduce((s, l) => s + l.features.length, 0) : 0;
