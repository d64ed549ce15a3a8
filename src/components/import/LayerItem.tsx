/** One imported layer: colour, count, extent, and hide / zoom / rename / filter / export / remove. */
import { useEffect, useMemo, useState } from 'react';
import { attributeKeys, type ImportedLayer, matchesFilter } from '../../domain/import/layer';
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { crsName } from './issueText';

function exportGeoJson(layer: ImportedLayer): void {
  const blob = new Blob([JSON.stringify(layer.data)], { type: 'application/geo+json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${layer.name.replace(/[\\/:*?"<>|]+/g, '_') || 'layer'}.geojson`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function LayerItem({ layer }: { layer: ImportedLayer }) {
  const T = useT();
  const { t, num } = T;
  const update = useAppStore((s) => s.updateImportedLayer);
  const remove = useAppStore((s) => s.removeImportedLayer);
  const zoom = useAppStore((s) => s.zoomToImported);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(layer.name);
  const [value, setValue] = useState(layer.filter?.value ?? '');
  const keys = useMemo(() => attributeKeys(layer), [layer]);
  const key = layer.filter?.key ?? '';
  const shown = useMemo(
    () => layer.data.features.filter((f) => matchesFilter(f.properties, layer.filter)).length,
    [layer.data, layer.filter],
  );
  // The filter reaches the map (and IndexedDB) a moment after typing stops.
  useEffect(() => {
    if (!key || value === (layer.filter?.value ?? '')) return;
    const timer = setTimeout(() => update(layer.id, { filter: { key, value } }), 250);
    return () => clearTimeout(timer);
  }, [key, value, layer.id, layer.filter, update]);
  const [w, s, e, n] = layer.bbox.map((v) => num(v, 4)) as [string, string, string, string];
  return (
    <li className="import-layer" data-import-layer={layer.name}>
      <div className="import-layer-head">
        <span className="import-swatch" style={{ background: layer.color }} aria-hidden="true" />
        {renaming ? (
          <form
            className="import-rename"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (name.trim()) update(layer.id, { name: name.trim().slice(0, 300) });
              setRenaming(false);
            }}
          >
            <label>
              <span className="visually-hidden">{t('import.renameLabel')}</span>
              <input value={name} onChange={(ev) => setName(ev.target.value)} autoFocus maxLength={300} />
            </label>
            <button type="submit">{t('import.save')}</button>
          </form>
        ) : (
          <strong className="import-layer-name">{layer.name}</strong>
        )}
      </div>
      <p className="muted small">
        {t('import.count', { count: num(layer.featureCount) })} · {t('import.extent', { w, e, s, n })} ·{' '}
        {t('import.crsUsed', { crs: crsName(T, layer.crs) })}
      </p>
      <label className="import-visible">
        <input
          type="checkbox"
          checked={layer.visible}
          onChange={(ev) => update(layer.id, { visible: ev.target.checked })}
        />{' '}
        {t('import.visible')}
      </label>
      <div className="import-actions">
        <button type="button" onClick={() => zoom(layer.id)}>
          {t('import.zoom')}
        </button>
        <button type="button" onClick={() => setRenaming((r) => !r)}>
          {t('import.rename')}
        </button>
        <button type="button" onClick={() => exportGeoJson(layer)}>
          {t('import.export')}
        </button>
        <button type="button" onClick={() => remove(layer.id)}>
          {t('import.remove')}
        </button>
      </div>
      {keys.length > 0 && (
        <div className="import-filter">
          <label>
            {t('import.filterKey')}{' '}
            <select
              value={key}
              onChange={(ev) =>
                update(layer.id, { filter: ev.target.value ? { key: ev.target.value, value } : null })
              }
            >
              <option value="">{t('import.filterNone')}</option>
              {keys.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          {key && (
            <label>
              {t('import.filterValue')}{' '}
              <input type="search" value={value} onChange={(ev) => setValue(ev.target.value)} />
            </label>
          )}
          {layer.filter && (
            <span className="muted small" data-import-matching={shown}>
              {t('import.matching', { shown: num(shown), total: num(layer.featureCount) })}
            </span>
          )}
        </div>
      )}
    </li>
  );
}
