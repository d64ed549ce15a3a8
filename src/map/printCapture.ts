/**
 * The map image of a printed zone sheet, by render-then-capture: the canvas is read inside the map's
 * own 'idle' event, right after a frame is drawn and before the browser clears the WebGL buffer, so
 * the map does not need preserveDrawingBuffer (which would slow every frame).
 */
import { cropPadding, PRINT_MAP_ASPECT, printFrame } from '../domain/printFrame';
import { metersPerPixel } from '../domain/scaleBar';
import type { AppStore } from '../store';
import type { PrintView } from '../store/plannerSlice';
import { selectZoneIndex } from '../store/derived';
import { CHOROPLETH_LAYERS } from './choropleth';
import type { ZoneMap } from './ZoneMap';

type Adapter = Pick<ZoneMap, 'map' | 'whenLoaded'>;

/** If no frame comes (a lost context, a hidden tab), the sheet prints without the map. */
const GIVE_UP_MS = 8000;

export function bindPrintCapture(adapter: Adapter, store: AppStore): () => void {
  const { map } = adapter;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nudge = false;

  const finish = (image: string, view?: PrintView) => {
    pending = null;
    clearTimeout(timer);
    store.getState().setPrintImage(image, view);
  };
  map.on('idle', () => {
    if (!pending || store.getState().print?.zoneId !== pending) return;
    try {
      const canvas = map.getCanvas();
      finish(canvas.toDataURL('image/png'), {
        metersPerPx: metersPerPixel(map.getCenter().lat, map.getZoom()),
        bearing: map.getBearing(),
        width: canvas.clientWidth,
        height: canvas.clientHeight,
      });
    } catch {
      finish('');
    }
  });

  const unsubscribe = store.subscribe((s, prev) => {
    const job = s.print;
    if (!job || job.image !== null || job === prev.print) return;
    const zone = selectZoneIndex(s).get(job.zoneId);
    if (!zone) return finish('');
    pending = job.zoneId;
    clearTimeout(timer);
    timer = setTimeout(() => pending && finish(''), GIVE_UP_MS);
    adapter.whenLoaded(() => {
      const canvas = map.getCanvas();
      map.fitBounds(printFrame(zone), {
        padding: cropPadding(canvas.clientWidth, canvas.clientHeight, PRINT_MAP_ASPECT),
        maxZoom: 15,
        animate: false,
      });
      // Makes sure a frame is drawn (and 'idle' fires) even when the camera is already there:
      // a paint change on the hidden choropleth layer costs nothing visible.
      nudge = !nudge;
      if (map.getLayer(CHOROPLETH_LAYERS.district))
        map.setPaintProperty(CHOROPLETH_LAYERS.district, 'fill-opacity', nudge ? 0.8 : 0.79);
    });
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
