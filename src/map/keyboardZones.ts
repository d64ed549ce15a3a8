/**
 * Zones on the map from the keyboard: with the map focused, N and P step through the zones in view
 * in reading order, Enter opens the ringed one, Escape lets it go. The store's `mapFocus` carries
 * the step, so the page can announce it; the ring is drawn from a source holding that zone alone.
 */
import { readingOrder, stepThrough } from '../domain/readingOrder';
import type { AppStore } from '../store';
import { selectZoneIndex } from '../store/derived';
import type { Binder } from './binder';
import type { ZoneMap } from './ZoneMap';

const STEP_KEYS: Record<string, 1 | -1> = { n: 1, N: 1, p: -1, P: -1 };

export function stepMapFocus(adapter: Pick<ZoneMap, 'zonesInView'>, store: AppStore, step: 1 | -1): void {
  const s = store.getState();
  const index = selectZoneIndex(s);
  const order = readingOrder(adapter.zonesInView(), (id) => index.get(id)?.properties.anchor);
  const id = stepThrough(order, s.mapFocus?.id ?? null, step);
  s.setMapFocus(id ? { id, index: order.indexOf(id) + 1, total: order.length } : null);
}

export const bindKeyboardZones: Binder = (adapter: ZoneMap, store: AppStore) => {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const step = STEP_KEYS[e.key];
    const focus = store.getState().mapFocus;
    if (step) {
      e.preventDefault();
      stepMapFocus(adapter, store, step);
    } else if (e.key === 'Enter' && focus) {
      e.preventDefault();
      store.getState().select(focus.id);
    } else if (e.key === 'Escape' && focus) {
      store.getState().setMapFocus(null);
    }
  };
  const onBlur = () => store.getState().mapFocus && store.getState().setMapFocus(null);
  const offKey = adapter.onCanvas('keydown', onKey);
  const offBlur = adapter.onCanvas('blur', onBlur);
  const apply = () => adapter.setFocused(store.getState().mapFocus?.id ?? null);
  apply();
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    offKey();
    offBlur();
  };
};
