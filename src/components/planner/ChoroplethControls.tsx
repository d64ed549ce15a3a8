/** Switches the choropleth on, picks its unit and measure, and shows its legend. */
import {
  choroplethClasses,
  CHOROPLETH_UNKNOWN,
  classColor,
  type Measure,
  type AreaUnit,
} from '../../domain/stats';
import type { PlainKey } from '../../i18n';
import { useAppStore } from '../../store';
import { selectStats } from '../../store/plannerSelectors';
import { useT } from '../useT';
import './ChoroplethControls.css';

const UNITS: [AreaUnit, PlainKey][] = [
  ['district', 'stats.unit.district'],
  ['commune', 'stats.unit.commune'],
];
const MEASURES: [Measure, PlainKey][] = [
  ['count', 'choro.count'],
  ['ha', 'choro.ha'],
];

export function ChoroplethControls() {
  const { t, num } = useT();
  const settings = useAppStore((s) => s.choropleth);
  const set = useAppStore((s) => s.setChoropleth);
  const stats = useAppStore(selectStats);
  const { breaks } = choroplethClasses(stats, settings.measure);
  const unitLabel = (v: number) => (settings.measure === 'ha' ? t('unit.ha', { value: num(v, 0) }) : num(v));
  // Counts are whole numbers: a class starts one above the previous bound. Hectares start just above it.
  const classFrom = (i: number) => {
    const prev = i === 0 ? 0 : breaks[i - 1]!;
    return settings.measure === 'count' ? num(prev + 1) : `> ${unitLabel(prev)}`;
  };
  return (
    <fieldset className="planner-box" data-control="choropleth">
      <legend>{t('choro.title')}</legend>
      <label className="check">
        <input type="checkbox" checked={settings.on} onChange={(e) => set({ on: e.target.checked })} />
        {t('choro.show')}
      </label>
      <div className="radio-row" role="radiogroup" aria-label={t('stats.unit')}>
        {UNITS.map(([u, key]) => (
          <label key={u} className="check">
            <input
              type="radio"
              name="choro-unit"
              checked={settings.unit === u}
              onChange={() => set({ unit: u })}
            />
            {t(key)}
          </label>
        ))}
      </div>
      <div className="radio-row" role="radiogroup" aria-label={t('choro.measure')}>
        {MEASURES.map(([m, key]) => (
          <label key={m} className="check">
            <input
              type="radio"
              name="choro-measure"
              value={m}
              checked={settings.measure === m}
              onChange={() => set({ measure: m })}
            />
            {t(key)}
          </label>
        ))}
      </div>
      <ul className="choro-legend" data-measure={settings.measure}>
        <li>
          <span className="choro-swatch choro-none" aria-hidden="true" />
          {t('choro.none')} (0)
        </li>
        {breaks.map((b, i) => (
          <li key={b} data-class={i}>
            <span className="choro-swatch" style={{ background: classColor(breaks, i) }} aria-hidden="true" />
            {t('choro.class', { from: classFrom(i), to: unitLabel(b) })}
          </li>
        ))}
        {settings.measure === 'ha' && (
          <li>
            <span className="choro-swatch" style={{ background: CHOROPLETH_UNKNOWN }} aria-hidden="true" />
            {t('choro.unknown')}
          </li>
        )}
      </ul>
      <p className="muted">{t('choro.note')}</p>
    </fieldset>
  );
}
