/**
 * The search documents of zones and places: the one builder the app and the benchmark use. A zone is
 * found by its names and aliases, its developer, its former district and 2025 commune, its sectors,
 * and by kind plus place ("ccn thường tín": the clusters of Thường Tín).
 */
import { currentValue } from './facts';
import { communeLabel } from './placeNames';
import type { SearchDoc, SearchField } from './search';
import type { Lang } from './lang';
import { KIND_LABELS, type Label, SECTORS, type SectorId, type ZoneKind } from './vocab';
import type { Note, ZoneFeature } from './zone';

export type PlaceNames = {
  districts: readonly { id: string; name: string; type?: string }[];
  communes: readonly { id: string; name: string; nameEn?: string }[];
};

/** The kind as people write it before a place name: "Khu công nghiệp", "Cụm công nghiệp"… */
const KIND_PREFIX: Record<ZoneKind, string> = {
  kcn: 'Khu công nghiệp',
  ccn: 'Cụm công nghiệp',
  hitech: 'Khu công nghệ cao',
  it_park: 'Khu công nghệ thông tin',
  agri_hitech: 'Khu nông nghiệp công nghệ cao',
  industrial_site: 'Khu đất công nghiệp',
};

const pick = (lang: Lang, l: { vi: string; en?: string } | Label) => (lang === 'en' && l.en) || l.vi;
const noteTexts = (n: Note): string[] => (typeof n === 'string' ? [n] : [n.vi, n.en]);

export function zoneDocs(zones: readonly ZoneFeature[], places: PlaceNames, lang: Lang): SearchDoc[] {
  const districtName = new Map(places.districts.map((d) => [d.id, d.name]));
  const communeName = new Map(places.communes.map((c) => [c.id, c.name]));
  return zones.map(({ properties: p }) => {
    const text = (t: string, field: SearchField) => ({ text: t, field });
    const developer = currentValue(p.developer);
    const district = p.district ? districtName.get(p.district) : undefined;
    const commune = p.commune ? communeName.get(p.commune) : undefined;
    const placesOf = [district, commune].filter((x): x is string => Boolean(x));
    const sectors = new Set(p.sectors.flatMap((f) => f.value as SectorId[]));
    return {
      type: 'zone' as const,
      id: p.id,
      label: pick(lang, p.name),
      texts: [
        text(p.name.vi, 'name'),
        ...(p.name.en ? [text(p.name.en, 'name')] : []),
        ...p.aliases.map((a) => text(a, 'alias')),
        ...p.formerNames.map((a) => text(a, 'formerName')),
        ...(developer ? noteTexts(developer).map((d) => text(d, 'developer')) : []),
        ...placesOf.map((name) => text(name, 'place')),
        // Kind and place together, so "ccn thuong tin" finds the clusters of Thường Tín.
        ...placesOf.map((name) =>
          text(`${KIND_PREFIX[p.kind]} ${name.replace(/^(Xã|Phường) /, '')}`, 'place'),
        ),
        ...[...sectors].flatMap((s) =>
          SECTORS[s] ? [text(SECTORS[s].vi, 'sector'), text(SECTORS[s].en, 'sector')] : [],
        ),
        text(KIND_LABELS[p.kind].vi, 'sector'),
      ],
    };
  });
}

export function placeDocs(places: PlaceNames, lang: Lang): SearchDoc[] {
  return [
    ...places.districts.map((d) => ({
      type: 'district' as const,
      id: d.id,
      label: d.name,
      texts: [
        { text: d.name, field: 'name' as const },
        ...(d.type ? [{ text: `${d.type} ${d.name}`, field: 'name' as const }] : []),
      ],
    })),
    ...places.communes.map((c) => ({
      type: 'commune' as const,
      id: c.id,
      label: communeLabel(c)[lang],
      texts: [
        { text: c.name, field: 'name' as const },
        ...(c.nameEn ? [{ text: c.nameEn, field: 'name' as const }] : []),
      ],
    })),
  ];
}
