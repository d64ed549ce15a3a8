/**
 * The map image of a printed zone sheet: the adapter frames the zone for the sheet's crop and reads
 * the canvas right after the next frame is drawn (render-then-capture, see `capturePrint` in
 * camera.ts); this binder starts a capture for each new print job and hands the image to the store.
 */
import { PRINT_MAP_ASPECT, printFrame } from '../domain/printFrame';
import type { AppStore } from '../store';
import { selectZoneIndex } from '../store/derived';
import type { ZoneMap } from './ZoneMap';

type Adapter = Pick<ZoneMap, 'capturePrint'>;

/** If no frame comes (a lost context, a hidden tab), the sheet prints without the map. */
const GIVE_UP_MS = 8000;

export function bindPrintCapture(adapter: Adapter, store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancel = () => {};

  const finish = (shot: Parameters<Parameters<Adapter['capturePrint']>[2]>[0]) => {
    cancel();
    clearTimeout(timer);
    if (!shot) return store.getState().setPrintImage('');
    const { image, ...view } = shot;
    store.getState().setPrintImage(image, view);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    const job = s.print;
    if (!job || job.image !== null || job === prev.print) return;
    const zone = selectZoneIndex(s).get(job.zoneId);
    if (!zone) return finish(null);
    cancel();
    clearTimeout(timer);
    timer = setTimeout(() => finish(null), GIVE_UP_MS);
    cancel = adapter.capturePrint(printFrame(zone), PRINT_MAP_ASPECT, (shot) => {
      // A job ended or replaced meanwhile takes no image.
      if (store.getState().print?.zoneId === job.zoneId) finish(shot);
    });
  });
  return () => {
    clearTimeout(timer);
    cancel();
    unsubscribe();
  };
}
