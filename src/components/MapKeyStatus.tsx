/**
 * What a keyboard user on the map needs to hear and see: how to step through the zones in view, and
 * which one they are on (see src/map/keyboardZones.ts). A polite live region, also shown on screen.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import { selectZoneIndex } from '../store/derived';
import { useT } from './useT';
import './MapKeyStatus.css';

export function MapKeyStatus() {
  const { t, label } = useT();
  const focus = useAppStore((s) => s.mapFocus);
  const zone = useAppStore((s) => (s.mapFocus ? selectZoneIndex(s).get(s.mapFocus.id) : undefined));
  const [mapFocused, setMapFocused] = useState(false);

  useEffect(() => {
    const onFocus = (e: FocusEvent) =>
      setMapFocused(e.target instanceof HTMLElement && e.target.matches('.map canvas'));
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  const text =
    focus && zone
      ? t('map.focusZone', { index: focus.index, total: focus.total, name: label(zone.properties.name) })
      : mapFocused
        ? t('map.keysHint')
        : '';
  return (
    <p className="map-key-status" aria-live="polite" data-shown={text !== ''}>
      {text}
    </p>
  );
}
