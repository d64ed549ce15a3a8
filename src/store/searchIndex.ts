/** The search index over zones, former districts and 2025 communes, rebuilt only when its inputs change. */
import { currentValue } from '../domain/facts';
import { memoizeLast } from '../domain/memo';
import { buildSearchIndex, type SearchDoc } from '../domain/search';
import type { ZoneFeature } from '../domain/zone';
import type { Places } from '../data/loadData';
import type { Lang } from '../i18n';
import type { AppState } from './index';

const EMPTY_PLACES: Places = { districts: [], communes: [] };
const NO_ZONES: ZoneFeature[] = [];

function zoneDocs(zones: readonly ZoneFeature[], places: Places, lang: Lang): SearchDoc[] {
  const districtName = new Map(places.districts.map((d) => [d.id, d.name]));
  const communeName = new Map(places.communes.map((c) => [c.id, c.name]));
  return zones.map(({ properties: p }) => {
    const developer = currentValue(p.developer);
    const district = p.district ? districtName.get(p.district) : undefined;
    const commune = p.commune ? communeName.get(p.commune) : undefined;
    return {
      type: 'zone',
      id: p.id,
      label: (lang === 'en' && p.name.en) || p.name.vi,
      texts: [
        { text: p.name.vi, field: 'name' },
        ...(p.name.en ? [{ text: p.name.en, field: 'name' as const }] : []),
        ...p.aliases.map((text) => ({ text, field: 'alias' as const })),
        ...p.formerNames.map((text) => ({ text, field: 'formerName' as const })),
        ...(developer ? [{ text: developer, field: 'developer' as const }] : []),
        ...(district ? [{ text: district, field: 'place' as const }] : []),
        ...(commune ? [{ text: commune, field: 'place' as const }] : []),
      ],
    };
  });
}

function placeDocs(places: Places, lang: Lang): SearchDoc[] {
  return [
    ...places.districts.map((d) => ({
      type: 'district' as const,
      id: d.id,
      label: d.name,
      texts: [
        { text: d.name, field: 'name' as const },
        { text: `${d.type} ${d.name}`, field: 'name' as const },
      ],
    })),
    ...places.communes.map((c) => ({
      type: 'commune' as const,
      id: c.id,
      label: (lang === 'en' && c.nameEn) || c.name,
      texts: [
        { text: c.name, field: 'name' as const },
        ...(c.nameEn ? [{ text: c.nameEn, field: 'name' as const }] : []),
      ],
    })),
  ];
}

const indexOf = memoizeLast((zones: ZoneFeature[], places: Places, lang: Lang) =>
  buildSearchIndex([...zoneDocs(zones, places, lang), ...placeDocs(places, lang)]),
);

export const selectSearchIndex = (s: AppState) =>
  s.data.status === 'ready'
    ? indexOf(s.data.zones, s.data.places, s.lang)
    : indexOf(NO_ZONES, EMPTY_PLACES, s.lang);
