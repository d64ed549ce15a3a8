/**
 * What can go wrong with a user's file. Issues are plain data (a code plus where), so the worker can
 * send them and the interface can say them in either language.
 */
export const ISSUE_CODES = [
  'tooLarge',
  'empty',
  'unknownFormat',
  'readFailed',
  'malformedJson',
  'tooDeep',
  'notGeoJson',
  'badGeometry',
  'unsupportedGeometry',
  'nonFiniteCoordinate',
  'outOfRange',
  'unclosedRing',
  'shortRing',
  'selfIntersection',
  'tooManyFeatures',
  'noFeatures',
  'zipInvalid',
  'zipBomb',
  'zipNoData',
  'shpMissing',
  'kmlTooLarge',
  'zipNoKml',
  'noDbf',
  'encodingGuessed',
  'encodingUnknown',
  'csvNoColumns',
  'csvBadNumber',
  'csvParse',
  'malformedXml',
  'unknownCrs',
  'prjUnreadable',
  'datumNoShift',
  'outsideVietnam',
  'swappedAxes',
  'reprojected',
  'renamedKey',
  'truncatedValue',
  'cancelled',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** What `index` counts: GeoJSON features, CSV rows, Shapefile records, KML placemarks, text lines. */
export type IssueUnit = 'feature' | 'row' | 'record' | 'placemark' | 'line';

export type Issue = {
  file: string;
  code: IssueCode;
  severity: 'error' | 'warning';
  unit?: IssueUnit;
  /** 1-based, as a user counts. */
  index?: number;
  /** A feature's own id or name, when it has one. */
  label?: string;
  /** Free text from the parser or the value at fault; shown as text, never as markup. */
  detail?: string;
};

export function issue(
  file: string,
  code: IssueCode,
  severity: Issue['severity'] = 'error',
  where: Omit<Issue, 'file' | 'code' | 'severity'> = {},
): Issue {
  return { file, code, severity, ...where };
}

/** Collects issues, keeping the first `max` and counting the rest. */
export class IssueLog {
  readonly list: Issue[] = [];
  omitted = 0;
  constructor(private readonly max: number) {}
  add(i: Issue): void {
    if (this.list.length < this.max) this.list.push(i);
    else this.omitted++;
  }
  get hasErrors(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }
}
