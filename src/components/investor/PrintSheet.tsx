/**
 * One A4 page about one zone: the map, a legend, every fact with its source, the distances and the
 * bibliography. Rendered into <body> (outside the app) so print CSS can show it alone.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { KIND_COLORS } from '../../domain/symbology';
import { isApproximate, KIND_LABELS, LOCATION_METHOD_LABELS, STATUS_LABELS } from '../../domain/vocab';
import { currentValue } from '../../domain/facts';
import { useAppStore } from '../../store';
import { selectZoneIndex } from '../../store/derived';
import { useT } from '../useT';
import { SheetFacts } from './SheetFacts';

export function PrintSheet({ zoneId, image }: { zoneId: string; image: string }) {
  const tr = useT();
  const { t, label, date } = tr;
  const zone = useAppStore((s) => selectZoneIndex(s).get(zoneId));
  const data = useAppStore((s) => s.data);
  const end = useAppStore((s) => s.endPrint);

  useEffect(() => {
    const done = () => end();
    window.addEventListener('afterprint', done);
    // One frame for the image to lay out; print() blocks in real browsers and returns at once headless.
    const id = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(id);
      window.removeEventListener('afterprint', done);
    };
  }, [end]);

  if (!zone || data.status !== 'ready') return null;
  const p = zone.properties;
  const status = currentValue(p.status) ?? 'unknown';
  const attribution = [...new Set(data.layers.map((l) => l.attribution))].join('; ');
  return createPortal(
    <article className="print-sheet" lang={tr.lang} data-print-sheet={p.id}>
      <header>
        <p className="print-kicker">
          {t('app.title')} · {t('print.title')}
        </p>
        <h1>{label(p.name)}</h1>
      </header>
      {image ? (
        <img className="print-map" src={image} alt={t('print.mapAlt', { name: label(p.name) })} />
      ) : (
        <p className="unknown">{t('zone.unknown')}</p>
      )}
      <ul className="print-legend">
        <li>
          <span className="legend-dot" style={{ background: KIND_COLORS[p.kind], borderColor: '#111' }} />
          {t('print.legendZone')}: {label(KIND_LABELS[p.kind])}, {label(STATUS_LABELS[status])}
        </li>
        {isApproximate(p.location.method) && (
          <li>
            {t('zone.approximate')}: {label(LOCATION_METHOD_LABELS[p.location.method])}
          </li>
        )}
      </ul>
      <SheetFacts zone={zone} tr={tr} />
      <footer className="print-footer">
        {t('print.footer', {
          date: data.meta.statusDates.newest ? date(data.meta.statusDates.newest) : t('zone.unknown'),
          attribution,
        })}
      </footer>
    </article>,
    document.body,
  );
}
