/**
 * Place names in each language, with their diacritics: "Huyện Thạch Thất" is "Thạch Thất District"
 * in English, "Phường Ba Đình" is "Ba Đình Ward". The proper name stays as Vietnamese writes it; only
 * the kind of unit is translated.
 */
import type { Label } from './vocab';

/** Former (pre-2025) district-level units: urban districts, rural districts and towns. */
const DISTRICT_UNITS: Record<string, string> = { Quận: 'District', Huyện: 'District', 'Thị xã': 'Town' };
/** 2025 commune-level units, by the word that opens their Vietnamese name. */
const COMMUNE_UNITS: readonly (readonly [string, string])[] = [
  ['Phường ', 'Ward'],
  ['Xã ', 'Commune'],
  ['Thị trấn ', 'Township'],
  ['Đặc khu ', 'Special Zone'],
];

export function districtLabel(d: { name: string; type: string }): Label {
  const unit = DISTRICT_UNITS[d.type];
  return {
    vi: d.type ? `${d.type} ${d.name}` : d.name,
    en: unit ? `${d.name} ${unit}` : d.name,
  };
}

export function communeLabel(c: { name: string }): Label {
  for (const [prefix, unit] of COMMUNE_UNITS)
    if (c.name.startsWith(prefix)) return { vi: c.name, en: `${c.name.slice(prefix.length)} ${unit}` };
  return { vi: c.name, en: c.name };
}
