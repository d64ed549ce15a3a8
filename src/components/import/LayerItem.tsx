/**
 * One imported layer: colour, count, extent, whether it is kept in this browser, and hide / zoom /
 * rename / filter / export / remove. The features stay in a Blob; the match count comes from the
 * import worker.
 */
import { useEffect, useState } from 'react';
import { type ImportedLayer, LAYER_LIMITS } from '../../domain/import/layer';
import { OUTSIDE_FLAG } from '../../domain/import/landCheck';
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { downloadBlob, useImport } from './ImportContext';
import { crsName } from './issueText';
import './import.css';

export function LayerItem({ layer }: { layer: ImportedLayer }) {
  const T = useT();
  const { t, num } = T;
  const update = useAppStore((s) => s.updateImportedLayer);
  const remove = useAppStore((s) => s.removeImportedLayer);
  const zoom = useAppStore((s) => s.zoomToImported);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(layer.name);
  const { countMatching } = useImport();
  const storage = useAppStore((s) => s.layerStorage[layer.id]);
  const [value, setValue] = useState(layer.filter?.value ?? '');
  const keys = layer.keys;
  const key = layer.filter?.key ?? '';
  const [shown, setShown] = useState<{ filter: ImportedLayer['filter']; count: number } | null>(null);
  useEffect(() => {
    if (!layer.filter) return;
    let live = true;
    countMatching(layer, layer.filter)
      .then((count) => live && setShown({ filter: layer.filter, count }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [layer, countMatching]);
  const count = shown && shown.filter === layer.filter ? shown.count : null;
  // The filter reaches the map (and IndexedDB) a moment after typing stops.
  useEffect(() => {
    if (!key || value === (layer.filter?.value ?? '')) return;
    const timer = setTimeout(() => update(layer.id, { filter: { key, value } }), 250);
    return () => clearTimeout(timer);
  }, [key, value, layer.id, layer.filter, update]);
  const [w, s, e, n] = layer.bbox.map((v) => num(v, 4)) as [string, string, string, string];
  return (
    <li className="import-layer" data-import-layer={layer.name} data-bbox={layer.bbox.join(',')}>
      <div className="import-layer-head">
        <span className="import-swatch" style={{ background: layer.color }} aria-hidden="true" />
        {renaming ? (
          <form
            className="import-rename"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (name.trim()) update(layer.id, { name });
              setRenaming(false);
            }}
          >
            <label>
              <span className="visually-hidden">{t('import.renameLabel')}</span>
              <input
                value={name}
                onChange={(ev) => setName(ev.target.value)}
                autoFocus
                maxLength={LAYER_LIMITS.name}
              />
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
      {storage?.state === 'failed' ? (
        <p className="import-not-saved" role="alert" data-storage="failed">
          <strong>{t('import.notSaved')}</strong>{' '}
          {t('import.notSavedReason', { reason: t(`import.storage.${storage.reason}`) })}
        </p>
      ) : (
        <p className="muted small" data-storage={storage?.state ?? 'unknown'}>
          {storage?.state === 'saved'
            ? t('import.saved')
            : storage?.state === 'saving'
              ? t('import.saving')
              : ''}
        </p>
      )}
      {(layer.outside ?? 0) > OUTSIDE_FLAG && (
        <p className="import-outside" data-outside={layer.outside}>
          {t('import.outside')}
        </p>
      )}
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
        <button type="button" onClick={() => downloadBlob(layer.data, layer.name)}>
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
              <input
                type="search"
                value={value}
                maxLength={LAYER_LIMITS.filterValue}
                onChange={(ev) => setValue(ev.target.value)}
              />
            </label>
          )}
          {layer.filter && (
            <span className="muted small" data-import-matching={count ?? undefined}>
              {count === null
                ? t('import.matchingCounting')
                : t('import.matching', { shown: num(count), total: num(layer.featureCount) })}
            </span>
          )}
        </div>
      )}
    </li>
  );
}
