/**
 * Downloads the filtered zones or the shortlist as CSV (UTF-8 with BOM) or GeoJSON. The distances come
 * from the reference layers, which are fetched on the first click (not with the list), and the file
 * is written once they are in.
 */
import { useEffect, useRef } from 'react';
import { zonesCsv, zonesGeoJson } from '../../domain/exportCsv';
import type { ZoneFeature } from '../../domain/zone';
import { useAppStore } from '../../store';
import { selectVisibleZonesSorted } from '../../store/derived';
import { selectPinnedZones } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { downloadText } from './download';
import { useExportContext } from './useExportContext';
import './ExportButtons.css';

export function ExportButtons({ which }: { which: 'filtered' | 'shortlist' }) {
  const { t, num, date } = useT();
  const reference = useAppStore((s) => s.reference);
  const ensureReference = useAppStore((s) => s.ensureReference);
  const pending = useRef<'csv' | 'geojson' | null>(null);
  const ctx = useExportContext();
  const filtered = useAppStore(selectVisibleZonesSorted);
  const pinned = useAppStore(selectPinnedZones);
  const zones: ZoneFeature[] = which === 'filtered' ? filtered : pinned;
  const stamp = ctx.dataAsOf || 'undated';
  const base = `hanoi-industrial-zones-${which}-${stamp}`;
  const write = (format: 'csv' | 'geojson') =>
    format === 'csv'
      ? downloadText(`${base}.csv`, zonesCsv(zones, ctx), 'text/csv;charset=utf-8')
      : downloadText(`${base}.geojson`, zonesGeoJson(zones, ctx), 'application/geo+json');
  // Exports wait for the distances, so a file never has blanks that only mean "not loaded yet".
  const ask = (format: 'csv' | 'geojson') => {
    if (reference.status === 'ready') return write(format);
    pending.current = format;
    void ensureReference();
  };
  useEffect(() => {
    const format = pending.current;
    if (!format || reference.status === 'loading') return;
    pending.current = null;
    if (reference.status === 'ready') write(format);
    // `write` is rebuilt every render; the download follows the reference's arrival only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reference.status]);
  const ready = zones.length > 0 && reference.status !== 'loading';
  return (
    <section className="export" aria-label={t('export.title')} data-export={which}>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={!ready}
          data-export-format="csv"
          onClick={() => ask('csv')}
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
          onClick={() => ask('geojson')}
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
