/** Optional overlays: 2025 communes, 2020 districts, roads and railways. */
import type { UrlLayer } from '../domain/urlState';
import type { MessageKey } from '../i18n';
import { useAppStore } from '../store';
import { useT } from './useT';

const OPTIONS: readonly { layer: UrlLayer; label: MessageKey }[] = [
  { layer: 'communes', label: 'layers.communes' },
  { layer: 'districts', label: 'layers.districts' },
  { layer: 'transport', label: 'layers.transport' },
  { layer: 'region', label: 'layers.region' },
  { layer: 'online', label: 'layers.online' },
];

export function LayerSwitch() {
  const { t } = useT();
  const layers = useAppStore((s) => s.layers);
  const setLayer = useAppStore((s) => s.setLayer);
  return (
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
  );
}
