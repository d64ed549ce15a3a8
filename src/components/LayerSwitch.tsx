/** Optional overlays (2025 communes, 2020 districts, roads and railways, the region) and the base map. */
import { BASEMAPS, isOnline, PROVIDERS } from '../domain/basemap';
import type { UrlLayer } from '../domain/urlState';
import type { PlainKey } from '../i18n';
import { useAppStore } from '../store';
import { useT } from './useT';
import './FilterPanel.css';
import './LayerSwitch.css';

const OPTIONS: readonly { layer: UrlLayer; label: PlainKey }[] = [
  { layer: 'communes', label: 'layers.communes' },
  { layer: 'districts', label: 'layers.districts' },
  { layer: 'transport', label: 'layers.transport' },
  { layer: 'region', label: 'layers.region' },
];

function BasemapSwitch() {
  const { t } = useT();
  const basemap = useAppStore((s) => s.basemap);
  const choose = useAppStore((s) => s.chooseBasemap);
  return (
    <fieldset className="layer-switch" data-group="basemap">
      <legend>{t('basemap.title')}</legend>
      {BASEMAPS.map((b) => (
        <label key={b} className="facet-option">
          <input type="radio" name="basemap" value={b} checked={basemap === b} onChange={() => choose(b)} />
          <span className="facet-label">{t(`basemap.${b}`)}</span>
        </label>
      ))}
      {isOnline(basemap) && (
        <p className="muted small">{t('basemap.onlineNote', { host: PROVIDERS[basemap].host })}</p>
      )}
    </fieldset>
  );
}

export function LayerSwitch() {
  const { t } = useT();
  const layers = useAppStore((s) => s.layers);
  const setLayer = useAppStore((s) => s.setLayer);
  return (
    <>
      <fieldset className="layer-switch">
        <legend>{t('layers.title')}</legend>
        {OPTIONS.map((o) => (
          <label key={o.layer} className="facet-option">
            <input
              type="checkbox"
              value={o.layer}
              checked={layers[o.layer]}
              onChange={(e) => setLayer(o.layer, e.target.checked)}
            />
            <span className="facet-label">{t(o.label)}</span>
          </label>
        ))}
      </fieldset>
      <BasemapSwitch />
    </>
  );
}
