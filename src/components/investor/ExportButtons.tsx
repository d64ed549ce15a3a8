/** Downloads the filtered zones or the shortlist as CSV (UTF-8 with BOM) or GeoJSON. */
import { zonesCsv, zonesGeoJson } from '../../domain/exportCsv';
import type { ZoneFeature } from '../../domain/zone';
import { useAppStore } from '../../store';
import { selectVisibleZonesSorted } from '../../store/derived';
import { selectPinnedZones } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { downloadText } from './download';
import { useExportContext } from './useExportContext';
import { useReference } from './useReference';
import './ExportButtons.css';

export function ExportButtons({ which }: { which: 'filtered' | 'shortlist' }) {
  const { t, num, date } = useT();
  const reference = useReference();
  const ctx = useExportContext();
  const filtered = useAppStore(selectVisibleZonesSorted);
  const pinned = useAppStore(selectPinnedZones);
  const zones: ZoneFeature[] = which === 'filtered' ? filtered : pinned;
  const stamp = ctx.dataAsOf || 'undated';
  const base = `hanoi-industrial-zones-${which}-${stamp}`;
  // Exports wait for the distances, so a file never has blanks that only mean "not loaded yet".
  const ready = reference.status === 'ready' && zones.length > 0;
  return (
    <section className="export" aria-label={t('export.title')} data-export={which}>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={!ready}
          data-export-format="csv"
          onClick={() => downloadText(`${base}.csv`, zonesCsv(zones, ctx), 'text/csv;charset=utf-8')}
        >
          {which === 'filtered'
            ? t('export.filteredCsv', { count: num(zones.length) })
            : t('export.shortlistCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!ready}
          data-export-format="geojson"
          onClick={() => downloadText(`${base}.geojson`, zonesGeoJson(zones, ctx), 'application/geo+json')}
        >
          {t(which === 'filtered' ? 'export.filteredGeojson' : 'export.shortlistGeojson')}
        </button>
      </div>
      <p className="muted">
        {reference.status === 'loading'
          ? t('export.waiting')
          : t('export.note', { date: ctx.dataAsOf ? date(ctx.dataAsOf) : t('zone.unknown') })}
      </p>
    </section>
  );
}
