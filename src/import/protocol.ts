/** Messages between the page and the import worker. Files travel as File objects (no copy). */
import type { CrsId } from '../domain/import/crs';
import type { Issue } from '../domain/import/issues';
import type { Outcome } from './pipeline';

export type WorkerRequest =
  | { id: number; op: 'parse'; file: File; crs?: CrsId }
  | { id: number; op: 'features'; fileName: string; features: unknown[]; issues: Issue[] };

export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'outcome'; outcome: Outcome }
  | { id: number; type: 'crash'; message: string };
