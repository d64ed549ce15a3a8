/**
 * Property objects from user files: null-prototype objects with plain values only. Keys that would
 * reach an object's prototype machinery are renamed, long text is cut, nested values become JSON text.
 */
import { LIMITS } from './limits';

export type PropValue = string | number | boolean | null;
export type Props = Record<string, PropValue>;

/** Renamed rather than dropped, so the user still sees the data, under a key that cannot do harm. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SanitizeReport = { renamed: string[]; truncated: boolean };

export function safeKey(key: string): string {
  const k = key.normalize('NFC').slice(0, LIMITS.maxKeyLength);
  return DANGEROUS_KEYS.has(k) ? `${k}_` : k;
}

function safeValue(v: unknown): { value: PropValue; truncated: boolean } {
  if (v === null || v === undefined) return { value: null, truncated: false };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null, truncated: false };
  if (typeof v === 'boolean') return { value: v, truncated: false };
  let text: string;
  if (typeof v === 'string') text = v;
  else if (v instanceof Date) text = Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  else {
    try {
      text = JSON.stringify(v) ?? '';
    } catch {
      text = '';
    }
  }
  text = text.normalize('NFC');
  const truncated = text.length > LIMITS.maxValueLength;
  return { value: truncated ? `${text.slice(0, LIMITS.maxValueLength)}…` : text, truncated };
}

/** Builds a clean, null-prototype property object from anything a parser produced. */
export function sanitizeProperties(input: unknown, report?: SanitizeReport): Props {
  const out: Props = Object.create(null) as Props;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return out;
  let n = 0;
  for (const key of Object.keys(input)) {
    if (n++ >= LIMITS.maxPropertyKeys) break;
    const k = safeKey(key);
    if (k !== key.normalize('NFC').slice(0, LIMITS.maxKeyLength)) report?.renamed.push(key);
    const { value, truncated } = safeValue((input as Record<string, unknown>)[key]);
    if (truncated && report) report.truncated = true;
    // defineProperty: never a setter, whatever the key.
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
