/**
 * KML text to features with @tmcw/togeojson. It needs a DOM, which workers lack, so this runs on the
 * page, loaded on demand. DOMParser never fetches external entities or runs scripts.
 */
import { kml } from '@tmcw/togeojson';

export function kmlToFeatures(text: string): { features: unknown[] } | { error: string } {
  if (text.trim() === '') return { error: '' };
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) return { error: (err.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) };
  if (doc.documentElement?.localName !== 'kml') return { error: `<${doc.documentElement?.localName ?? ''}>` };
  return { features: kml(doc).features };
}
