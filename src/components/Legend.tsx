/** Explains kinds (colour), statuses (fill strength) and symbols, from the same tables the map style uses. */
import {
  dotSwatch,
  fitRingSwatch,
  footprintSwatch,
  kindSwatch,
  regionSwatch,
  ringSwatch,
  statusSwatch,
} from './swatches';
import { KIND_LABELS, STATUS_LABELS, STATUSES, ZONE_KINDS } from '../domain/vocab';
import { useAppStore } from '../store';
import { selectFitResults, selectFitRingsShown } from '../store/plannerSelectors';
import { LayerSwitch } from './LayerSwitch';
import { useT } from './useT';
import './Legend.css';

export function Legend() {
  const { t, label, num } = useT();
  const fitRings = useAppStore(selectFitRingsShown);
  const fitResults = useAppStore(selectFitResults);
  const passing = fitResults ? [...fitResults.values()].filter((r) => r.pass).length : 0;
  const open = useAppStore((s) => s.legendOpen);
  const setOpen = useAppStore((s) => s.setLegendOpen);
  const regionOn = useAppStore((s) => s.layers.region);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="panel-head">
        <h2 id="legend-title">{t('legend.title')}</h2>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('legend.hide') : t('legend.show')}
        </button>
      </div>
      {/* What the current tab draws on the map is explained even while the legend is folded. */}
      {fitRings && (
        <ul className="legend-context">
          <li data-legend="fit-ring">
            <span className="legend-symbol" style={fitRingSwatch()} />{' '}
            {t('legend.fitRing', { count: num(passing) })}
          </li>
        </ul>
      )}
      {open && (
        <div className="legend-body">
          <LayerSwitch />
          <h3>{t('legend.kinds')}</h3>
          <ul>
            {ZONE_KINDS.map((k) => (
              <li key={k}>
                <span className="legend-dot" style={kindSwatch(k)} />
                {label(KIND_LABELS[k])}
              </li>
            ))}
          </ul>
          <h3>{t('legend.statuses')}</h3>
          <ul className="legend-statuses">
            {STATUSES.map((s) => (
              <li key={s}>
                <span className="legend-dot" style={statusSwatch(s)} />
                {label(STATUS_LABELS[s])}
              </li>
            ))}
          </ul>
          <h3>{t('legend.symbols')}</h3>
          <ul className="legend-symbols">
            <li data-legend="footprint">
              <span className="legend-symbol" style={footprintSwatch()} /> {t('legend.footprint')}
            </li>
            <li data-legend="dot">
              <span className="legend-symbol" style={dotSwatch()} /> {t('legend.dot')}
            </li>
            <li data-legend="ring">
              <span className="legend-symbol" style={ringSwatch()} /> {t('legend.ring')}
            </li>
            <li data-legend="stack">
              <span className="legend-symbol legend-stack" aria-hidden="true">
                3
              </span>{' '}
              {t('legend.stack')}
            </li>
            {regionOn && (
              <li data-legend="region">
                <span className="legend-symbol" style={regionSwatch()} /> {t('legend.region')}
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
