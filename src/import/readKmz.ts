/** KMZ: a zip holding doc.kml (or another .kml); returns its text for the page to parse. */
import { type IssueLog, issue } from '../domain/import/issues';
import { ImportError } from './importError';
import { decodeText } from './text';
import { extractZip, listZip } from './zip';

export function readKmz(bytes: Uint8Array, file: string, log: IssueLog): string {
  const entries = listZip(bytes, file).filter((e) => e.name.toLowerCase().endsWith('.kml'));
  const doc = entries.find((e) => e.name.toLowerCase() === 'doc.kml') ?? entries[0];
  if (!doc) throw new ImportError(issue(file, 'zipNoKml'));
  return decodeText(extractZip(bytes, [doc], file).get(doc.name)!, file, log);
}
