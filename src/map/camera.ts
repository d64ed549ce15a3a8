/**
 * The adapter's camera moves: flying to a place, framing a zone in the part of the map nothing
 * covers, showing imported data, and the print sheet's render-then-capture. `CameraMoves` holds what
 * they remember between calls: what covers the map, and the last zone framed.
 */
import { alreadyFramed, FRAMING, type Padding, plainlyInView } from '../domain/framing';
import type { BBox } from '../domain/geo';
import { cropPadding } from '../domain/printFrame';
import { metersPerPixel } from '../domain/scaleBar';
import type { MapLike } from './diffedMap';

/** A framed zone is never shown closer than this: its surroundings stay in view. */
export const FRAME_MAX_ZOOM = FRAMING.maxZoom;

export type FlyTarget = { center: [number, number]; zoom?: number; exact?: boolean } | { bounds: BBox };

/** Fits a box: with a fixed margin, which frames a long thin line larger than the cover padding does. */
const fitBox = (map: MapLike, bounds: BBox) => map.fitBounds(bounds, { padding: 60, maxZoom: 15 });

/** Moves the camera; without `exact`, never zooms out from where the user already is. */
export function flyTo(map: MapLike, target: FlyTarget): void {
  if ('bounds' in target) fitBox(map, target.bounds);
  else
    map.flyTo({
      center: target.center,
      zoom: target.exact ? (target.zoom ?? map.getZoom()) : Math.max(target.zoom ?? 13, map.getZoom()),
    });
}

/**
 * Shows `frame` (a zone with its surroundings) in the part of the map `padding` leaves free, unless
 * `extent` (the zone itself) is already in that part at about the same zoom. Says whether it moved.
 */
export function frameZone(map: MapLike, padding: Padding, frame: BBox, extent: BBox): boolean {
  const camera = map.cameraForBounds(frame, { padding, maxZoom: FRAME_MAX_ZOOM });
  if (camera?.zoom === undefined) return false;
  const canvas = map.getCanvas();
  const corners = [map.project([extent[0], extent[1]]), map.project([extent[2], extent[3]])];
  const inView = corners.every(
    (p) =>
      p.x >= padding.left &&
      p.x <= canvas.clientWidth - padding.right &&
      p.y >= padding.top &&
      p.y <= canvas.clientHeight - padding.bottom,
  );
  if (alreadyFramed({ inView, zoom: map.getZoom() }, camera.zoom)) return false;
  map.fitBounds(frame, { padding, maxZoom: FRAME_MAX_ZOOM });
  return true;
}

/**
 * Fits `bounds` (newly imported data) unless it is already plain to see in the part of the map
 * `padding` leaves free (`plainlyInView`). Says whether it moved.
 */
export function showBounds(map: MapLike, padding: Padding, bounds: BBox): boolean {
  const canvas = map.getCanvas();
  const sw = map.project([bounds[0], bounds[1]]);
  const ne = map.project([bounds[2], bounds[3]]);
  const box = { left: sw.x, right: ne.x, top: ne.y, bottom: sw.y };
  const free = {
    left: padding.left,
    top: padding.top,
    right: canvas.clientWidth - padding.right,
    bottom: canvas.clientHeight - padding.bottom,
  };
  if (plainlyInView(box, free)) return false;
  fitBox(map, bounds);
  return true;
}

/** The map image of a print sheet, with what its scale bar and north arrow need. */
export type PrintShot = {
  image: string;
  metersPerPx: number;
  bearing: number;
  width: number;
  height: number;
};

/**
 * Render-then-capture: frames `bounds` at once for a crop of `aspect`, and reads the canvas inside
 * the map's own 'idle' event, right after a frame is drawn and before the browser clears the WebGL
 * buffer, so the map does not need preserveDrawingBuffer (which would slow every frame). `done`
 * gets null if the canvas cannot be read. Returns the function that stops waiting.
 */
export function capturePrint(
  map: MapLike,
  bounds: BBox,
  aspect: number,
  done: (shot: PrintShot | null) => void,
): () => void {
  const canvas = map.getCanvas();
  map.fitBounds(bounds, {
    padding: cropPadding(canvas.clientWidth, canvas.clientHeight, aspect),
    maxZoom: 15,
    animate: false,
  });
  const onIdle = () => {
    let shot: PrintShot | null;
    try {
      shot = {
        image: canvas.toDataURL('image/png'),
        metersPerPx: metersPerPixel(map.getCenter().lat, map.getZoom()),
        bearing: map.getBearing(),
        width: canvas.clientWidth,
        height: canvas.clientHeight,
      };
    } catch {
      shot = null;
    }
    done(shot);
  };
  map.once('idle', onIdle);
  // A frame is drawn (and 'idle' fires) even when the camera is already there.
  map.triggerRepaint();
  return () => void map.off('idle', onIdle);
}

/** A resize this soon after a frame (a bottom sheet opening) frames again. */
const REFRAME_AFTER_RESIZE_MS = 1500;

/** The camera moves of one map, with what covers it (as padding) and the last zone framed. */
export class CameraMoves {
  /** What covers the map (panels, legend), as padding; MapView measures the page. */
  private padding: () => Padding = () => ({ top: 24, right: 24, bottom: 24, left: 24 });
  private lastFrame: { frame: BBox; at: number } | null = null;

  constructor(private readonly map: MapLike) {
    map.on('resize', () => {
      const last = this.lastFrame;
      if (last && performance.now() - last.at < REFRAME_AFTER_RESIZE_MS)
        map.fitBounds(last.frame, { padding: this.padding(), maxZoom: FRAME_MAX_ZOOM });
    });
  }

  /** How to learn what covers the map, as padding for frames. */
  setCoverPadding(padding: () => Padding): void {
    this.padding = padding;
  }

  /** Moves the camera; without `exact`, never zooms out from where the user already is. */
  flyTo(target: FlyTarget): void {
    flyTo(this.map, target);
  }

  /** Fits `bounds` (newly imported data) unless it is already plain to see where the map is. */
  show(bounds: BBox): void {
    showBounds(this.map, this.padding(), bounds);
  }

  /**
   * Shows `frame` (a zone with its surroundings) in the part of the map nothing covers, unless
   * `extent` (the zone itself) is already in that part at about the same zoom.
   */
  frame(frame: BBox, extent: BBox): void {
    if (frameZone(this.map, this.padding(), frame, extent)) this.lastFrame = { frame, at: performance.now() };
  }
}
