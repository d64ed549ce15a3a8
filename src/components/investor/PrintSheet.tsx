/**
 * One A4 page about one zone: the map with a scale bar and north, a legend, every fact with its
 * source, the distances, the bibliography and the dates. Rendered into <body> (outside the app) so
 * print CSS can show it alone. Before printing, the sheet is laid out at page width and its type is
 * stepped down until it fits one page.
 */
import './print.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { currentValue } from '../../domain/facts';
import { todayIso } from '../../domain/freshness';
import { KIND_COLORS } from '../../domain/symbology';
import { isApproximate, KIND_LABELS, LOCATION_METHOD_LABELS, STATUS_LABELS } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { selectZoneIndex } from '../../store/derived';
import type { PrintView } from '../../store/plannerSlice';
import { useT } from '../useT';
import { PrintMap } from './PrintMap';
import { SheetFacts } from './SheetFacts';

/** The printable height of an A4 page with 12 mm margins, less 4 mm to spare, in CSS px. */
const PAGE_HEIGHT_PX = ((297 - 2 * 12 - 4) * 96) / 25.4;
/** Type sizes to try, largest first (see .print-sheet[data-fit] in print.css). */
const FIT_LEVELS = 5;

export function PrintSheet({
  zoneId,
  image,
  view,
}: {
  zoneId: string;
  image: string;
  view: PrintView | null;
}) {
  const tr = useT();
  const { t, label, date } = tr;
  const zone = useAppStore((s) => selectZoneIndex(s).get(zoneId));
  const data = useAppStore((s) => s.data);
  const end = useAppStore((s) => s.endPrint);
  const sheet = useRef<HTMLElement>(null);
  const [fit, setFit] = useState({ level: 0, done: false });

  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el || fit.done) return;
    if (el.scrollHeight > PAGE_HEIGHT_PX && fit.level < FIT_LEVELS - 1)
      setFit({ level: fit.level + 1, done: false });
    else setFit({ level: fit.level, done: true });
  }, [fit]);

  useEffect(() => {
    if (!fit.done) return;
    const done = () => end();
    window.addEventListener('afterprint', done);
    // One frame for the image to lay out; print() blocks in real browsers and returns at once headless.
    const id = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(id);
      window.removeEventListener('afterprint', done);
    };
  }, [fit.done, end]);

  if (!zone || data.status !== 'ready') return null;
  const p = zone.properties;
  const status = currentValue(p.status) ?? 'unknown';
  const attribution = [...new Set(data.layers.map((l) => l.attribution))].join('; ');
  return createPortal(
    <article
      className="print-sheet"
      lang={tr.lang}
      ref={sheet}
      data-print-sheet={p.id}
      data-fit={fit.level}
      data-ready={fit.done}
    >
      <header>
        <p className="print-kicker">
          {t('app.title')} · {t('print.title')}
        </p>
        <h1>{label(p.name)}</h1>
      </header>
      {image ? (
        <PrintMap image={image} view={view} alt={t('print.mapAlt', { name: label(p.name) })} tr={tr} />
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
        {t('print.printed', { date: date(todayIso()) })}{' '}
        {t('print.footer', {
          date: data.meta.statusDates.newest ? date(data.meta.statusDates.newest) : t('zone.unknown'),
          attribution,
        })}
      </footer>
    </article>,
    document.body,
  );
}
