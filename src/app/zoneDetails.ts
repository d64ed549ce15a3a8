/**
 * Loads the full facts of the selected zone when the zone source holds only summaries (a tile tree's
 * index): the zone panel shows the summary at once and every fact once they arrive.
 */
import type { AppState, AppStore } from '../store';

export function startZoneDetails(store: AppStore): () => void {
  let asked: { id: string; data: AppState['data'] } | null = null;
  const apply = (s: AppState) => {
    const id = s.selection?.id;
    if (!id || s.data.status !== 'ready' || s.data.source.complete) return;
    if (asked && asked.id === id && asked.data === s.data) return;
    asked = { id, data: s.data };
    const mine = asked;
    s.setZoneDetails({ id, status: 'loading' });
    s.data.source.details(id).then(
      (zone) => {
        if (asked !== mine) return;
        store
          .getState()
          .setZoneDetails(
            zone
              ? { id, status: 'ready', zone }
              : { id, status: 'error', message: `${id}: not in the index` },
          );
      },
      (e: Error) => {
        if (asked === mine) store.getState().setZoneDetails({ id, status: 'error', message: e.message });
      },
    );
  };
  apply(store.getState());
  return store.subscribe(apply);
}
