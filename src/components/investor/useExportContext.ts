import { useMemo } from 'react';
import { communeLabel, districtLabel } from '../../domain/placeNames';
import type { ExportContext } from '../../domain/exportCsv';
import {
  KIND_LABELS,
  SECTORS,
  STATUS_LABELS,
  type SectorId,
  type ZoneKind,
  type ZoneStatus,
} from '../../domain/vocab';
import { useAppStore } from '../../store';
import { selectDistances } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { useSources } from './useSources';

/** Everything an export needs besides the zones, in the interface language. */
export function useExportContext(): ExportContext {
  const { label, note } = useT();
  const sources = useSources();
  const distances = useAppStore(selectDistances);
  const data = useAppStore((s) => s.data);
  return useMemo(() => {
    const places = data.status === 'ready' ? data.places : { districts: [], communes: [] };
    return {
      // The newest status date: what the export is current to.
      dataAsOf: data.status === 'ready' ? (data.meta.statusDates.newest ?? '') : '',
      sources,
      distances,
      placeName: (level, id) => {
        if (!id) return '';
        if (level === 'district') {
          const d = places.districts.find((x) => x.id === id);
          return d ? label(districtLabel(d)) : id;
        }
        const c = places.communes.find((x) => x.id === id);
        return c ? label(communeLabel(c)) : id;
      },
      vocab: (field, id) =>
        field === 'kind'
          ? label(KIND_LABELS[id as ZoneKind])
          : field === 'status'
            ? label(STATUS_LABELS[id as ZoneStatus])
            : label(SECTORS[id as SectorId] ?? { vi: id }),
      text: note,
    };
  }, [data, sources, distances, label, note]);
}
