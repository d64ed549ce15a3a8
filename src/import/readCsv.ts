/** CSV (papaparse) to raw point features; row numbers count the header as row 1, as a spreadsheet does. */
import Papa from 'papaparse';
import { findCoordColumns, parseNumber } from '../domain/import/csvColumns';
import { type IssueLog, issue } from '../domain/import/issues';
import { ImportError } from './importError';

export function readCsv(
  text: string,
  file: string,
  log: IssueLog,
): { features: unknown[]; kind: 'lonlat' | 'xy' } {
  if (text.trim() === '') throw new ImportError(issue(file, 'empty'));
  // header:false, so no column name ever becomes a key of a parser-made object.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  for (const e of parsed.errors.slice(0, 5))
    log.add(issue(file, 'csvParse', 'warning', { unit: 'row', index: (e.row ?? 0) + 1, detail: e.message }));
  const [header, ...rows] = parsed.data;
  const cols = header && findCoordColumns(header);
  if (!header || !cols)
    throw new ImportError(
      issue(file, 'csvNoColumns', 'error', { detail: (header ?? []).slice(0, 12).join(', ') }),
    );
  const features: unknown[] = [];
  rows.forEach((row, i) => {
    const x = parseNumber(row[cols.x] ?? '');
    const y = parseNumber(row[cols.y] ?? '');
    if (Number.isNaN(x) || Number.isNaN(y)) {
      const bad = Number.isNaN(x) ? row[cols.x] : row[cols.y];
      return log.add(
        issue(file, 'csvBadNumber', 'error', { unit: 'row', index: i + 2, detail: String(bad ?? '') }),
      );
    }
    const properties = Object.fromEntries(
      header
        .map((h, j) => [h || `column ${j + 1}`, row[j] ?? null] as const)
        .filter((_, j) => j !== cols.x && j !== cols.y),
    );
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties });
  });
  return { features, kind: cols.kind };
}
