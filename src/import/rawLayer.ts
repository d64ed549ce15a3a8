/** What each reader produces: features as the file has them, before validation and reprojection. */
import type { PrjReading } from '../domain/import/crs';
import type { IssueUnit } from '../domain/import/issues';

export type RawLayer = {
  /** Unique within one import (a path inside a zip); answers to the coordinate-system question use it. */
  key: string;
  /** The name the user sees. */
  name: string;
  features: unknown[];
  /** The .prj, read; null when there is none (the values decide); KML is always WGS 84. */
  prj: PrjReading | null;
  /** The .prj's own text, shown in the coordinate-system question. */
  prjText?: string;
  unit: IssueUnit;
};
