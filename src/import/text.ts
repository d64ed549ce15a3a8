/** Bytes to text: UTF-8 (or a UTF-16 BOM) when valid, else Windows-1258 with a warning. */
import { type IssueLog, issue } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { ImportError } from './importError';

export function decodeText(bytes: Uint8Array, file: string, log: IssueLog): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    log.add(issue(file, 'encodingGuessed', 'warning', { detail: 'windows-1258' }));
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/**
 * Refuses JSON nested deeper than the limit before JSON.parse sees it: the parser copes, but every
 * recursive walk after it would not. Only brackets outside strings count.
 */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > LIMITS.maxJsonDepth)
        throw new ImportError(
          issue(file, 'tooDeep', 'error', {
            unit: 'line',
            index: lineColumn(text, i).line,
            detail: String(depth),
          }),
        );
    } else if (c === 93 || c === 125) depth--;
  }
}
