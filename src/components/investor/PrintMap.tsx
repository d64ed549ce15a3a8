/**
 * The printed map: the captured picture cropped to a fixed box on the page, with a scale bar worked
 * out from the capture's ground resolution and a north arrow turned by the map's bearing.
 */
import { niceScale } from '../../domain/scaleBar';
import type { PrintView } from '../../store/plannerSlice';
import type { T } from '../useT';

/** The map box on the A4 page, in millimetres (CSS px on paper are 1/96 in). */
export const PRINT_MAP_MM = { width: 186, height: 92 } as const;
const PX_PER_MM = 96 / 25.4;

export function PrintMap({
  image,
  view,
  alt,
  tr,
}: {
  image: string;
  view: PrintView | null;
  alt: string;
  tr: T;
}) {
  const box = { width: PRINT_MAP_MM.width * PX_PER_MM, height: PRINT_MAP_MM.height * PX_PER_MM };
  // object-fit: cover scales the picture by the larger of the two ratios.
  const scale = view ? Math.max(box.width / view.width, box.height / view.height) : 0;
  const bar = view ? niceScale(view.metersPerPx / scale, box.width * 0.25) : null;
  return (
    <div
      className="print-map"
      style={{ width: `${PRINT_MAP_MM.width}mm`, height: `${PRINT_MAP_MM.height}mm` }}
    >
      <img src={image} alt={alt} />
      {bar && (
        <div className="print-scale" data-meters={bar.meters}>
          <span className="print-scale-bar" style={{ width: `${bar.px}px` }} />
          {bar.meters >= 1000
            ? tr.t('unit.km', { value: tr.num(bar.meters / 1000) })
            : tr.t('unit.m', { value: tr.num(bar.meters) })}
        </div>
      )}
      {view && (
        <div className="print-north" aria-label={tr.t('print.north')}>
          <svg
            viewBox="0 0 20 28"
            width="20"
            height="28"
            style={{ transform: `rotate(${-view.bearing}deg)` }}
          >
            <path d="M10 0 L18 22 L10 17 L2 22 Z" fill="#111" />
          </svg>
          <span>{tr.t('print.northLetter')}</span>
        </div>
      )}
    </div>
  );
}
